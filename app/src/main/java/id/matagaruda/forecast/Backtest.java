package id.matagaruda.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rolling-origin evaluation on held-out periods: the selected model's scores, both candidate models', the three
 * baselines', the Brier skill score against the best baseline, and what the forecast therefore uses: the model when it
 * beat the best baseline, else that baseline ({@code fallback}).
 *
 * @param selectedModel     "logistic" or "xgboost", chosen by rolling-origin cross-validation inside the training
 *                          periods only
 * @param used              what the forecasts use: the selected model, or the best baseline's name
 * @param calibrationMethod "platt" or "isotonic": how the chosen model's probabilities are calibrated
 * @param chosenSetting     the chosen candidate, e.g. "logistic C=1"
 * @param cvFolds           the validation folds (all inside the training periods)
 * @param cvFrom            the first period with an out-of-fold prediction (calibrators learn from there on)
 * @param cv                every candidate's cross-validation score
 */
public record Backtest(
        RiskSettings settings,
        String trainUntil,
        List<String> testPeriods,
        String selectedModel,
        String selectionNote,
        Scores model,
        Map<String, Scores> candidates,
        Map<String, Scores> baselines,
        String bestBaseline,
        double brierSkillVsBestBaseline,
        boolean beatsBestBaseline,
        String used,
        List<CalibrationBin> calibration,
        CountScores counts,
        EventCounts events,
        int testRows,
        double testEventRate,
        List<String> features,
        String calibrationMethod,
        String chosenSetting,
        List<String> cvFolds,
        String cvFrom,
        List<CvScore> cv) {

    public static final List<String> BASELINES = List.of("zero", "persistence", "historical_rate");

    public boolean fallback() {
        return !beatsBestBaseline;
    }

    /** The METRICS.json document of {@code ./matagaruda risk backtest}; undefined figures (NaN) become null. */
    public Map<String, Object> toMetrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", scores(model, selectedModel));
        Map<String, Object> b = new LinkedHashMap<>();
        baselines.forEach((k, v) -> b.put(k, scores(v, null)));
        m.put("baselines", b);
        m.put("brier_skill_vs_best_baseline", num(brierSkillVsBestBaseline));
        m.put("test_periods", testPeriods);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("used", events.used());
        e.put("outside_indonesia", events.outsideIndonesia());
        e.put("unresolved", events.unresolved());
        e.put("unresolved_names", events.unresolvedNames());
        e.put("province_only", events.provinceOnly());
        e.put("too_coarse_date", events.tooCoarse());
        e.put("other_category", events.otherCategory());
        m.put("events", e);
        m.put("best_baseline", bestBaseline);
        m.put("beats_best_baseline", beatsBestBaseline);
        m.put("forecast_uses", used);
        m.put("selected_model", selectedModel);
        m.put("selection", selectionNote);
        Map<String, Object> c = new LinkedHashMap<>();
        candidates.forEach((k, v) -> c.put(k, scores(v, null)));
        m.put("candidates", c);
        List<Map<String, Object>> cal = new ArrayList<>();
        for (CalibrationBin bin : calibration) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from", bin.from());
            row.put("to", bin.to());
            row.put("n", bin.n());
            row.put("mean_probability", num(bin.meanProbability()));
            row.put("observed_rate", num(bin.observedRate()));
            cal.add(row);
        }
        m.put("calibration", cal);
        m.put("calibration_method", calibrationMethod);
        Map<String, Object> cvDoc = new LinkedHashMap<>();
        cvDoc.put("folds", cvFolds);
        cvDoc.put("out_of_fold_from", cvFrom);
        cvDoc.put("chosen", chosenSetting + " + " + calibrationMethod);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CvScore s : cv) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", s.model());
            row.put("setting", s.setting());
            row.put("calibration", s.calibration());
            row.put("brier", num(s.brier()));
            row.put("brier_uncalibrated", num(s.brierUncalibrated()));
            rows.add(row);
        }
        cvDoc.put("candidates", rows);
        m.put("cv", cvDoc);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("poisson_mae", num(this.counts.modelMae()));
        counts.put("historical_mean_mae", num(this.counts.historicalMeanMae()));
        m.put("expected_counts", counts);
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("level", settings.level().code());
        setup.put("period", settings.period().code());
        setup.put("train_until", trainUntil);
        setup.put("horizon", settings.horizon());
        setup.put("categories", List.copyOf(settings.categories()));
        setup.put("seed", settings.seed());
        setup.put("test_rows", testRows);
        setup.put("test_event_rate", num(testEventRate));
        setup.put("features", features);
        m.put("setup", setup);
        return m;
    }

    private static Map<String, Object> scores(Scores s, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (name != null) {
            m.put("name", name);
        }
        m.put("brier", num(s.brier()));
        m.put("log_loss", num(s.logLoss()));
        m.put("roc_auc", num(s.rocAuc()));
        m.put("pr_auc", num(s.prAuc()));
        return m;
    }

    private static Object num(double v) {
        return Double.isFinite(v) ? Math.round(v * 1e6) / 1e6 : null;
    }
}
