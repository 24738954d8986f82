package id.matagaruda.index.internal;

import id.matagaruda.index.Aggregation;

/**
 * Weighted means of one unit's child values. Weights are divided by their sum, so explicit weights in percent and
 * in fractions give the same result. A missing child makes the node missing: silently averaging over the rest would
 * change the methodology. In a geometric or harmonic mean a zero child makes the node zero (that is the penalty these
 * means are chosen for) and a negative child has no meaning, so the node is missing.
 */
final class Aggregator {

    private Aggregator() {}

    static double aggregate(Aggregation aggregation, double[][] cols, double[] w, int u) {
        double wsum = 0;
        for (double x : w) {
            wsum += x;
        }
        switch (aggregation) {
            case ARITHMETIC -> {
                double s = 0;
                for (int i = 0; i < cols.length; i++) {
                    double x = cols[i][u];
                    if (Double.isNaN(x)) {
                        return Double.NaN;
                    }
                    s += w[i] * x;
                }
                return s / wsum;
            }
            case GEOMETRIC -> {
                double logs = 0;
                boolean zero = false;
                for (int i = 0; i < cols.length; i++) {
                    double x = cols[i][u];
                    if (Double.isNaN(x) || x < 0) {
                        return Double.NaN;
                    }
                    if (x == 0) {
                        zero |= w[i] > 0;
                    } else {
                        logs += w[i] * Math.log(x);
                    }
                }
                return zero ? 0 : Math.exp(logs / wsum);
            }
            case HARMONIC -> {
                double inv = 0;
                boolean zero = false;
                for (int i = 0; i < cols.length; i++) {
                    double x = cols[i][u];
                    if (Double.isNaN(x) || x < 0) {
                        return Double.NaN;
                    }
                    if (x == 0) {
                        zero |= w[i] > 0;
                    } else {
                        inv += w[i] / x;
                    }
                }
                return zero ? 0 : wsum / inv;
            }
            default -> throw new IllegalStateException(aggregation.toString());
        }
    }
}
