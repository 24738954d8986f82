package id.matagaruda.index.internal;

import java.util.Arrays;

/**
 * Weights from the first principal component of the children's correlation matrix: the squared loadings, which sum to
 * one (the OECD/JRC handbook's factor-analysis weighting, reduced to one factor). With fewer complete units than
 * children plus two, or a constant child, the correlation is not informative and the weights fall back to equal.
 */
final class PcaWeights {

    private PcaWeights() {}

    static double[] of(double[][] cols) {
        int k = cols.length;
        double[] equal = new double[k];
        Arrays.fill(equal, 1.0 / k);
        if (LinearAlgebra.count(LinearAlgebra.completeUnits(cols)) < k + 2) {
            return equal;
        }
        double[][] r = LinearAlgebra.correlation(cols);
        for (double[] row : r) {
            for (double x : row) {
                if (Double.isNaN(x)) {
                    return equal;
                }
            }
        }
        LinearAlgebra.Eigen e = LinearAlgebra.symmetricEigen(r);
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = e.vectors()[i][0] * e.vectors()[i][0];
        }
        return w;
    }
}
