package id.matagaruda.forecast.internal;

import id.matagaruda.shared.Methodologies;
import id.matagaruda.shared.Methodology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Is the latest count of a series a spike? An upper-tail test of the count against a negative binomial (NB2: variance
 * mu + alpha mu^2) whose mean is a robust baseline of the series' history and whose dispersion alpha is the history's
 * moment estimate shrunk towards a pooled one; all settings come from {@code methodology/spike-test.yaml}.
 *
 * <p>The baseline is the mean of the history after leaving out past spikes (each past period tested against the
 * others), raised towards the same period a season ago when that was busier, never below a floor. Tails are regularized
 * beta / gamma functions, so they stay exact where {@code exp(-mu)} underflows (mu above about 745).
 */
public final class SpikeDetector {

    /** One level of alert: the word users read and the p-value it needs to be below. */
    public record Level(String word, double pMax) {}

    /** The methodology file, read into the numbers the test uses. */
    public record Settings(int history, int minHistory, double pastSpikeP, double maxDroppedShare, double floor,
            boolean seasonal, boolean negativeBinomial, double shrinkN0, int poolMinSeries, double poolDefault,
            boolean baselineUncertainty, int minCount, List<Level> levels, String reference) {

        public static Settings shipped() {
            return of(Methodologies.get("spike-test"));
        }

        public static Settings of(Methodology m) {
            String method = m.text("dispersi.metode");
            if (!method.equals("nb2-momen") && !method.equals("poisson")) {
                throw new IllegalStateException("methodology " + m.reference()
                        + ": dispersi.metode should be nb2-momen or poisson but is " + method);
            }
            List<Level> levels = new ArrayList<>();
            for (Map<String, Object> l : m.list("tingkat")) {
                levels.add(new Level(String.valueOf(l.get("kata")), ((Number) l.get("p_maks")).doubleValue()));
            }
            levels.sort(Comparator.comparingDouble(Level::pMax));
            return new Settings(m.integer("riwayat.panjang"), m.integer("riwayat.minimum"),
                    m.number("garis_dasar.p_lonjakan_lalu"), m.number("garis_dasar.maks_porsi_disisihkan"),
                    m.number("garis_dasar.lantai"), m.flag("garis_dasar.musiman"), method.equals("nb2-momen"),
                    m.number("dispersi.penyusutan_n0"), m.integer("dispersi.gabungan_minimum_seri"),
                    m.number("dispersi.gabungan_bawaan"), m.flag("dispersi.ketidakpastian_garis_dasar"),
                    m.integer("jumlah_minimum"), List.copyOf(levels), m.reference());
        }

        public Settings withHistory(int periods) {
            return new Settings(periods, Math.min(minHistory, periods), pastSpikeP, maxDroppedShare, floor, seasonal,
                    negativeBinomial, shrinkN0, poolMinSeries, poolDefault, baselineUncertainty, minCount, levels,
                    reference);
        }

        /** The same settings with a plain Poisson tail (no overdispersion), for comparison. */
        public Settings poisson() {
            return new Settings(history, minHistory, pastSpikeP, maxDroppedShare, floor, seasonal, false, shrinkN0,
                    poolMinSeries, poolDefault, baselineUncertainty, minCount, levels, reference);
        }

        /** The least strict level's threshold: above it a count is no alert. */
        public double alpha() {
            return levels.get(levels.size() - 1).pMax();
        }

        /** The word of the strictest level the p-value reaches, or null. */
        public String level(double p) {
            for (Level l : levels) {
                if (p < l.pMax()) {
                    return l.word();
                }
            }
            return null;
        }
    }

    /** A spike: the tested count, its expectation, the p-value and the level word (keparahan). */
    public record Spike(int count, double expected, double pValue, String severity) {}

    /**
     * The full test of one series' last period, alert or not: expectation, the NB2 dispersion of the prediction
     * (0 = Poisson), history periods used after leaving out past spikes, p-value, and the level (null when no alert).
     */
    public record Result(int count, double expected, double dispersion, int used, double pValue, String level) {

        public boolean alert() {
            return level != null;
        }

        public Spike spike() {
            return alert() ? new Spike(count, expected, pValue, level) : null;
        }
    }

    private SpikeDetector() {
    }

    /**
     * Compatibility entry point: the shipped settings with a history of {@code window} periods and the methodology's
     * default pooled dispersion (a single series has no pool).
     *
     * @param series counts, oldest first; the last one is tested against those before it
     * @param window trailing periods (12 months, 12 weeks)
     * @param season periods in a season (12 for months, 52 for weeks); 0 for none
     * @return the spike, or null when the last count is not one
     */
    public static Spike test(double[] series, int window, int season) {
        Settings s = Settings.shipped().withHistory(window);
        Result r = evaluate(series, season, s.poolDefault(), s);
        return r == null ? null : r.spike();
    }

    /** The history before the last period (at most {@code s.history()} periods), oldest first. */
    public static double[] history(double[] series, Settings s) {
        int t = series.length - 1;
        return t < 1 ? new double[0] : Arrays.copyOfRange(series, Math.max(0, t - s.history()), t);
    }

    /**
     * The series' own NB2 moment dispersion, from its history after leaving out past spikes; NaN when the history is
     * too short or empty of events (such series say nothing about the pool).
     */
    public static double ownDispersion(double[] series, double pooled, Settings s) {
        double[] h = history(series, s);
        if (h.length < Math.max(2, s.minHistory())) {
            return Double.NaN;
        }
        double[] kept = withoutPastSpikes(h, pooled, s);
        double m = mean(kept);
        return m <= 0 ? Double.NaN : momentDispersion(kept, m);
    }

