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

    /** Issue 13: at least the peer's skill (scikit-learn L2 logistic regression, C=1: 0.22 on this split). */
    @Test
    void beatsTheBestBaselineByAtLeastThePeersSkill() {
        assertThat(backtest.beatsBestBaseline()).isTrue();
        assertThat(backtest.brierSkillVsBestBaseline()).isGreaterThanOrEqualTo(0.22);
    }

    @Test
    void choosesTheModelByCrossValidationInsideTheTrainingYearsOnly() {
        assertThat(backtest.cvFolds()).isNotEmpty().allSatisfy(f -> assertThat(Integer.parseInt(f)).isLessThanOrEqualTo(2012));
        assertThat(backtest.cvFolds()).containsExactly("2006", "2007", "2008", "2009", "2010", "2011", "2012");
        assertThat(Integer.parseInt(backtest.cvFrom())).isLessThan(2006);
        assertThat(backtest.cv()).extracting(CvScore::model).contains("logistic", "xgboost");
        assertThat(backtest.cv()).extracting(CvScore::calibration).contains("platt", "isotonic");
        CvScore best = backtest.cv().stream().min(java.util.Comparator.comparingDouble(CvScore::brier)).orElseThrow();
        assertThat(backtest.selectedModel()).isEqualTo(best.model());
        assertThat(backtest.calibrationMethod()).isEqualTo(best.calibration());
        assertThat(backtest.chosenSetting()).isEqualTo(best.model() + " " + best.setting());
        // the selection cannot move when only test-year outcomes change: the CV scores are the same on data cut at 2012
        List<ConflictEvent> upTo2012 = events.stream().filter(e -> e.tanggal().compareTo("2013") < 0).toList();
        RiskSettings cut = RiskSettings.parse("provinsi", "year", "2012", 1, null, null);
        assertThat(trainingCv(upTo2012, cut)).isEqualTo(backtest.cv());
    }

    /** The CV scores of a backtest on data that ends with the training years (a year of data added to test on). */
    private static List<CvScore> trainingCv(List<ConflictEvent> upTo2012, RiskSettings s) {
        List<ConflictEvent> withQuiet2013 = new java.util.ArrayList<>(upTo2012);
        // one test year is needed for a backtest to run; an event in a region never seen before leaves training alone
        withQuiet2013.add(new ConflictEvent(0, "2013", "Bali province", null, null, null, 0, null, null));
        return RiskEngine.backtest(withQuiet2013, s).cv();
    }

    @Test
    void reportsCalibrationAndEveryCandidatesCrossValidationScore() {
        Map<String, Object> m = backtest.toMetrics();
        assertThat(m).containsKeys("calibration", "calibration_method", "cv", "candidates", "selected_model");
        @SuppressWarnings("unchecked")
        Map<String, Object> cv = (Map<String, Object>) m.get("cv");
        assertThat(cv).containsKeys("folds", "out_of_fold_from", "chosen", "candidates");
        assertThat((List<?>) cv.get("candidates")).hasSize(backtest.cv().size());
        assertThat(m.get("calibration_method")).isIn("platt", "isotonic");
    }

    @Test
    void statesTheSkillInOnePlainSentenceInBothLanguages() {
        String id = SkillSentence.indonesian(backtest);
        String en = SkillSentence.english(backtest);
        long percent = Math.round(100 * backtest.brierSkillVsBestBaseline());
        assertThat(id).startsWith("Ramalan ini " + percent + "% lebih tepat daripada").endsWith("diuji pada 2013-2023.");
        assertThat(en).startsWith("This forecast is " + percent + "% more accurate than").endsWith("tested on 2013-2023.");
        for (String s : List.of(id, en)) {
            assertThat(s.toLowerCase(java.util.Locale.ROOT)).doesNotContain("brier", "auc", "xgboost", "logistic");
        }
    }

    @Test
    void twoRunsWithTheSameSeedAreEqual() {
        Backtest again = RiskEngine.backtest(events, settings());
        assertThat(again.toMetrics()).isEqualTo(backtest.toMetrics());
        assertThat(again.candidates()).isEqualTo(backtest.candidates());
    }
}
