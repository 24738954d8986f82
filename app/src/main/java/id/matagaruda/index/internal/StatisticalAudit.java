package id.matagaruda.index.internal;

import id.matagaruda.index.AuditReport;
import id.matagaruda.index.SpecNode;
import java.util.ArrayList;
import java.util.List;

/** Computes the {@link AuditReport} of a dataset on the indicators as the spec normalises them. */
public final class StatisticalAudit {

    private StatisticalAudit() {}

    public static AuditReport of(Dataset data) {
        TreeEvaluator evaluator = new TreeEvaluator(data);
        int units = data.units();
        int leaves = data.leaves.size();
        List<AuditReport.Missing> missing = new ArrayList<>();
        int totalMissing = 0;
        for (int l = 0; l < leaves; l++) {
            int n = 0;
            for (int u = 0; u < units; u++) {
                n += Double.isNaN(data.given[l][u]) ? 1 : 0;
            }
            totalMissing += n;
            missing.add(new AuditReport.Missing(data.leaves.get(l).id(), n, units == 0 ? 0 : (double) n / units));
        }
        double[][] scores = evaluator.scores(null);
        int complete = LinearAlgebra.count(LinearAlgebra.completeUnits(scores));
        double[][] r = complete >= 2 ? LinearAlgebra.correlation(scores) : nanMatrix(leaves);
        List<List<Double>> correlation = new ArrayList<>();
        for (double[] row : r) {
            List<Double> out = new ArrayList<>();
            for (double x : row) {
                out.add(Double.isNaN(x) ? null : x);
            }
            correlation.add(out);
        }
        List<AuditReport.Alpha> alphas = new ArrayList<>();
        data.spec.root().walk(n -> {
            if (!n.isLeaf() && n.children().size() >= 2) {
                double[][] cols = evaluator.childValues(n);
                boolean[] ok = LinearAlgebra.completeUnits(cols);
                alphas.add(new AuditReport.Alpha(n.id(), n.name(), cols.length, LinearAlgebra.count(ok), cronbach(cols, ok)));
            }
        });
        List<Double> eigen = new ArrayList<>();
        List<Double> share = new ArrayList<>();
        if (complete >= leaves + 2 && leaves >= 2 && noNaN(r)) {
            double[] values = LinearAlgebra.symmetricEigen(r).values();
            double trace = 0;
            for (double v : values) {
                trace += v;
            }
            for (double v : values) {
                eigen.add(v);
                share.add(v / trace);
            }
        }
        return new AuditReport(data.spec.ref(), units, complete,
                units * leaves == 0 ? 0 : (double) totalMissing / (units * leaves), missing,
                data.leaves.stream().map(SpecNode::id).toList(), correlation, alphas, eigen, share);
    }

    /** alpha = k/(k-1) * (1 - sum of item variances / variance of the sum), over complete units. */
    static Double cronbach(double[][] cols, boolean[] ok) {
        int k = cols.length;
        int n = LinearAlgebra.count(ok);
        if (k < 2 || n < 2) {
            return null;
        }
        double itemVariances = 0;
        double[] total = new double[cols[0].length];
        for (double[] c : cols) {
            itemVariances += variance(c, ok);
            for (int u = 0; u < c.length; u++) {
                if (ok[u]) {
                    total[u] += c[u];
                }
            }
        }
        double totalVariance = variance(total, ok);
        return totalVariance > 0 ? k / (k - 1.0) * (1 - itemVariances / totalVariance) : null;
    }

    private static double variance(double[] x, boolean[] ok) {
        double s = 0;
        int n = 0;
        for (int u = 0; u < x.length; u++) {
            if (ok[u]) {
                s += x[u];
                n++;
            }
        }
        double mean = s / n;
        double q = 0;
        for (int u = 0; u < x.length; u++) {
            if (ok[u]) {
                q += (x[u] - mean) * (x[u] - mean);
            }
        }
        return q / (n - 1);
    }

    private static boolean noNaN(double[][] m) {
        for (double[] row : m) {
            for (double x : row) {
                if (Double.isNaN(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double[][] nanMatrix(int k) {
        double[][] m = new double[k][k];
        for (double[] row : m) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        return m;
    }
}
