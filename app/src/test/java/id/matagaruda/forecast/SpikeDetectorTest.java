package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.matagaruda.forecast.internal.SpikeDetector;
import org.junit.jupiter.api.Test;

/** Spikes against the trailing window: quiet series, first events, seasonal peaks, busy and noisy series. */
class SpikeDetectorTest {

    @Test
    void aBurstInAQuietRegionIsASpike() {
        double[] s = new double[13];
        s[12] = 5;
        SpikeDetector.Spike spike = SpikeDetector.test(s, 12, 12);
        assertThat(spike).isNotNull();
        assertThat(spike.expected()).isEqualTo(SpikeDetector.Settings.shipped().floor());
        assertThat(spike.severity()).isEqualTo("tinggi");
    }

    @Test
    void aSingleEventIsNoSpikeWhateverTheHistory() {
        double[] s = new double[13];
        s[12] = 1;
        assertThat(SpikeDetector.test(s, 12, 12)).isNull();
    }

    @Test
    void theSameMonthLastYearRaisesTheExpectation() {
        double[] s = {8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 7};
        assertThat(SpikeDetector.test(s, 12, 0)).isNotNull();
        assertThat(SpikeDetector.test(s, 12, 12)).isNull();
    }

    @Test
    void theUpperTailMatchesThePoissonDistribution() {
        assertThat(SpikeDetector.upperTail(0, 2)).isEqualTo(1);
        assertThat(SpikeDetector.upperTail(1, 2)).isCloseTo(1 - Math.exp(-2), within(1e-12));
        assertThat(SpikeDetector.upperTail(3, 0.2)).isCloseTo(0.0011485, within(1e-6));
    }

    @Test
    void theTailStaysExactWhereExpOfMinusMuUnderflows() {
        for (double mu : new double[] {800, 5000}) {
            int far = (int) (mu + 8 * Math.sqrt(mu));
            assertThat(SpikeDetector.upperTail(far, mu)).as("Poisson far above %s", mu).isPositive().isLessThan(1e-6);
            assertThat(SpikeDetector.upperTail((int) mu, mu)).as("Poisson at %s", mu).isBetween(0.45, 0.55);
            assertThat(SpikeDetector.upperTail(far, mu, 1e-4)).as("NB far above %s", mu).isPositive()
                    .isLessThan(1e-6);
            assertThat(SpikeDetector.upperTail((int) mu, mu, 0.05)).as("NB at %s", mu).isBetween(0.4, 0.55);
            assertThat(SpikeDetector.upperTail(2 * (int) mu, mu, 0.01)).as("NB doubled %s", mu).isLessThan(1e-6);
        }
        // P(X >= 1600), mu 800, by Stirling: log P(X = 1600) = 800 - 1600 ln 2 - ln(2 pi 1600) / 2 = -313.64, and the
        // tail sums a geometric series of ratio about 1/2, adding ln 2: -312.95
        assertThat(Math.log(SpikeDetector.upperTail(1600, 800))).isCloseTo(-312.95, within(0.05));
    }

    @Test
    void theNegativeBinomialTailMatchesItsDefinition() {
        // NB2 with mu 2, alpha 0.5 (size 2): P(X = x) = (x + 1) (1/2)^2 (1/2)^x, so P(X >= 3) = 1 - (1/4)(1 + 1 + 3/4)
        assertThat(SpikeDetector.upperTail(3, 2, 0.5)).isCloseTo(1 - 0.25 * (1 + 2 * 0.5 + 3 * 0.25), within(1e-12));
        assertThat(SpikeDetector.upperTail(5, 3, 0)).isCloseTo(SpikeDetector.upperTail(5, 3), within(1e-15));
        // a heavier tail than the Poisson of the same mean
        assertThat(SpikeDetector.upperTail(10, 3, 0.3)).isGreaterThan(SpikeDetector.upperTail(10, 3));
    }

    @Test
    void aBusySeriesAlertsOnADoublingAndNotOnItsUsualNoise() {
        double[] s = new double[25];
        for (int i = 0; i < 24; i++) {
            s[i] = 5000 + (i % 2 == 0 ? 300 : -300);
        }
        s[24] = 5400;
        assertThat(SpikeDetector.test(s, 24, 0)).isNull();
        s[24] = 10000;
        SpikeDetector.Spike spike = SpikeDetector.test(s, 24, 0);
        assertThat(spike).isNotNull();
        assertThat(spike.expected()).isCloseTo(5000, within(1e-9));
        assertThat(spike.severity()).isEqualTo("tinggi");
    }

    @Test
    void aNoisyQuietSeriesDoesNotAlertWhereAPoissonTestWould() {
        double[] s = {2, 9, 0, 6, 1, 12, 3, 0, 8, 2, 11, 4, 1, 7, 0, 10, 3, 5, 0, 9, 2, 6, 1, 8, 16};
        double mean = java.util.Arrays.stream(s, 0, 24).average().orElseThrow();
        assertThat(SpikeDetector.upperTail(16, mean)).as("plain Poisson").isLessThan(0.01);
        assertThat(SpikeDetector.test(s, 24, 0)).isNull();
    }

    @Test
    void aPastSpikeDoesNotRaiseTheBaseline() {
        double[] s = new double[25];
        java.util.Arrays.fill(s, 10);
        s[5] = 90;
        s[24] = 40;
        SpikeDetector.Spike spike = SpikeDetector.test(s, 24, 0);
        assertThat(spike).isNotNull();
        assertThat(spike.expected()).isCloseTo(10, within(1e-9));
    }

    @Test
    void theShippedMethodologyNamesItsVersionAndLevels() {
        SpikeDetector.Settings settings = SpikeDetector.Settings.shipped();
        assertThat(settings.reference()).isEqualTo("spike-test v1");
        assertThat(settings.levels()).extracting(SpikeDetector.Level::word).containsExactly("tinggi", "sedang", "rendah");
        assertThat(settings.alpha()).isEqualTo(0.01);
        assertThat(settings.level(5e-4)).isEqualTo("sedang");
    }
}
