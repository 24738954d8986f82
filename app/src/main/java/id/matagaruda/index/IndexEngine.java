package id.matagaruda.index;

import id.matagaruda.index.internal.Dataset;
import id.matagaruda.index.internal.MonteCarlo;
import id.matagaruda.index.internal.Provenance;
import id.matagaruda.index.internal.RollupCalculator;
import id.matagaruda.index.internal.StatisticalAudit;
import id.matagaruda.index.internal.TreeEvaluator;
import id.matagaruda.region.ReferenceRegions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index engine's use cases on validated observations: compute (with optional roll-up to province and nation),
 * the Monte Carlo rank uncertainty, and the statistical audit. Pure functions of the spec and the inputs (and the
 * population shipped in the jar for roll-up), used alike by the CLI, which works on files alone, and the REST API.
 */
public final class IndexEngine {

    private IndexEngine() {}

    /** One row per region and year in the input, plus roll-up rows when asked, ordered by region code then year. */
    public static List<IndexResult> compute(IndexSpec spec, List<Observation> observations, boolean rollup) {
        List<IndexResult> rows = new ArrayList<>(Provenance.results(Dataset.of(spec, observations)));
        if (rollup) {
            rows.addAll(new RollupCalculator(spec, ReferenceRegions.shipped()).rollUp(rows));
        }
        rows.sort(Comparator.comparing(IndexResult::kodeWilayah).thenComparingInt(IndexResult::tahun));
        return rows;
    }

    public static SensitivityReport sensitivity(IndexSpec spec, List<Observation> observations, SensitivityOptions options) {
        return new MonteCarlo(Dataset.of(spec, observations), options).run();
    }

    public static AuditReport audit(IndexSpec spec, List<Observation> observations) {
        return StatisticalAudit.of(Dataset.of(spec, observations));
    }

    /**
     * The weight each node has within its parent, summing to one per parent, as the spec declares them (PCA weights
     * depend on data and are shown as equal until computed on inputs).
     */
    public static Map<String, Double> declaredWeights(IndexSpec spec) {
        Map<String, Double> out = new LinkedHashMap<>();
        TreeEvaluator evaluator = new TreeEvaluator(Dataset.of(spec, List.of()));
        spec.root().walk(n -> {
            if (!n.isLeaf()) {
                double[] w = evaluator.nominalWeights(n);
                for (int i = 0; i < w.length; i++) {
                    out.put(n.children().get(i).id(), w[i]);
                }
            }
        });
        return out;
    }
}
