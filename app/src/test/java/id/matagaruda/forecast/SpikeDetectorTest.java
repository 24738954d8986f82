package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.matagaruda.forecast.internal.SpikeDetector;
import org.junit.jupiter.api.Test;

/** Spikes against the trailing window: quiet series, first events, seasonal peaks. */
class SpikeDetectorTest {

    @Test
    void aBurstInAQuietRegionIsASpike() {
        double[] s = new double[13];
        s[12] = 5;
        SpikeDetector.Spike spike = SpikeDetector.test(s, 12, 12);
        assertThat(spike).isNotNull();
        assertThat(spike.expected()).isEqualTo(SpikeDetector.FLOOR);
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
}
