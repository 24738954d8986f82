package id.matagaruda.index.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The little linear algebra the audit and PCA weights need: correlation matrices and the eigen-decomposition of a small
 * symmetric matrix by cyclic Jacobi rotations, which is exact enough for a few dozen indicators and needs no library.
 */
public final class LinearAlgebra {

    private LinearAlgebra() {}

    /** Eigenvalues (descending) and unit eigenvectors as columns of {@code vectors}, in the same order. */
    public record Eigen(double[] values, double[][] vectors) {}

    public static Eigen symmetricEigen(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off < 1e-22) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        double[][] diag = a;
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -diag[i][i]))
                .toArray(Integer[]::new);
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int j = 0; j < n; j++) {
            values[j] = diag[order[j]][order[j]];
            for (int i = 0; i < n; i++) {
                vectors[i][j] = v[i][order[j]];
            }
        }
        return new Eigen(values, vectors);
    }

    /** Pearson correlation of the columns over the units where all columns are present; NaN where a column is constant. */
    public static double[][] correlation(double[][] columns) {
        int k = columns.length;
        boolean[] complete = completeUnits(columns);
        double[][] r = new double[k][k];
        double[] mean = new double[k];
        double[] sd = new double[k];
        int n = 0;
        for (boolean c : complete) {
            n += c ? 1 : 0;
        }
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int u = 0; u < complete.length; u++) {
                if (complete[u]) {
                    s += columns[i][u];
                }
            }
            mean[i] = s / n;
            double q = 0;
            for (int u = 0; u < complete.length; u++) {
                if (complete[u]) {
                    q += (columns[i][u] - mean[i]) * (columns[i][u] - mean[i]);
                }
            }
            sd[i] = Math.sqrt(q);
        }
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double s = 0;
                for (int u = 0; u < complete.length; u++) {
                    if (complete[u]) {
                        s += (columns[i][u] - mean[i]) * (columns[j][u] - mean[j]);
                    }
                }
                double value = sd[i] > 0 && sd[j] > 0 ? s / (sd[i] * sd[j]) : Double.NaN;
                r[i][j] = i == j && sd[i] > 0 ? 1 : value;
                r[j][i] = r[i][j];
            }
        }
        return r;
    }

    public static boolean[] completeUnits(double[][] columns) {
        int units = columns.length == 0 ? 0 : columns[0].length;
        boolean[] complete = new boolean[units];
        Arrays.fill(complete, true);
        for (double[] c : columns) {
            for (int u = 0; u < units; u++) {
                complete[u] &= !Double.isNaN(c[u]);
            }
        }
        return complete;
    }

    public static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }
}
