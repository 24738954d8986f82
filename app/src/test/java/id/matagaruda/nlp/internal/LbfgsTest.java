package id.matagaruda.nlp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The L-BFGS minimiser on problems with a known optimum, and the multinomial fit against LIBLINEAR's binary one. */
class LbfgsTest {

    @Test
    void findsTheMinimumOfAnIllConditionedQuadratic() {
        // f(x) = sum_i i * (x_i - i)^2 / 2, condition number 50, minimum at x_i = i
        int n = 50;
        // gradient tolerance 1e-5: near the optimum f falls by about |g|^2, so a tighter test would meet the relative
        // decrease stop (1e-12) first
        Lbfgs.Result r = new Lbfgs(10, 1000, 1e-5).minimize((x, g) -> {
            double f = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i] - (i + 1);
                f += (i + 1) * d * d / 2;
                g[i] = (i + 1) * d;
            }
            return f;
        }, new double[n]);
        assertThat(r.converged()).isTrue();
        for (int i = 0; i < n; i++) {
            assertThat(r.x()[i]).isCloseTo(i + 1, within(1e-5));
        }
    }

    @Test
    void findsTheMinimumOfTheRosenbrockFunction() {
        Lbfgs.Result r = new Lbfgs(10, 1000, 1e-9).minimize((x, g) -> {
            double a = 1 - x[0];
            double b = x[1] - x[0] * x[0];
            g[0] = -2 * a - 400 * x[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        }, new double[] {-1.2, 1});
        assertThat(r.converged()).isTrue();
        assertThat(r.x()[0]).isCloseTo(1, within(1e-6));
        assertThat(r.x()[1]).isCloseTo(1, within(1e-6));
        assertThat(r.iterations()).isLessThan(100);
    }

    @Test
    void aTwoClassSoftmaxFitGivesLiblinearsBinaryLogisticRegressionWeights() {
        // Two classes, no intercept in LIBLINEAR (bias -1): binary LR with C minimises C * sum log-loss(v) + |v|^2 / 2.
        // The softmax with weights w0, w1 depends on v = w1 - w0 only and its penalty is least at w1 = -w0 = v / 2,
        // |v|^2 / 4: so softmax C' = C / 2 has the same optimum. Our softmax fits an unpenalised intercept; the data
        // are balanced and symmetric (each row also appears negated with the other label), so that intercept is 0.
        Random random = new Random(3);
        int n = 200;
        int dim = 6;
        double[] truth = {1.5, -2, 0.5, 0, 1, -0.7};
        TfidfFeatures.Vector[] x = new TfidfFeatures.Vector[2 * n];
        int[] y = new int[2 * n];
        Feature[][] rows = new Feature[2 * n][];
        double[] labels = new double[2 * n];
        for (int i = 0; i < n; i++) {
            float[] v = new float[dim];
            double m = 0;
            for (int j = 0; j < dim; j++) {
                v[j] = (float) random.nextGaussian();
                m += truth[j] * v[j];
            }
            int label = random.nextDouble() < 1 / (1 + Math.exp(-m)) ? 1 : 0;
            for (int s = 0; s < 2; s++) {
                float[] val = new float[dim];
                int[] idx = new int[dim];
                Feature[] row = new Feature[dim];
                for (int j = 0; j < dim; j++) {
                    idx[j] = j;
                    val[j] = s == 0 ? v[j] : -v[j];
                    row[j] = new FeatureNode(j + 1, val[j]);
                }
                int at = 2 * i + s;
                x[at] = new TfidfFeatures.Vector(idx, val);
                y[at] = s == 0 ? label : 1 - label;
                rows[at] = row;
                labels[at] = y[at];
            }
        }
        double c = 2;
        Problem p = new Problem();
        p.l = 2 * n;
        p.n = dim;
        p.bias = -1;
        p.x = rows;
        p.y = labels;
        Linear.disableDebugOutput();
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 1e-10));
        double[] w = m.getFeatureWeights();
        // LIBLINEAR's weights point towards its first label
        double sign = m.getLabels()[0] == 1 ? 1 : -1;

        LogisticModel soft = LogisticModel.trainSoftmax(x, y, 2, dim, c / 2, null, 1e-10, 2, 1000);
        for (int j = 0; j < dim; j++) {
            double v = soft.contribution(j, 1, 1) - soft.contribution(j, 0, 1);
            assertThat(v).isCloseTo(sign * w[j], within(1e-4));
        }
        assertThat(soft.contribution(dim, 1, 1) - soft.contribution(dim, 0, 1)).isCloseTo(0, within(1e-4));
        assertThat(soft.solver()).isEqualTo("multinomial");
    }
}