    /** The pool: the median of the series' own estimates, or the methodology's prior when there are too few. */
    public static double pooledDispersion(Collection<Double> own, Settings s) {
        double[] v = own.stream().filter(d -> !d.isNaN()).mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length < s.poolMinSeries()) {
            return s.poolDefault();
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /**
     * Tests the last count of {@code series} against those before it.
     *
     * @param pooled the pooled dispersion the region's own estimate is shrunk towards
     * @return the result, or null when the history is shorter than the methodology's minimum
     */
    public static Result evaluate(double[] series, int season, double pooled, Settings s) {
        int t = series.length - 1;
        double[] h = history(series, s);
        if (t < 1 || h.length < s.minHistory()) {
            return null;
        }
        int k = (int) Math.round(series[t]);
        double[] kept = withoutPastSpikes(h, pooled, s);
        int n = kept.length;
        double m = mean(kept);
        double alpha = dispersion(kept, m, pooled, s);
        double expected = m;
        if (s.seasonal() && season > 0 && t - season >= 0) {
            expected = Math.max(expected, (m + series[t - season]) / 2);
        }
        expected = Math.max(s.floor(), expected);
        // the count departs from the baseline by the process variance plus the baseline's own (Var/n)
        double variance = expected + alpha * expected * expected;
        if (s.baselineUncertainty()) {
            variance += (m + alpha * m * m) / n;
        }
        double predictive = s.negativeBinomial() ? Math.max(0, (variance - expected) / (expected * expected)) : 0;
        double p = upperTail(k, expected, predictive);
        String level = k < s.minCount() || p >= s.alpha() ? null : s.level(p);
        return new Result(k, expected, predictive, n, p, level);
    }

    /** The history without its past spikes: periods whose leave-one-out upper tail is below the cut-off, worst first. */
    static double[] withoutPastSpikes(double[] h, double pooled, Settings s) {
        int n = h.length;
        if (n < 3) {
            return h;
        }
        double total = 0;
        for (double v : h) {
            total += v;
        }
        double[] p = new double[n];
        Integer[] order = new Integer[n];
        double[] rest = new double[n - 1];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            for (int j = 0, r = 0; j < n; j++) {
                if (j != i) {
                    rest[r++] = h[j];
                }
            }
            double m = (total - h[i]) / (n - 1);
            double alpha = dispersion(rest, m, pooled, s);
            p[i] = upperTail((int) Math.round(h[i]), Math.max(s.floor(), m), alpha);
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int maxDrop = (int) Math.floor(s.maxDroppedShare() * n);
        boolean[] drop = new boolean[n];
        int dropped = 0;
        for (int i = 0; i < maxDrop && p[order[i]] < s.pastSpikeP(); i++) {
            drop[order[i]] = true;
            dropped++;
        }
        if (dropped == 0) {
            return h;
        }
        double[] kept = new double[n - dropped];
        for (int i = 0, r = 0; i < n; i++) {
            if (!drop[i]) {
                kept[r++] = h[i];
            }
        }
        return kept;
    }

    /** NB2 dispersion of a history: its moment estimate shrunk towards the pool with weight n / (n + n0). */
    static double dispersion(double[] h, double mean, double pooled, Settings s) {
        if (!s.negativeBinomial()) {
            return 0;
        }
        int n = h.length;
        double own = mean <= 0 || n < 2 ? pooled : momentDispersion(h, mean);
        double w = n / (n + s.shrinkN0());
        return w * own + (1 - w) * pooled;
    }

    /** Method of moments for NB2: (s^2 - m) / m^2, 0 (Poisson) when the variance does not exceed the mean. */
    static double momentDispersion(double[] h, double mean) {
        if (h.length < 2 || mean <= 0) {
            return 0;
        }
        double ss = 0;
        for (double v : h) {
            ss += (v - mean) * (v - mean);
        }
        double var = ss / (h.length - 1);
        return var <= mean ? 0 : (var - mean) / (mean * mean);
    }

    private static double mean(double[] h) {
        double s = 0;
        for (double v : h) {
            s += v;
        }
        return h.length == 0 ? 0 : s / h.length;
    }

    /** P(X >= k) for X ~ Poisson(mu): the regularized lower incomplete gamma P(k, mu), exact for any mu. */
    public static double upperTail(int k, double mu) {
        if (k <= 0) {
            return 1;
        }
        if (mu <= 0) {
            return 0;
        }
        return Gamma.regularizedGammaP(k, mu, 1e-15, Integer.MAX_VALUE);
    }

    /**
     * P(X >= k) for X negative binomial with mean mu and NB2 dispersion alpha (size r = 1/alpha): the regularized
     * incomplete beta I_q(k, r) with q = mu / (mu + r), computed directly (no 1 - cdf) so tiny tails keep their digits.
     * alpha = 0 is the Poisson limit.
     */
    public static double upperTail(int k, double mu, double alpha) {
        if (k <= 0) {
            return 1;
        }
        if (mu <= 0) {
            return 0;
        }
        if (alpha * mu < 1e-9) {
            return upperTail(k, mu);
        }
        double r = 1 / alpha;
        double q = mu * alpha / (1 + mu * alpha);
        return Math.min(1, Math.max(0, Beta.regularizedBeta(q, k, r, 1e-15, Integer.MAX_VALUE)));
    }
}
