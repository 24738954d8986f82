package id.matagaruda.index.internal;

import id.matagaruda.index.Normalisation;
import id.matagaruda.index.Polarity;
import java.util.Arrays;

/**
 * Turns one indicator column into scores. Bounded methods give 0..1 and negative polarity becomes 1 - score; z-score
 * is flipped in sign; distance to target uses polarity itself (overshooting the target in the good direction is full
 * marks). A column with no spread under min-max scores 0.5 for every unit: there is nothing to tell them apart and no
 * reason to favour either end.
 */
final class Normaliser {

    private Normaliser() {}

    static double[] normalise(double[] raw, Normalisation n, Polarity polarity, int[] group, int groups) {
        boolean negative = polarity == Polarity.NEGATIF;
        double[] out = new double[raw.length];
        switch (n.method()) {
            case NONE -> System.arraycopy(raw, 0, out, 0, raw.length);
            case GOALPOST -> {
                for (int u = 0; u < raw.length; u++) {
                    double x = n.cap() ? clamp(raw[u], n.min(), n.max()) : raw[u];
                    out[u] = flip((x - n.min()) / (n.max() - n.min()), negative);
                }
            }
            case LOG_GOALPOST -> {
                double lo = Math.log(n.min());
                double span = Math.log(n.max()) - lo;
                for (int u = 0; u < raw.length; u++) {
                    double x = n.cap() ? clamp(raw[u], n.min(), n.max()) : raw[u];
                    out[u] = x > 0 ? flip((Math.log(x) - lo) / span, negative) : Double.NaN;
                }
            }
            case TARGET -> {
                double t = n.target();
                for (int u = 0; u < raw.length; u++) {
                    double x = raw[u];
                    boolean reached = negative ? x <= t : x >= t;
                    out[u] = Double.isNaN(x) ? Double.NaN : reached ? 1.0 : Math.max(0, 1 - Math.abs(t - x) / Math.abs(t));
                }
            }
            case MINMAX -> {
                double[] min = fill(groups, Double.POSITIVE_INFINITY);
                double[] max = fill(groups, Double.NEGATIVE_INFINITY);
                for (int u = 0; u < raw.length; u++) {
                    if (!Double.isNaN(raw[u])) {
                        min[group[u]] = Math.min(min[group[u]], raw[u]);
                        max[group[u]] = Math.max(max[group[u]], raw[u]);
                    }
                }
                for (int u = 0; u < raw.length; u++) {
                    double span = max[group[u]] - min[group[u]];
                    double s = span > 0 ? (raw[u] - min[group[u]]) / span : 0.5;
                    out[u] = Double.isNaN(raw[u]) ? Double.NaN : flip(s, negative);
                }
            }
            case ZSCORE -> {
                double[] sum = new double[groups];
                double[] sq = new double[groups];
                int[] count = new int[groups];
                for (int u = 0; u < raw.length; u++) {
                    if (!Double.isNaN(raw[u])) {
                        sum[group[u]] += raw[u];
                        count[group[u]]++;
                    }
                }
                for (int u = 0; u < raw.length; u++) {
                    if (!Double.isNaN(raw[u])) {
                        double d = raw[u] - sum[group[u]] / count[group[u]];
                        sq[group[u]] += d * d;
                    }
                }
                for (int u = 0; u < raw.length; u++) {
                    int g = group[u];
                    double sd = count[g] > 1 ? Math.sqrt(sq[g] / (count[g] - 1)) : 0;
                    double z = sd > 0 ? (raw[u] - sum[g] / count[g]) / sd : 0;
                    out[u] = Double.isNaN(raw[u]) ? Double.NaN : negative ? -z : z;
                }
            }
            case RANK -> {
                double[] r = Ranking.fractionalPercentile(raw, group, groups);
                for (int u = 0; u < raw.length; u++) {
                    out[u] = Double.isNaN(r[u]) ? Double.NaN : flip(r[u], negative);
                }
            }
        }
        return out;
    }

    private static double flip(double score, boolean negative) {
        return negative ? 1 - score : score;
    }

    private static double clamp(double x, double lo, double hi) {
        return Double.isNaN(x) ? x : Math.max(lo, Math.min(hi, x));
    }

    private static double[] fill(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
