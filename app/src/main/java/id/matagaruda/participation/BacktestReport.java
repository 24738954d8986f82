package id.matagaruda.participation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cross-validated skill of the turnout model against the baselines, on the rows that passed the quality checks.
 * K-fold: regions dealt to K folds with the seed; model and baselines see only the training folds. Grouped: one province
 * held out at a time, against the national mean (a province mean does not exist for an unseen province).
 */
public record BacktestReport(
        String method,
        long seed,
        int folds,
        boolean includeFlagged,
        double nominalCoverage,
        Skill model,
        double intervalCoverage,
        double meanIntervalWidth,
        Skill nationalMean,
        Skill provinceMean,
        Skill groupedModel,
        Skill groupedNationalMean,
        int groupedProvinces,
        int total,
        int used,
        List<QualityFlag> flags) {

    /** Mean absolute and root mean squared error in percentage points, over n rows. */
    public record Skill(double mae, double rmse, int n) {}

    public boolean modelBeatsProvinceMean() {
        return model.mae() < provinceMean.mae();
    }

    /** The JSON of {@code turnout backtest}: the fixed keys first, then the grouped figures and the method. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mae", round(model.mae()));
        m.put("rmse", round(model.rmse()));
        m.put("interval_coverage", round(intervalCoverage));
        m.put("interval_nominal", nominalCoverage);
        m.put("interval_mean_width", round(meanIntervalWidth));
        out.put("model", m);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("national_mean", errors(nationalMean));
        b.put("province_mean", errors(provinceMean));
        out.put("baselines", b);
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("used", used);
        rows.put("flagged", flags.size());
        rows.put("total", total);
        out.put("rows", rows);
        out.put("flagged", flags.stream().map(f -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kode_wilayah", f.kodeWilayah());
            x.put("reason", f.reason());
            x.put("rule", f.rule());
            x.put("pemilihan", f.pemilihan());
            x.put("baris", f.line());
            if (f.reference() != null) {
                x.put("reference", reference(f.reference()));
            }
            return x;
        }).toList());
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("provinces", groupedProvinces);
        g.put("model", errors(groupedModel));
        g.put("national_mean", errors(groupedNationalMean));
        out.put("grouped_cv", g);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("name", method);
        meta.put("seed", seed);
        meta.put("folds", folds);
        meta.put("include_flagged", includeFlagged);
        meta.put("quality_rules", TurnoutQuality.Settings.shipped().reference());
        out.put("method", meta);
        return out;
    }

    /** The reference values a flag was judged against, without the fields its rule does not use. */
    private static Map<String, Object> reference(QualityFlag.Reference r) {
        Map<String, Object> m = new LinkedHashMap<>();
        putIfSet(m, "value", r.value());
        putIfSet(m, "group", r.group());
        putIfSet(m, "group_name", r.groupName());
        putIfSet(m, "median", r.median());
        putIfSet(m, "scale", r.scale());
        putIfSet(m, "peers", r.peers());
        putIfSet(m, "z", r.z());
        putIfSet(m, "threshold", r.threshold());
        putIfSet(m, "note", r.note());
        putIfSet(m, "methodology", r.methodology());
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static Map<String, Object> errors(Skill s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mae", round(s.mae()));
        m.put("rmse", round(s.rmse()));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
