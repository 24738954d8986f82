package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The spike test on seeded negative binomial series (a small version of {@code ./matagaruda bench alerts}): few false
 * alarms on noisy series where the plain Poisson test cries wolf, and most doublings found where a doubling stands out
 * of the series' own noise.
 */
class AlertSimulationTest {

    @Test
    void falseAlarmsStayBelowTwoPercentOnOverdispersedSeriesOfEveryScale() {
        AlertSimulation.Run run = AlertSimulation.run(new double[] {1, 5, 20, 100, 800, 5000},
                new double[] {0, 0.05, 0.1}, 300, 20261205L);
        double[][] rates = run.pooled(Double.NEGATIVE_INFINITY);
        assertThat(rates[0][0]).as("ours").isLessThan(0.02);
        assertThat(rates[1][0]).as("plain Poisson on the same series").isGreaterThan(0.05);
        assertThat(run.cells()).allSatisfy(c -> assertThat(c.ours().falseAlarm())
                .as("mean %s alpha %s", c.mean(), c.dispersion()).isLessThan(0.06));
    }

    @Test
    void detectsMostDoublingsWhereTheDoublingStandsOutOfTheNoise() {
        AlertSimulation.Run run = AlertSimulation.run(new double[] {50, 100, 800, 5000}, new double[] {0, 0.02},
                300, 7L);
        double[][] rates = run.pooled(5);
        assertThat(rates[0][1]).as("ours").isGreaterThan(0.8);
        assertThat(rates[2][1]).as("the old code, whose tail underflows above 745").isLessThan(0.6);
        assertThat(run.cells()).filteredOn(c -> c.mean() >= 800)
                .allSatisfy(c -> assertThat(c.oldCode().detection()).isLessThan(0.2));
    }
}
