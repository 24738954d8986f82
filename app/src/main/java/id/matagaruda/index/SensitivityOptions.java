package id.matagaruda.index;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * One Monte Carlo uncertainty analysis: how many runs, the seed (the same seed gives the same output), the multiplicative
 * weight noise (each weight times a uniform factor in [1 - noise, 1 + noise]) and the alternative normalisations and
 * aggregations drawn with equal probability; "spec" stands for what the methodology itself says. Bad options are
 * rejected like a bad input file, with row 0 and the option as the column.
 */
public record SensitivityOptions(int runs, long seed, double weightNoise, List<String> normalisations,
        List<String> aggregations) {

    public static final int MAX_RUNS = 100_000;
    public static final String SPEC = "spec";

    public static SensitivityOptions defaults(int runs, long seed) {
        return new SensitivityOptions(runs, seed, 0.2, List.of(SPEC, "minmax", "rank"), List.of(SPEC, "arithmetic", "geometric"));
    }

    public SensitivityOptions {
        List<RowProblem> problems = new ArrayList<>();
        if (runs < 1 || runs > MAX_RUNS) {
            problems.add(RowProblem.of(0, "runs", "index.sensitivity.runs", MAX_RUNS));
        }
        if (!(weightNoise >= 0 && weightNoise < 1)) {
            problems.add(RowProblem.of(0, "noise", "index.sensitivity.noise"));
        }
        normalisations = normalisations == null || normalisations.isEmpty() ? List.of(SPEC) : List.copyOf(normalisations);
        aggregations = aggregations == null || aggregations.isEmpty() ? List.of(SPEC) : List.copyOf(aggregations);
        for (String n : normalisations) {
            if (!n.equals(SPEC) && !List.of("minmax", "rank").contains(n)) {
                problems.add(RowProblem.of(0, "normalisations", "index.sensitivity.normalisation", n));
            }
        }
        for (String a : aggregations) {
            if (!a.equals(SPEC) && Aggregation.fromCode(a).isEmpty()) {
                problems.add(RowProblem.of(0, "aggregations", "index.sensitivity.aggregation", a));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(IndexInputs.SUBJECT, problems);
        }
    }

    /** The normalisation alternatives as overrides; null is the spec's own. */
    public List<Normalisation.Method> normalisationChoices() {
        return normalisations.stream().map(n -> n.equals(SPEC) ? null : Normalisation.Method.fromCode(n).orElseThrow())
                .toList();
    }

    public List<Aggregation> aggregationChoices() {
        return aggregations.stream().map(a -> a.equals(SPEC) ? null : Aggregation.fromCode(a).orElseThrow()).toList();
    }
}
