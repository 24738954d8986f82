package id.matagaruda.nlp.internal;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * L2-regularised logistic regression fitted by LIBLINEAR (Java port; trust-region Newton on the primal, one-vs-rest
 * for more than two classes, bias as an extra feature of value 1, as scikit-learn's {@code liblinear} solver), with
 * the weights copied out so a prediction needs no LIBLINEAR objects. Probabilities are LIBLINEAR's own (normalised
 * one-vs-rest sigmoids) or, when a temperature was fitted, a softmax of the decision values divided by it.
 */
public final class LogisticModel {

    static {
        Linear.disableDebugOutput();
    }

    /** Stopping tolerance of the final fit: scikit-learn's default 1e-4, closer to the optimum than LIBLINEAR's 0.01. */
    public static final double EPS = 1e-4;

    /** LIBLINEAR's own default for -s 0: enough to rank candidates in cross-validation, several times faster. */
    public static final double EPS_CV = 0.01;

    private final int classes;
    private final int dim;
    /** weights[k][j], j = dim is the bias. */
    private final float[][] weights;
    private double temperature;
    /** True for the multinomial (softmax) model, false for LIBLINEAR's one-vs-rest margins. */
    private final boolean softmax;

    /** Solver names as recorded in the model file. */
    public static final String LIBLINEAR = "liblinear";
    public static final String MULTINOMIAL = "multinomial";

    private LogisticModel(int classes, int dim, float[][] weights, double temperature, boolean softmax) {
        this.classes = classes;
        this.dim = dim;
        this.weights = weights;
        this.temperature = temperature;
        this.softmax = softmax;
    }

    public String solver() {
        return softmax ? MULTINOMIAL : LIBLINEAR;
    }

    /** Gradient tolerance of the multinomial fit, on the scale of scikit-learn's (mean loss): its default 1e-4. */
    public static final double SOFTMAX_TOL = 1e-4;

