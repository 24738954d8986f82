package id.matagaruda.forecast.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Maps a model's raw probabilities to calibrated ones, fitted on out-of-fold predictions only (never on the rows the
 * model learned from). Platt scaling (Platt 1999): a logistic regression of the outcome on the raw log-odds, with the
 * tiny prior of Platt's target smoothing so that a perfectly separated history does not give infinite slopes. Isotonic
 * regression (Zadrozny &amp; Elkan 2002): the monotone step function closest to the outcomes by least squares, by the
 * pool-adjacent-violators algorithm (Ayer et al. 1955), interpolated linearly between block centres as scikit-learn does.
 */
public final class Calibrator implements DoubleUnaryOperator {

    public static final List<String> METHODS = List.of("platt", "isotonic");

    /** Fewer events than this in the out-of-fold history and the raw probabilities are kept (nothing to learn from). */
    static final int MIN_EVENTS = 3;

    private final String method;
    private final DoubleUnaryOperator f;

    private Calibrator(String method, DoubleUnaryOperator f) {
        this.method = method;
        this.f = f;
    }

    public String method() {
        return method;
    }

    @Override
    public double applyAsDouble(double p) {
        return f.applyAsDouble(p);
    }

    public double[] apply(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = f.applyAsDouble(p[i]);
        }
        return out;
    }

    public static Calibrator identity() {
        return new Calibrator("none", p -> p);
    }

    public static Calibrator fit(String method, double[] p, double[] y) {
        int events = 0;
        for (double v : y) {
            events += v > 0 ? 1 : 0;
        }
        if (events < MIN_EVENTS || events == y.length) {
            return identity();
        }
        return switch (method) {
            case "platt" -> platt(p, y, events);
            case "isotonic" -> isotonic(p, y);
            case "none" -> identity();
            default -> throw new IllegalArgumentException(method);
        };
    }

    private static double logit(double p) {
        double q = Math.max(1e-6, Math.min(1 - 1e-6, p));
        return Math.log(q / (1 - q));
    }

    /** Newton's method on (a, b) in sigmoid(a * logit(p) + b), with Platt's smoothed targets. */
    static Calibrator platt(double[] p, double[] y, int events) {
        int n = p.length;
        double hi = (events + 1.0) / (events + 2.0);
        double lo = 1.0 / (n - events + 2.0);
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < n; i++) {
                double z = logit(p[i]);
                double q = 1 / (1 + Math.exp(-(a * z + b)));
                double t = y[i] > 0 ? hi : lo;
                double w = q * (1 - q);
                ga += (q - t) * z;
                gb += q - t;
                haa += w * z * z;
                hab += w * z;
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-15) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        double fa = a;
        double fb = b;
        return new Calibrator("platt", v -> 1 / (1 + Math.exp(-(fa * logit(v) + fb))));
    }

    static Calibrator isotonic(double[] p, double[] y) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        // blocks of equal raw probability first, then pool adjacent violators
        List<double[]> blocks = new ArrayList<>(); // {sum y, weight, sum p}
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last != null && last[2] / last[1] == p[i]) {
                last[0] += y[i];
                last[1] += 1;
                last[2] += p[i];
            } else {
                blocks.add(new double[] {y[i], 1, p[i]});
            }
            while (blocks.size() > 1) {
                double[] b2 = blocks.get(blocks.size() - 1);
                double[] b1 = blocks.get(blocks.size() - 2);
                if (b1[0] / b1[1] <= b2[0] / b2[1]) {
                    break;
                }
                b1[0] += b2[0];
                b1[1] += b2[1];
                b1[2] += b2[2];
                blocks.remove(blocks.size() - 1);
            }
        }
        double[] xs = new double[blocks.size()];
        double[] ys = new double[blocks.size()];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = blocks.get(k)[2] / blocks.get(k)[1];
            ys[k] = blocks.get(k)[0] / blocks.get(k)[1];
        }
        return new Calibrator("isotonic", v -> {
            if (v <= xs[0]) {
                return ys[0];
            }
            if (v >= xs[xs.length - 1]) {
                return ys[ys.length - 1];
            }
            int k = Arrays.binarySearch(xs, v);
            if (k >= 0) {
                return ys[k];
            }
            int hiK = -k - 1;
            int loK = hiK - 1;
            double w = (v - xs[loK]) / (xs[hiK] - xs[loK]);
            return ys[loK] + w * (ys[hiK] - ys[loK]);
        });
    }
}
