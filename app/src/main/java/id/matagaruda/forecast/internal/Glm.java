package id.matagaruda.forecast.internal;

/**
 * A generalised linear model fitted by iteratively reweighted least squares with an L2 penalty on standardised
 * features (not on the intercept): logistic for "at least one event", Poisson for the expected count. Deterministic: no
 * random start, no sampling. A missing value (no IPM before 2010) becomes the training mean. Indicator columns (0/1)
 * may be left unstandardised, so that the penalty shrinks each region's own effect on the scale of the log-odds, as
 * scikit-learn's {@code LogisticRegression(C)} does with {@code lambda = 1 / C}.
 */
public final class Glm implements Model {

    public enum Family { LOGISTIC, POISSON }

    static final double LAMBDA = 1.0;
    private static final int MAX_ITER = 50;

    private final Family family;
    private final double[] mean;
    private final double[] scale;
    private final double[] beta;

    private Glm(Family family, double[] mean, double[] scale, double[] beta) {
        this.family = family;
        this.mean = mean;
        this.scale = scale;
        this.beta = beta;
    }

    @Override
    public String name() {
        return family == Family.LOGISTIC ? "logistic" : "poisson";
    }

    public static Glm fit(Family family, double[] x, int width, double[] y) {
        return fit(family, x, width, y, LAMBDA, null);
    }

