package id.matagaruda.index.internal;

import id.matagaruda.index.IndexResult;
import id.matagaruda.index.IndexSpec;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the nominal evaluation into result rows that carry their inputs, imputations and, when empty, the reason. */
public final class Provenance {

    private Provenance() {}

    public static List<IndexResult> results(Dataset data) {
        IndexSpec spec = data.spec;
        TreeEvaluator evaluator = new TreeEvaluator(data);
        boolean[][] siblingImputed = new boolean[data.leaves.size()][data.units()];
        double[] value = evaluator.evaluate(TreeEvaluator.Choice.NOMINAL, siblingImputed);
        List<IndexResult> out = new ArrayList<>();
        for (int u = 0; u < data.units(); u++) {
            Map<String, Double> inputs = new LinkedHashMap<>();
            List<String> imputed = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int l = 0; l < data.leaves.size(); l++) {
                String id = data.leaves.get(l).id();
                double raw = data.raw[l][u];
                if (!Double.isNaN(raw)) {
                    inputs.put(id, raw);
                }
                if (data.carriedFrom[l][u] != 0) {
                    imputed.add(id + " (nilai terakhir " + data.carriedFrom[l][u] + ")");
                } else if (siblingImputed[l][u]) {
                    imputed.add(id + " (rerata indikator saudara)");
                } else if (Double.isNaN(raw)) {
                    missing.add(id);
                }
            }
            BigDecimal nilai = null;
            String kategori = null;
            String alasan = null;
            if (Double.isNaN(value[u]) || Double.isInfinite(value[u])) {
                alasan = !missing.isEmpty()
                        ? "masukan tidak ada dan tidak diimputasi: " + String.join(", ", missing)
                        : "nilai tidak dapat dihitung: masukan di luar domain normalisasi atau agregasi";
            } else {
                nilai = round(value[u], spec.decimals());
                kategori = spec.category(Dataset.levelCode(data.region[u]), nilai.doubleValue()).orElse(null);
            }
            out.add(new IndexResult(data.region[u], data.year[u], spec.id(), nilai, kategori, spec.ref(), alasan,
                    List.copyOf(imputed), inputs, "masukan"));
        }
        return out;
    }

    /**
     * Half-up on the decimal the user reads, as BPS publishes. The double is first cut to 12 significant digits: binary
     * floating point leaves noise around 1e-15 that depends on the order of the summands, and that noise must not decide
     * whether 73.825 becomes 73.83 or 73.82 (the mean of published two-decimal scores often lands exactly on a half).
     */
    public static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).round(SIGNIFICANT).setScale(decimals, RoundingMode.HALF_UP);
    }

    private static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);
}
