package id.matagaruda.nlp.internal;

/**
 * Limited-memory BFGS for smooth unconstrained minimisation: the two-loop recursion of Nocedal &amp; Wright, Numerical
 * Optimization, 2nd ed. (2006), Algorithm 7.4 (with the initial Hessian scaling of eq. 7.20), and a line search that
 * satisfies the strong Wolfe conditions (Algorithms 3.5 and 3.6, zoom by safeguarded cubic interpolation, eq. 3.59),
 * c1 = 1e-4 and c2 = 0.9 as the book recommends for quasi-Newton methods. Stops when the largest gradient component is
 * at most {@code gtol} (scikit-learn's lbfgs criterion, scipy's {@code pgtol}), when the relative decrease of f falls
 * below 1e-12 (scipy's {@code factr} order), or after {@code maxIter} iterations.
 *
 * <p>No Java L-BFGS on Maven Central fitted: commons-math3 has none; Smile's is LGPL/GPL; Stanford CoreNLP's is GPL.
 */
public final class Lbfgs {

    /** f(x), writing the gradient into g (same length as x). */
    public interface Function {
        double valueAndGradient(double[] x, double[] g);
    }

    /** The minimiser, its value, iterations used, evaluations of f, and whether the gradient test was met. */
    public record Result(double[] x, double value, int iterations, int evaluations, boolean converged) {}

    private static final double C1 = 1e-4;
    private static final double C2 = 0.9;

    private final int memory;
    private final int maxIter;
    private final double gtol;
    private int evaluations;

    public Lbfgs(int memory, int maxIter, double gtol) {
        this.memory = memory;
        this.maxIter = maxIter;
        this.gtol = gtol;
    }

    public Result minimize(Function f, double[] x0) {
        int n = x0.length;
        double[] x = x0.clone();
        double[] g = new double[n];
        evaluations = 0;
        double fx = eval(f, x, g);
        double[][] s = new double[memory][];
        double[][] y = new double[memory][];
        double[] rho = new double[memory];
        double[] alpha = new double[memory];
        int stored = 0;
        int newest = -1;
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        int iter = 0;
        while (true) {
            if (maxAbs(g) <= gtol) {
                return new Result(x, fx, iter, evaluations, true);
            }
            if (iter >= maxIter) {
                return new Result(x, fx, iter, evaluations, false);
            }
            // Algorithm 7.4: d = -H g by the two-loop recursion
            System.arraycopy(g, 0, d, 0, n);
            for (int a = 0; a < stored; a++) {
                int i = Math.floorMod(newest - a, memory);
                alpha[i] = rho[i] * dot(s[i], d);
                axpy(-alpha[i], y[i], d);
            }
            double gamma = stored == 0 ? 1 / Math.sqrt(dot(g, g))
                    : dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
            scale(d, gamma);
            for (int a = stored - 1; a >= 0; a--) {
                int i = Math.floorMod(newest - a, memory);
                double beta = rho[i] * dot(y[i], d);
                axpy(alpha[i] - beta, s[i], d);
            }
            scale(d, -1);
            double dg = dot(d, g);
            if (dg >= 0) {
                // not a descent direction (loss of curvature information): restart from steepest descent
                stored = 0;
                for (int j = 0; j < n; j++) {
                    d[j] = -g[j];
                }
                scale(d, 1 / Math.sqrt(dot(g, g)));
                dg = dot(d, g);
            }
            double step = lineSearch(f, x, fx, g, d, dg, xNew, gNew);
            if (step == 0) {
                // no acceptable step: as precise as the arithmetic allows
                return new Result(x, fx, iter, evaluations, false);
            }
            double fNew = lastValue;
            newest = (newest + 1) % memory;
            if (s[newest] == null) {
                s[newest] = new double[n];
                y[newest] = new double[n];
            }
            for (int j = 0; j < n; j++) {
                s[newest][j] = xNew[j] - x[j];
                y[newest][j] = gNew[j] - g[j];
            }
            double sy = dot(s[newest], y[newest]);
            if (sy > 1e-300) {
                rho[newest] = 1 / sy;
                stored = Math.min(stored + 1, memory);
            } else {
                newest = Math.floorMod(newest - 1, memory);
            }
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            double decrease = (fx - fNew) / Math.max(Math.max(Math.abs(fx), Math.abs(fNew)), 1);
            fx = fNew;
            iter++;
            if (decrease <= 1e-12) {
                return new Result(x, fx, iter, evaluations, maxAbs(g) <= gtol);
            }
        }
    }

