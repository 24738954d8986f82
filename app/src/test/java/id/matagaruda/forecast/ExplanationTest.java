package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.matagaruda.forecast.internal.Trees;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** SHAP contributions of the trees add up to each row's log-odds, and the feature that drives the outcome leads. */
class ExplanationTest {

    @Test
    void contributionsSumToTheLogOddsAndNameTheRealDriver() {
        SplittableRandom rnd = new SplittableRandom(5);
        int n = 3000;
        double[] x = new double[n * 3];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 3; j++) {
                x[i * 3 + j] = rnd.nextGaussian();
            }
            y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-(2 * x[i * 3 + 1] - 1))) ? 1 : 0;
        }
        try (Trees t = Trees.fit(x, 3, y, 1)) {
            double[] row = {0.1, 2.0, -0.3};
            double p = t.predict(row, 3)[0];
            double[] c = t.contributions(row, 3)[0];
            assertThat(c).hasSize(4);
            assertThat(c[0] + c[1] + c[2] + c[3]).isCloseTo(Math.log(p / (1 - p)), within(1e-3));
            assertThat(Math.abs(c[1])).isGreaterThan(Math.abs(c[0])).isGreaterThan(0.0);
            assertThat(c[1]).isGreaterThan(Math.abs(c[2]));
        }
    }
}