    /**
     * Multinomial (softmax) L2 logistic regression, scikit-learn's {@code LogisticRegression(multi_class=
     * "multinomial", solver="lbfgs")} objective: C * sum_i s_i * (-ln softmax(W x_i + b)[y_i]) + 0.5 * ||W||^2, the
     * intercepts b not penalised, s_i the weight of row i's class (1 without weighting). Minimised full-batch by
     * {@link Lbfgs} until the largest gradient component, divided by C * sum_i s_i (scikit-learn's scale: mean loss),
     * is at most {@code tol}. The gradient is summed over row blocks on {@code threads} threads.
     */
    public static LogisticModel trainSoftmax(TfidfFeatures.Vector[] x, int[] y, int classes, int dim, double c,
            double[] classWeight, double tol, int threads, int maxIter) {
        int stride = dim + 1;
        double[] rowWeight = new double[x.length];
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            rowWeight[i] = c * (classWeight == null ? 1 : classWeight[y[i]]);
            total += rowWeight[i];
        }
        int blocks = Math.max(1, Math.min(threads, x.length / 200 + 1));
        double[][] partial = new double[blocks][];
        java.util.concurrent.ExecutorService pool = blocks == 1 ? null
                : java.util.concurrent.Executors.newFixedThreadPool(blocks, r -> {
                    Thread t = new Thread(r, "nlp-lbfgs");
                    t.setDaemon(true);
                    return t;
                });
        Lbfgs.Function f = (w, g) -> {
            double[] loss = new double[blocks];
            java.util.List<java.util.concurrent.Future<?>> parts = new java.util.ArrayList<>();
            for (int b = 0; b < blocks; b++) {
                int bb = b;
                Runnable task = () -> {
                    if (bb > 0 && partial[bb] == null) {
                        partial[bb] = new double[g.length];
                    }
                    double[] gb = bb == 0 ? g : partial[bb];
                    java.util.Arrays.fill(gb, 0);
                    double[] z = new double[classes];
                    double l = 0;
                    for (int i = bb; i < x.length; i += blocks) {
                        int[] idx = x[i].index();
                        float[] val = x[i].value();
                        double max = Double.NEGATIVE_INFINITY;
                        for (int k = 0; k < classes; k++) {
                            int o = k * stride;
                            double s = w[o + dim];
                            for (int a = 0; a < idx.length; a++) {
                                s += w[o + idx[a]] * val[a];
                            }
                            z[k] = s;
                            max = Math.max(max, s);
                        }
                        double zy = z[y[i]];
                        double sum = 0;
                        for (int k = 0; k < classes; k++) {
                            z[k] = Math.exp(z[k] - max);
                            sum += z[k];
                        }
                        l += rowWeight[i] * (Math.log(sum) + max - zy);
                        for (int k = 0; k < classes; k++) {
                            double r = rowWeight[i] * (z[k] / sum - (k == y[i] ? 1 : 0));
                            int o = k * stride;
                            for (int a = 0; a < idx.length; a++) {
                                gb[o + idx[a]] += r * val[a];
                            }
                            gb[o + dim] += r;
                        }
                    }
                    loss[bb] = l;
                };
                if (pool == null) {
                    task.run();
                } else {
                    parts.add(pool.submit(task));
                }
            }
            for (java.util.concurrent.Future<?> p : parts) {
                try {
                    p.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("dihentikan", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            double value = 0;
            for (int b = 0; b < blocks; b++) {
                value += loss[b];
                if (b > 0) {
                    double[] gb = partial[b];
                    for (int j = 0; j < g.length; j++) {
                        g[j] += gb[j];
                    }
                }
            }
            for (int k = 0; k < classes; k++) {
                int o = k * stride;
                for (int j = 0; j < dim; j++) {
                    value += 0.5 * w[o + j] * w[o + j];
                    g[o + j] += w[o + j];
                }
            }
            return value;
        };
        Lbfgs.Result r;
        try {
            r = new Lbfgs(10, maxIter, tol * total).minimize(f, new double[classes * stride]);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        lastIterations = r.iterations();
        float[][] weights = new float[classes][stride];
        int[] counts = new int[classes];
        for (int v : y) {
            counts[v]++;
        }
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < stride; j++) {
                weights[k][j] = (float) r.x()[k * stride + j];
            }
            if (counts[k] == 0) {
                // a class absent from these rows (possible inside a cross-validation fold) never wins
                weights[k][dim] = -1e4f;
            }
        }
        return new LogisticModel(classes, dim, weights, Double.NaN, true);
    }

    /** L-BFGS iterations of the last multinomial fit on this thread's JVM (for the training report). */
    public static volatile int lastIterations;

    public int classes() {
        return classes;
    }

    /** Number of features (without the bias). */
    public int dim() {
        return dim;
    }

    /**
     * Fits on rows {@code x} with class indices {@code y} in [0, classes); {@code classWeight}, when not null, multiplies
     * C per class (balanced: n / (classes * count)).
     */
    public static LogisticModel train(TfidfFeatures.Vector[] x, int[] y, int classes, int dim, double c,
            double[] classWeight, long seed) {
        return train(x, y, classes, dim, c, classWeight, seed, EPS);
    }

    public static LogisticModel train(TfidfFeatures.Vector[] x, int[] y, int classes, int dim, double c,
            double[] classWeight, long seed, double eps) {
        Problem p = new Problem();
        p.l = x.length;
        p.n = dim + 1;
        p.bias = 1;
        p.y = new double[x.length];
        p.x = new Feature[x.length][];
        for (int i = 0; i < x.length; i++) {
            int[] idx = x[i].index();
            float[] val = x[i].value();
            Feature[] row = new Feature[idx.length + 1];
            for (int a = 0; a < idx.length; a++) {
                row[a] = new FeatureNode(idx[a] + 1, val[a]);
            }
            row[idx.length] = new FeatureNode(dim + 1, 1);
            p.x[i] = row;
            p.y[i] = y[i];
        }
        Parameter param = new Parameter(SolverType.L2R_LR, c, eps);
        param.setRandom(new Random(seed));
        if (classWeight != null) {
            int[] labels = new int[classes];
            for (int k = 0; k < classes; k++) {
                labels[k] = k;
            }
            param.setWeights(classWeight.clone(), labels);
        }
        Model m = Linear.train(p, param);
        int[] labels = m.getLabels();
        double[] w = m.getFeatureWeights();
        int nrW = labels.length == 2 ? 1 : labels.length;
        float[][] weights = new float[classes][dim + 1];
        for (int col = 0; col < labels.length; col++) {
            int k = labels[col];
            for (int j = 0; j <= dim; j++) {
                if (nrW == 1) {
                    // two classes: one weight vector, positive towards labels[0]
                    weights[k][j] = (float) (col == 0 ? w[j] : -w[j]);
                } else {
                    weights[k][j] = (float) w[j * nrW + col];
                }
            }
        }
        // a class absent from these rows (possible inside a cross-validation fold) never wins
        for (int k = 0; k < classes; k++) {
            boolean present = false;
            for (int l : labels) {
                present |= l == k;
            }
            if (!present) {
                weights[k][dim] = -1e4f;
            }
        }
        return new LogisticModel(classes, dim, weights, Double.NaN, false);
    }

    /** Decision value per class (one-vs-rest margins; for two classes +-the one margin). */
    public double[] decision(TfidfFeatures.Vector x) {
        double[] d = new double[classes];
        int[] idx = x.index();
        float[] val = x.value();
        for (int k = 0; k < classes; k++) {
            float[] w = weights[k];
            double s = w[dim];
            for (int a = 0; a < idx.length; a++) {
                if (idx[a] < dim) {
                    s += w[idx[a]] * val[a];
                }
            }
            d[k] = s;
        }
        if (classes == 2 && !softmax) {
            // LIBLINEAR's binary margin is d[0] = -d[1]; halve so a softmax of both is the sigmoid of the margin
            d[0] /= 2;
            d[1] /= 2;
        }
        return d;
    }

    /** LIBLINEAR's probabilities: one-vs-rest sigmoids normalised to sum to one. */
    public static double[] ownProbabilities(double[] decision) {
        double[] p = new double[decision.length];
        if (decision.length == 2) {
            p[0] = 1 / (1 + Math.exp(-2 * decision[0]));
            p[1] = 1 - p[0];
            return p;
        }
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = 1 / (1 + Math.exp(-decision[k]));
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /** softmax(decision / temperature). */
    public static double[] scaled(double[] decision, double temperature) {
        double[] p = new double[decision.length];
        double max = Double.NEGATIVE_INFINITY;
        for (double d : decision) {
            max = Math.max(max, d / temperature);
        }
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(decision[k] / temperature - max);
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /**
     * The probabilities this model answers: scaled when a temperature was fitted, else the model's own (the softmax of
     * the multinomial model, LIBLINEAR's normalised sigmoids).
     */
    public double[] probabilities(double[] decision) {
        return Double.isNaN(temperature) ? own(decision) : scaled(decision, temperature);
    }

    /** The model's own probabilities: softmax for the multinomial model, else {@link #ownProbabilities}. */
    public double[] own(double[] decision) {
        return softmax ? scaled(decision, 1) : ownProbabilities(decision);
    }

    public double temperature() {
        return temperature;
    }

    public void useTemperature(double t) {
        this.temperature = t;
    }

    /**
     * The temperature minimising the log loss of softmax(decision / T) over rows with known classes (golden-section
     * search over ln T in [ln 0.01, ln 100]; the loss is convex in 1/T).
     */
    public static double fitTemperature(double[][] decisions, int[] y) {
        double lo = Math.log(0.01);
        double hi = Math.log(100);
        double g = (Math.sqrt(5) - 1) / 2;
        double a = hi - g * (hi - lo);
        double b = lo + g * (hi - lo);
        double fa = logLoss(decisions, y, Math.exp(a));
        double fb = logLoss(decisions, y, Math.exp(b));
        for (int it = 0; it < 80; it++) {
            if (fa < fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - g * (hi - lo);
                fa = logLoss(decisions, y, Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + g * (hi - lo);
                fb = logLoss(decisions, y, Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    private static double logLoss(double[][] decisions, int[] y, double t) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s -= Math.log(Math.max(1e-15, scaled(decisions[i], t)[y[i]]));
        }
        return s / y.length;
    }

    /** What feature {@code j} with value {@code v} adds to class {@code k}'s decision value. */
    public double contribution(int j, int k, double v) {
        return weights[k][j] * v;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(dim);
        out.writeDouble(temperature);
        for (float[] w : weights) {
            for (float v : w) {
                out.writeFloat(v);
            }
        }
    }

    /** Reads what {@link #write} wrote; {@code solver} is the one the model file records. */
    public static LogisticModel read(DataInputStream in, String solver) throws IOException {
        int classes = in.readInt();
        int dim = in.readInt();
        if (classes < 2 || classes > 10_000 || dim < 0) {
            throw new IOException("bobot model rusak");
        }
        double t = in.readDouble();
        float[][] w = new float[classes][dim + 1];
        for (float[] row : w) {
            for (int j = 0; j < row.length; j++) {
                row[j] = in.readFloat();
            }
        }
        return new LogisticModel(classes, dim, w, t, MULTINOMIAL.equals(solver));
    }
}