    private double lastValue;

    /**
     * Algorithm 3.5: the step length along d satisfying the strong Wolfe conditions; writes the new point and its
     * gradient into xNew and gNew, its value into {@link #lastValue}; 0 when none was found.
     */
    private double lineSearch(Function f, double[] x, double f0, double[] g0, double[] d, double dg0, double[] xNew,
            double[] gNew) {
        double aPrev = 0;
        double fPrev = f0;
        double dgPrev = dg0;
        double a = 1;
        double aMax = 1e10;
        for (int i = 0; i < 40; i++) {
            double fa = at(f, x, d, a, xNew, gNew);
            double dga = dot(gNew, d);
            if (fa > f0 + C1 * a * dg0 || (i > 0 && fa >= fPrev)) {
                return zoom(f, x, f0, dg0, d, aPrev, fPrev, dgPrev, a, fa, dga, xNew, gNew);
            }
            if (Math.abs(dga) <= -C2 * dg0) {
                lastValue = fa;
                return a;
            }
            if (dga >= 0) {
                return zoom(f, x, f0, dg0, d, a, fa, dga, aPrev, fPrev, dgPrev, xNew, gNew);
            }
            aPrev = a;
            fPrev = fa;
            dgPrev = dga;
            a = Math.min(2 * a, aMax);
        }
        return 0;
    }

    /** Algorithm 3.6: shrinks the bracket [lo, hi] by cubic interpolation (eq. 3.59) kept inside a safe interval. */
    private double zoom(Function f, double[] x, double f0, double dg0, double[] d, double lo, double fLo, double dgLo,
            double hi, double fHi, double dgHi, double[] xNew, double[] gNew) {
        for (int i = 0; i < 60; i++) {
            double a = cubic(lo, fLo, dgLo, hi, fHi, dgHi);
            double left = Math.min(lo, hi);
            double width = Math.abs(hi - lo);
            if (!(a > left + 0.1 * width && a < left + 0.9 * width)) {
                a = (lo + hi) / 2;
            }
            double fa = at(f, x, d, a, xNew, gNew);
            double dga = dot(gNew, d);
            if (fa > f0 + C1 * a * dg0 || fa >= fLo) {
                hi = a;
                fHi = fa;
                dgHi = dga;
            } else {
                if (Math.abs(dga) <= -C2 * dg0) {
                    lastValue = fa;
                    return a;
                }
                if (dga * (hi - lo) >= 0) {
                    hi = lo;
                    fHi = fLo;
                    dgHi = dgLo;
                }
                lo = a;
                fLo = fa;
                dgLo = dga;
            }
            if (Math.abs(hi - lo) <= 1e-16 * Math.max(1, Math.abs(lo))) {
                break;
            }
        }
        // the bracket collapsed: accept its low end when it decreased f enough (sufficient decrease holds there)
        if (lo > 0 && fLo <= f0 + C1 * lo * dg0) {
            lastValue = at(f, x, d, lo, xNew, gNew);
            return lo;
        }
        return 0;
    }

    /** Minimiser of the cubic through (a, fa, ga) and (b, fb, gb) (Nocedal &amp; Wright eq. 3.59); NaN if none. */
    static double cubic(double a, double fa, double ga, double b, double fb, double gb) {
        double d1 = ga + gb - 3 * (fa - fb) / (a - b);
        double disc = d1 * d1 - ga * gb;
        if (disc < 0) {
            return Double.NaN;
        }
        double d2 = Math.signum(b - a) * Math.sqrt(disc);
        return b - (b - a) * (gb + d2 - d1) / (gb - ga + 2 * d2);
    }

    private double at(Function f, double[] x, double[] d, double a, double[] xNew, double[] gNew) {
        for (int j = 0; j < x.length; j++) {
            xNew[j] = x[j] + a * d[j];
        }
        return eval(f, xNew, gNew);
    }

    private double eval(Function f, double[] x, double[] g) {
        evaluations++;
        return f.valueAndGradient(x, g);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static void scale(double[] x, double a) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= a;
        }
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
