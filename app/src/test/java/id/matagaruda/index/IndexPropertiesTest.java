package id.matagaruda.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Rules that hold for every input: monotone in each indicator by its polarity; order of indicators is irrelevant. */
class IndexPropertiesTest {

    private static final String MIXED = """
            id: mixed
            version: "1"
            decimals: 6
            aggregation: geometric
            children:
              - id: d1
                aggregation: arithmetic
                weights: {method: explicit, sum: 1}
                children:
                  - {id: p1, weight: 0.7, polarity: positif, normalisation: {method: goalpost, min: 0, max: 100, cap: true}}
                  - {id: n1, weight: 0.3, polarity: negatif, normalisation: {method: goalpost, min: 0, max: 100, cap: true}}
              - id: d2
                aggregation: harmonic
                children:
                  - {id: p2, polarity: positif, normalisation: {method: log_goalpost, min: 1, max: 1000, cap: true}}
                  - {id: n2, polarity: negatif, normalisation: {method: target, target: 20}}
            """;

    private final IndexSpec mixed = IndexFixtures.spec(MIXED);

    private double value(double p1, double n1, double p2, double n2) {
        List<Observation> in = List.of(new Observation("32.73", 2024, "p1", p1), new Observation("32.73", 2024, "n1", n1),
                new Observation("32.73", 2024, "p2", p2), new Observation("32.73", 2024, "n2", n2));
        return IndexEngine.compute(mixed, in, false).get(0).nilai().doubleValue();
    }

    @Property
    void raisingAPositiveInputNeverLowersTheIndex(@ForAll @DoubleRange(min = 0, max = 120) double p1,
            @ForAll @DoubleRange(min = 0, max = 100) double n1, @ForAll @DoubleRange(min = 1, max = 2000) double p2,
            @ForAll @DoubleRange(min = 1, max = 100) double n2, @ForAll @DoubleRange(min = 0, max = 50) double raise) {
        double before = value(p1, n1, p2, n2);
        assertThat(value(p1 + raise, n1, p2, n2)).isGreaterThanOrEqualTo(before);
        assertThat(value(p1, n1, p2 + raise, n2)).isGreaterThanOrEqualTo(before);
    }

    @Property
    void raisingANegativeInputNeverRaisesTheIndex(@ForAll @DoubleRange(min = 0, max = 100) double p1,
            @ForAll @DoubleRange(min = 0, max = 120) double n1, @ForAll @DoubleRange(min = 1, max = 2000) double p2,
            @ForAll @DoubleRange(min = 1, max = 100) double n2, @ForAll @DoubleRange(min = 0, max = 50) double raise) {
        double before = value(p1, n1, p2, n2);
        assertThat(value(p1, n1 + raise, p2, n2)).isLessThanOrEqualTo(before);
        assertThat(value(p1, n1, p2, n2 + raise)).isLessThanOrEqualTo(before);
    }

    @Property
    void equalWeightArithmeticMeanIgnoresTheOrderOfIndicators(@ForAll("scores") List<Double> scores,
            @ForAll @IntRange(min = 1, max = 1000) int shuffleSeed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(shuffleSeed));
        assertThat(equalMean(order, scores)).isEqualByComparingTo(equalMean(order.stream().sorted().toList(), scores));
    }

    @Provide
    Arbitrary<List<Double>> scores() {
        return Arbitraries.doubles().between(0, 100).ofScale(2).list().ofMinSize(2).ofMaxSize(12);
    }

    private static java.math.BigDecimal equalMean(List<Integer> order, List<Double> scores) {
        StringBuilder yaml = new StringBuilder("id: eq\nversion: \"1\"\ndecimals: 2\nchildren:\n");
        order.forEach(i -> yaml.append("  - {id: i").append(i).append("}\n"));
        IndexSpec spec = IndexFixtures.spec(yaml.toString());
        List<Observation> in = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            in.add(new Observation("00", 2024, "i" + i, scores.get(i)));
        }
        return IndexEngine.compute(spec, in, false).get(0).nilai();
    }
}
