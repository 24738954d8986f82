package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.CalibrationBin;
import id.matagaruda.forecast.Scores;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Probabilistic forecast scores over pooled held-out rows. */
public final class Metrics {

    /** Log loss clips probabilities to [EPS, 1 - EPS], or a 0/1 baseline that is wrong once scores infinity. */
    public static final double EPS = 1e-3;

    private Metrics() {
    }

    public static Scores scores(double[] p, double[] y) {
        return new Scores(brier(p, y), logLoss(p, y), rocAuc(p, y), averagePrecision(p, y));
    }

    public static double brier(double[] p, double[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s += (p[i] - y[i]) * (p[i] - y[i]);
        }
        return s / p.length;
    }

    public static double logLoss(double[] p, double[] y) {
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            double q = Math.max(EPS, Math.min(1 - EPS, p[i]));
            s -= y[i] > 0 ? Math.log(q) : Math.log(1 - q);
        }
        return s / p.length;
    }

    /** Probability that a random event row scores above a random quiet row, ties counting half (Mann-Whitney). */
    public static double rocAuc(double[] p, double[] y) {
        Integer[] order = sorted(p);
        long positives = Arrays.stream(y).filter(v -> v > 0).count();
        long negatives = y.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double rankSum = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && p[order[j + 1]] == p[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] > 0) {
                    rankSum += rank;
                }
            }
            i = j + 1;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /**
     * Average precision (area under the precision-recall curve as a step function), thresholds at each distinct
     * probability so that tied rows enter together.
     */
    public static double averagePrecision(double[] p, double[] y) {
        Integer[] order = sorted(p);
        long positives = Arrays.stream(y).filter(v -> v > 0).count();
        if (positives == 0) {
            return Double.NaN;
        }
        double ap = 0;
        int tp = 0;
        int seen = 0;
        int i = order.length - 1;
        while (i >= 0) {
            int j = i;
            int tpHere = 0;
            while (j >= 0 && p[order[j]] == p[order[i]]) {
                if (y[order[j]] > 0) {
                    tpHere++;
                }
                j--;
            }
            seen += i - j;
            tp += tpHere;
            ap += (double) tpHere / positives * ((double) tp / seen);
            i = j;
        }
        return ap;
    }

    public static List<CalibrationBin> calibration(double[] p, double[] y, int bins) {
        List<CalibrationBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            double from = (double) b / bins;
            double to = (double) (b + 1) / bins;
            int n = 0;
            double sp = 0;
            double sy = 0;
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= from && (p[i] < to || (b == bins - 1 && p[i] <= 1))) {
                    n++;
                    sp += p[i];
                    sy += y[i];
                }
            }
            if (n > 0) {
                out.add(new CalibrationBin(from, to, n, sp / n, sy / n));
            }
        }
        return out;
    }

    private static Integer[] sorted(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        return order;
    }
}
