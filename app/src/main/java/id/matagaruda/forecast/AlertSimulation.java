package id.matagaruda.forecast;

import id.matagaruda.forecast.internal.SpikeDetector;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * How often the spike test is right, on simulated overdispersed series: for every (mean, NB2 dispersion) cell, seeded
 * negative binomial series of the methodology's history length plus one tested period. The false-alarm rate counts
 * alerts when the tested period comes from the same process; the detection rate counts alerts when its mean is
 * doubled. The same series are given to the spike test as shipped and to the peer, the old plain Poisson test (mean of
 * the window, floor 0.2, at least 3 events, p below 0.01), with an exact tail and with the old underflowing one.
 */
public final class AlertSimulation {

    /** Rates of one test in one cell. */
    public record Rates(double falseAlarm, double detection) {}

    /**
     * One (mean, dispersion) cell: ours, the plain Poisson peer (exact tail), the old code (underflowing tail), and the
     * oracle's detection: the best any test can do at the same level, knowing the true mean and dispersion (it alerts
     * from the smallest count, at least the minimum, whose true tail is below the least strict level).
     */
    public record Cell(double mean, double dispersion, int series, Rates ours, Rates poisson, Rates oldCode,
            double oracleDetection) {}

    /** The run: cells, the pooled dispersion our test used, and the methodology reference. */
    public record Run(List<Cell> cells, double pooledDispersion, String metodologi) {

        /** Pooled rates over the cells whose mean is at least {@code minMean}: [ours, poisson, old, oracle] x [fa, det]. */
        public double[][] pooled(double minMean) {
            double[][] sums = new double[4][2];
            int n = 0;
            for (Cell c : cells) {
                if (c.mean() < minMean) {
                    continue;
                }
                Rates[] r = {c.ours(), c.poisson(), c.oldCode()};
                for (int i = 0; i < 3; i++) {
                    sums[i][0] += r[i].falseAlarm();
                    sums[i][1] += r[i].detection();
                }
                sums[3][1] += c.oracleDetection();
                n++;
            }
            for (double[] s : sums) {
                s[0] /= n;
                s[1] /= n;
            }
            return sums;
        }
    }

    private AlertSimulation() {
    }

    public static Run run(double[] means, double[] dispersions, int seriesPerCell, long seed) {
        SpikeDetector.Settings settings = SpikeDetector.Settings.shipped();
        RandomGenerator rng = new Well19937c(seed);
        int length = settings.history() + 1;
        List<double[][]> histories = new ArrayList<>();
        List<Double> own = new ArrayList<>();
        for (double mu : means) {
            for (double alpha : dispersions) {
                double[][] cell = new double[seriesPerCell][];
                for (int i = 0; i < seriesPerCell; i++) {
                    double[] s = new double[length + 1];
                    for (int t = 0; t < length; t++) {
                        s[t] = draw(rng, mu, alpha);
                    }
                    // the last slot holds the doubled draw; s[length - 1] is the undisturbed tested period
                    s[length] = draw(rng, 2 * mu, alpha);
                    cell[i] = s;
                    own.add(SpikeDetector.ownDispersion(java.util.Arrays.copyOf(s, length), settings.poolDefault(),
                            settings));
                }
                histories.add(cell);
            }
        }
        // one pool for the whole run, as one national file of mixed regions would have
        double pooled = SpikeDetector.pooledDispersion(own, settings);
        List<Cell> cells = new ArrayList<>();
        int c = 0;
        for (double mu : means) {
            for (double alpha : dispersions) {
                int[] alarms = new int[3];
                int[] hits = new int[3];
                for (double[] s : histories.get(c)) {
                    double[] quiet = java.util.Arrays.copyOf(s, length);
                    double[] spiked = java.util.Arrays.copyOf(s, length);
                    spiked[length - 1] = s[length];
                    boolean[] q = verdicts(quiet, pooled, settings);
                    boolean[] h = verdicts(spiked, pooled, settings);
                    for (int i = 0; i < 3; i++) {
                        alarms[i] += q[i] ? 1 : 0;
                        hits[i] += h[i] ? 1 : 0;
                    }
                }
                int n = seriesPerCell;
                cells.add(new Cell(mu, alpha, n, new Rates((double) alarms[0] / n, (double) hits[0] / n),
                        new Rates((double) alarms[1] / n, (double) hits[1] / n),
                        new Rates((double) alarms[2] / n, (double) hits[2] / n), oracle(mu, alpha, settings)));
                c++;
            }
        }
        return new Run(cells, pooled, settings.reference());
    }

    /** P(alert) for a doubled mean when the test knows the true mean and dispersion. */
    static double oracle(double mu, double alpha, SpikeDetector.Settings settings) {
        int k = settings.minCount();
        while (SpikeDetector.upperTail(k, mu, alpha) >= settings.alpha()) {
            k++;
        }
        return SpikeDetector.upperTail(k, 2 * mu, alpha);
    }

    private static boolean[] verdicts(double[] s, double pooled, SpikeDetector.Settings settings) {
        SpikeDetector.Result ours = SpikeDetector.evaluate(s, 0, pooled, settings);
        return new boolean[] {ours != null && ours.alert(), oldTest(s, false), oldTest(s, true)};
    }

    /** The spike test before the methodology file: window mean, floor 0.2, at least 3 events, Poisson p below 0.01. */
    static boolean oldTest(double[] s, boolean underflowingTail) {
        int t = s.length - 1;
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, t - 12); i < t; i++) {
            sum += s[i];
            n++;
        }
        double expected = Math.max(0.2, n == 0 ? 0 : sum / n);
        int k = (int) Math.round(s[t]);
        double p = underflowingTail ? oldTail(k, expected) : SpikeDetector.upperTail(k, expected);
        return k >= 3 && p < 0.01;
    }

    /** The old Poisson tail, verbatim: exp(-mu) is 0 above mu of about 745, so the cdf is 0 and p is 1. */
    static double oldTail(int k, double mu) {
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
        double tail = 0;
        double logFactorial = 0;
        for (int i = 2; i <= k; i++) {
            logFactorial += Math.log(i);
        }
        double tk = Math.exp(-mu + k * Math.log(mu) - logFactorial);
        for (int i = k; i < k + 1000 && tk > 1e-300; i++) {
            tail += tk;
            tk *= mu / (i + 1);
        }
        return tail;
    }

    /** A negative binomial draw as the gamma-Poisson mixture (NB2: variance mu + alpha mu^2). */
    static double draw(RandomGenerator rng, double mu, double alpha) {
        double rate = alpha <= 0 ? mu : new GammaDistribution(rng, 1 / alpha, mu * alpha).sample();
        return rate <= 0 ? 0 : new PoissonDistribution(rng, rate, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample();
    }
}
