package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The province-year path on the real UCDP GED events shipped with the module (1989-2023): trained until 2012, tested on
 * 2013-2023 one year ahead. Figures are printed for the release note; the assertions hold the contract and honesty.
 */
class UcdpBacktestTest {

    private static List<ConflictEvent> events;
    private static Backtest backtest;

    @BeforeAll
    static void run() {
        events = EventFiles.ucdp();
        backtest = RiskEngine.backtest(events, settings());
        System.out.println("UCDP province-year backtest: "
                + JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(backtest.toMetrics()));
    }

    private static RiskSettings settings() {
        return RiskSettings.parse("provinsi", "year", "2012", 1, null, null);
    }

    @Test
    void readsEveryUcdpRowThroughItsHxlTags() {
        assertThat(events.size()).isEqualTo(1886);
        assertThat(events.get(0).tanggal()).isEqualTo("1989");
        assertThat(events.get(0).wilayah()).isEqualTo("Irian Jaya province");
        assertThat(events).allSatisfy(e -> assertThat(e.korban()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void testsEveryYearAfterTheTrainingEnd() {
        assertThat(backtest.testPeriods()).containsExactly("2013", "2014", "2015", "2016", "2017", "2018", "2019",
                "2020", "2021", "2022", "2023");
        assertThat(backtest.testRows()).isEqualTo(11 * 38);
    }

    /** Depends on the final geoparser: historical and English names resolve, Timor Timur is outside. */
    @Test
    void countsTimorTimurAsOutsideAndOnlyEmptyNamesAsUnresolved() {
        EventCounts c = backtest.events();
        assertThat(c.outsideIndonesia()).isEqualTo(296);
        assertThat(c.unresolved()).isEqualTo(7);
        assertThat(c.unresolvedNames()).containsExactly("(kosong) (7)");
        assertThat(c.used()).isEqualTo(1886 - 296 - 7);
    }

    @Test
    void reportsEveryScoreOfModelAndBaselines() {
        Map<String, Object> m = backtest.toMetrics();
        assertThat(m).containsKeys("model", "baselines", "brier_skill_vs_best_baseline", "test_periods", "events");
        @SuppressWarnings("unchecked")
        Map<String, Object> baselines = (Map<String, Object>) m.get("baselines");
        assertThat(baselines).containsOnlyKeys("zero", "persistence", "historical_rate");
        assertThat(backtest.model().brier()).isBetween(0.0, 1.0);
        assertThat(backtest.model().rocAuc()).isBetween(0.0, 1.0);
        assertThat(backtest.baselines().get("zero").rocAuc()).isEqualTo(0.5);
        // the zero forecast's Brier score is the share of province-years with an event
        assertThat(backtest.baselines().get("zero").brier()).isEqualTo(backtest.testEventRate());
    }

    @Test
    void fallsBackToTheBestBaselineExactlyWhenTheModelDoesNotBeatIt() {
        double best = backtest.baselines().get(backtest.bestBaseline()).brier();
        assertThat(backtest.beatsBestBaseline()).isEqualTo(backtest.model().brier() < best);
        assertThat(backtest.used()).isEqualTo(backtest.beatsBestBaseline() ? backtest.selectedModel()
                : backtest.bestBaseline());
        assertThat(backtest.brierSkillVsBestBaseline()).isEqualTo(1 - backtest.model().brier() / best);
    }

    @Test
    void twoRunsWithTheSameSeedAreEqual() {
        Backtest again = RiskEngine.backtest(events, settings());
        assertThat(again.toMetrics()).isEqualTo(backtest.toMetrics());
        assertThat(again.candidates()).isEqualTo(backtest.candidates());
    }
}
