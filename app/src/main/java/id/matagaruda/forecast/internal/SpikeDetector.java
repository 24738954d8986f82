package id.matagaruda.forecast.internal;

/**
 * Is the latest count of a series a spike? A Poisson upper-tail test against what the trailing window leads one to
 * expect. The expectation is robust to zero-inflated and seasonal series: the mean of the trailing {@code window}
 * periods, raised to the average of that mean and the same period a season ago when the season was busier, and never
 * below a floor (so a first event in a quiet region is not an alert by itself; it needs {@link #MIN_COUNT}).
 */
public final class SpikeDetector {

    public static final double FLOOR = 0.2;
    public static final int MIN_COUNT = 3;
    public static final double ALPHA = 0.01;

    public record Spike(int count, double expected, double pValue, String severity) {}

    private SpikeDetector() {
    }

    /**
     * @param series counts, oldest first; the last one is tested against those before it
     * @param window trailing periods (12 months, 12 weeks)
     * @param season periods in a season (12 for months, 52 for weeks); 0 for none
     * @return the spike, or null when the last count is not one
     */
    public static Spike test(double[] series, int window, int season) {
        int t = series.length - 1;
        if (t < 1) {
            return null;
        }
        int k = (int) Math.round(series[t]);
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, t - window); i < t; i++) {
            sum += series[i];
            n++;
        }
        double mean = n == 0 ? 0 : sum / n;
        double expected = mean;
        if (season > 0 && t - season >= 0) {
            expected = Math.max(expected, (mean + series[t - season]) / 2);
        }
        expected = Math.max(FLOOR, expected);
        double p = upperTail(k, expected);
        if (k < MIN_COUNT || p >= ALPHA) {
            return null;
        }
        String severity = p < 1e-4 ? "tinggi" : p < 1e-3 ? "sedang" : "rendah";
        return new Spike(k, expected, p, severity);
    }

    /** P(X >= k) for X ~ Poisson(mu), summed from the lower side in log space (stable for small tails). */
    public static double upperTail(int k, double mu) {
        if (k <= 0) {
            return 1;
        }
        double term = Math.exp(-mu);
        double cdf = 0;
        for (int i = 0; i < k; i++) {
            cdf += term;
            term *= mu / (i + 1);
        }
        if (cdf < 0.5) {
            return Math.max(0, 1 - cdf);
        }
        // sum the tail directly: 1 - cdf loses every digit when the tail is tiny
        double tail = 0;
        double tk = Math.exp(-mu + k * Math.log(mu) - logFactorial(k));
        for (int i = k; i < k + 1000 && tk > 1e-300; i++) {
            tail += tk;
            tk *= mu / (i + 1);
        }
        return tail;
    }

    private static double logFactorial(int k) {
        double s = 0;
        for (int i = 2; i <= k; i++) {
            s += Math.log(i);
        }
        return s;
    }
}
