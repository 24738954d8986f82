package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.matagaruda.forecast.internal.Glm;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The small GLM recovers known relations: a logistic and a Poisson one, from seeded synthetic rows. */
class GlmTest {

    @Test
    void logisticRecoversTheProbabilitiesOfAKnownRelation() {
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 20_000;
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i * 2] = rnd.nextGaussian();
            x[i * 2 + 1] = rnd.nextGaussian();
            double p = 1 / (1 + Math.exp(-(-2 + 1.5 * x[i * 2])));
            y[i] = rnd.nextDouble() < p ? 1 : 0;
        }
        Glm m = Glm.fit(Glm.Family.LOGISTIC, x, 2, y);
        double[] p = m.predict(new double[] {0, 0, 1, 0, -1, 3}, 2);
        assertThat(p[0]).isCloseTo(1 / (1 + Math.exp(2)), within(0.02));
        assertThat(p[1]).isCloseTo(1 / (1 + Math.exp(0.5)), within(0.03));
        assertThat(p[2]).isCloseTo(1 / (1 + Math.exp(3.5)), within(0.02));
    }

    @Test
    void poissonRecoversAKnownRate() {
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 20_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian();
            double mu = Math.exp(0.5 + 0.7 * x[i]);
            int k = 0;
            double l = Math.exp(-mu);
            double prod = rnd.nextDouble();
            while (prod > l) {
                prod *= rnd.nextDouble();
                k++;
            }
            y[i] = k;
        }
        double[] mu = Glm.fit(Glm.Family.POISSON, x, 1, y).predict(new double[] {0, 1}, 1);
        assertThat(mu[0]).isCloseTo(Math.exp(0.5), within(0.05));
        assertThat(mu[1]).isCloseTo(Math.exp(1.2), within(0.1));
    }
}