    /**
     * @param lambda the L2 penalty (1 / C)
     * @param raw    columns kept on their own scale (indicators), or null
     */
    public static Glm fit(Family family, double[] x, int width, double[] y, double lambda, boolean[] raw) {
        int n = y.length;
        double[] mean = new double[width];
        double[] scale = new double[width];
        for (int j = 0; j < width; j++) {
            double s = 0;
            double ss = 0;
            int k = 0;
            for (int i = 0; i < n; i++) {
                double v = x[i * width + j];
                if (!Double.isNaN(v)) {
                    s += v;
                    ss += v * v;
                    k++;
                }
            }
            mean[j] = k == 0 ? 0 : s / k;
            double var = k == 0 ? 0 : ss / k - mean[j] * mean[j];
            scale[j] = var > 1e-12 ? Math.sqrt(var) : 0;
            if (raw != null && raw[j]) {
                // an indicator keeps its 0/1 scale; a column constant in training contributes nothing
                mean[j] = 0;
                scale[j] = var > 1e-12 || k > 0 && s > 0 ? 1 : 0;
            }
        }
        int p = width + 1;
        double[] beta = new double[p];
        double ybar = 0;
        for (double v : y) {
            ybar += v;
        }
        ybar /= Math.max(1, n);
        beta[width] = family == Family.LOGISTIC
                ? Math.log(clamp(ybar, 1e-4, 1 - 1e-4) / (1 - clamp(ybar, 1e-4, 1 - 1e-4)))
                : Math.log(Math.max(ybar, 1e-4));
        double[] z = new double[p];
        for (int iter = 0; iter < MAX_ITER; iter++) {
            double[] grad = new double[p];
            double[] hess = new double[p * p];
            for (int i = 0; i < n; i++) {
                standardise(x, i, width, mean, scale, z);
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    eta += beta[j] * z[j];
                }
                double mu;
                double w;
                if (family == Family.LOGISTIC) {
                    mu = 1 / (1 + Math.exp(-clamp(eta, -30, 30)));
                    w = Math.max(mu * (1 - mu), 1e-9);
                } else {
                    mu = Math.exp(clamp(eta, -30, 30));
                    w = Math.max(mu, 1e-9);
                }
                double r = y[i] - mu;
                for (int a = 0; a < p; a++) {
                    if (z[a] == 0) {
                        continue;
                    }
                    grad[a] += z[a] * r;
                    double wa = w * z[a];
                    for (int b = a; b < p; b++) {
                        hess[a * p + b] += wa * z[b];
                    }
                }
            }
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < a; b++) {
                    hess[a * p + b] = hess[b * p + a];
                }
                if (a < width) {
                    grad[a] -= lambda * beta[a];
                    hess[a * p + a] += lambda;
                }
            }
            hess[width * p + width] += 1e-9;
            double[] step = solve(hess, grad, p);
            // Newton with step halving: the penalised likelihood must not fall, or a far step can run away
            double before = objective(family, x, width, y, mean, scale, beta, lambda);
            double t = 1;
            double[] trial = new double[p];
            for (int half = 0; half < 30; half++) {
                for (int j = 0; j < p; j++) {
                    trial[j] = beta[j] + t * step[j];
                }
                if (objective(family, x, width, y, mean, scale, trial, lambda) >= before - 1e-12) {
                    break;
                }
                t /= 2;
            }
            double biggest = 0;
            for (int j = 0; j < p; j++) {
                biggest = Math.max(biggest, Math.abs(trial[j] - beta[j]));
                beta[j] = trial[j];
            }
            if (biggest < 1e-8) {
                break;
            }
        }
        return new Glm(family, mean, scale, beta);
    }

    private static double objective(Family family, double[] x, int width, double[] y, double[] mean, double[] scale,
            double[] beta, double lambda) {
        int n = y.length;
        double[] z = new double[width + 1];
        double ll = 0;
        for (int i = 0; i < n; i++) {
            standardise(x, i, width, mean, scale, z);
            double eta = 0;
            for (int j = 0; j <= width; j++) {
                eta += beta[j] * z[j];
            }
            if (family == Family.LOGISTIC) {
                // log(1 + e^eta) computed without overflow
                double softplus = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
                ll += y[i] * eta - softplus;
            } else {
                double e = clamp(eta, -30, 30);
                ll += y[i] * e - Math.exp(e);
            }
        }
        double penalty = 0;
        for (int j = 0; j < width; j++) {
            penalty += beta[j] * beta[j];
        }
        return ll - lambda / 2 * penalty;
    }

    @Override
    public double[] predict(double[] x, int width) {
        int n = x.length / width;
        double[] out = new double[n];
        double[] z = new double[width + 1];
        for (int i = 0; i < n; i++) {
            standardise(x, i, width, mean, scale, z);
            double eta = 0;
            for (int j = 0; j <= width; j++) {
                eta += beta[j] * z[j];
            }
            out[i] = family == Family.LOGISTIC ? 1 / (1 + Math.exp(-clamp(eta, -30, 30))) : Math.exp(clamp(eta, -30, 30));
        }
        return out;
    }

    @Override
    public double[][] contributions(double[] x, int width) {
        int n = x.length / width;
        double[][] out = new double[n][width + 1];
        double[] z = new double[width + 1];
        for (int i = 0; i < n; i++) {
            standardise(x, i, width, mean, scale, z);
            for (int j = 0; j <= width; j++) {
                out[i][j] = beta[j] * z[j];
            }
        }
        return out;
    }

    private static void standardise(double[] x, int row, int width, double[] mean, double[] scale, double[] z) {
        for (int j = 0; j < width; j++) {
            double v = x[row * width + j];
            z[j] = Double.isNaN(v) || scale[j] == 0 ? 0 : (v - mean[j]) / scale[j];
        }
        z[width] = 1;
    }

    /** Gaussian elimination with partial pivoting; the penalty keeps the system well posed. */
    static double[] solve(double[] a, double[] b, int n) {
        double[] m = a.clone();
        double[] v = b.clone();
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r * n + c]) > Math.abs(m[pivot * n + c])) {
                    pivot = r;
                }
            }
            if (pivot != c) {
                for (int k = 0; k < n; k++) {
                    double t = m[c * n + k];
                    m[c * n + k] = m[pivot * n + k];
                    m[pivot * n + k] = t;
                }
                double t = v[c];
                v[c] = v[pivot];
                v[pivot] = t;
            }
            double d = m[c * n + c];
            if (Math.abs(d) < 1e-300) {
                continue;
            }
            for (int r = c + 1; r < n; r++) {
                double f = m[r * n + c] / d;
                if (f == 0) {
                    continue;
                }
                for (int k = c; k < n; k++) {
                    m[r * n + k] -= f * m[c * n + k];
                }
                v[r] -= f * v[c];
            }
        }
        double[] out = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = v[r];
            for (int k = r + 1; k < n; k++) {
                s -= m[r * n + k] * out[k];
            }
            double d = m[r * n + r];
            out[r] = Math.abs(d) < 1e-300 ? 0 : s / d;
        }
        return out;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
