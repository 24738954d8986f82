package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.forecast.RiskSettings.Granularity;
import id.matagaruda.forecast.RiskSettings.Level;
import id.matagaruda.forecast.internal.EventPlacement;
import id.matagaruda.forecast.internal.Features;
import id.matagaruda.forecast.internal.Panel;
import id.matagaruda.forecast.internal.Periods;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Features at origin t read nothing at or after t: changing, removing or multiplying the future leaves them as they were. */
class NoLeakageTest {

    private static List<ConflictEvent> synthetic() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<ConflictEvent> out = new ArrayList<>();
        String[] regions = {"32.73", "32.04", "32.77", "33.74", "35.78", "11.71", "11.05", "53.71"};
        String[] cats = {"demo", "bentrok", "teror"};
        for (int m = 0; m < 60; m++) {
            for (String r : regions) {
                int n = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(3) : 0;
                for (int k = 0; k < n; k++) {
                    out.add(new ConflictEvent(0, Periods.label(2019 * 12 + m, Granularity.MONTH) + "-15", r, null, null,
                            cats[rnd.nextInt(3)], rnd.nextInt(3), null, null));
                }
            }
        }
        return out;
    }

    @Test
    void featuresAtAnOriginIgnoreEverythingFromThatPeriodOn() {
        EventPlacement.Result placed = EventPlacement.place(synthetic(), Level.KABKOTA, Granularity.MONTH, Set.of());
        Panel panel = Panel.build(placed.placed(), Level.KABKOTA, Granularity.MONTH, null, null);
        int t = 2021 * 12 + 6;
        Features original = new Features(panel, 2, List.of("demo", "bentrok"));
        List<Panel> futures = List.of(panel.withFuture(t, c -> 0), panel.withFuture(t, c -> c * 7 + 3),
                panel.withFuture(t, c -> c == 0 ? 5 : 0));
        double[] expected = new double[original.width()];
        double[] actual = new double[original.width()];
        for (Panel changed : futures) {
            Features f = new Features(changed, 2, List.of("demo", "bentrok"));
            for (int i = 0; i < panel.regions(); i++) {
                original.row(i, t, expected, 0);
                f.row(i, t, actual, 0);
                assertThat(actual).as("region %s", panel.codes().get(i)).containsExactly(expected);
            }
        }
        // and the check can fail: a change one period before the origin does move the features
        Panel earlier = panel.withFuture(t - 1, c -> c + 1);
        Features f = new Features(earlier, 2, List.of("demo", "bentrok"));
        int i = panel.codes().indexOf("32.73");
        original.row(i, t, expected, 0);
        f.row(i, t, actual, 0);
        assertThat(actual).isNotEqualTo(expected);
    }

    @Test
    void theKabkotaMonthPathTestsEveryMonthAfterTheTrainingEnd() {
        List<ConflictEvent> events = synthetic();
        RiskSettings s = RiskSettings.parse("kabkota", "month", "2021-06", 1, null, null);
        Backtest full = RiskEngine.backtest(events, s);
        assertThat(full.testPeriods()).startsWith("2021-07").endsWith("2023-12");
        assertThat(full.events().used()).isEqualTo(events.size());
    }

    @Test
    void quietMonthsAfterTheLastEventCountAsObservedZeros() {
        List<ConflictEvent> events = synthetic();
        RiskSettings s = RiskSettings.parse("kabkota", "month", "2021-06", 1, null, null);
        RiskForecast right = RiskEngine.forecast(events, s);
        RiskForecast later = RiskEngine.forecast(events, s, "2024-06");
        assertThat(right.periode()).isEqualTo("2024-01");
        assertThat(later.periode()).isEqualTo("2024-07");
        assertThat(later.backtest().testPeriods()).endsWith("2024-06");
        assertThat(later.regions()).hasSize(514);
        // six quiet months lower every active region's risk
        for (String kode : List.of("32.73", "11.71")) {
            double before = right.regions().stream().filter(r -> r.kodeWilayah().equals(kode)).findFirst().orElseThrow()
                    .probabilitas();
            double after = later.regions().stream().filter(r -> r.kodeWilayah().equals(kode)).findFirst().orElseThrow()
                    .probabilitas();
            assertThat(after).as(kode).isLessThan(before);
        }
    }
}
