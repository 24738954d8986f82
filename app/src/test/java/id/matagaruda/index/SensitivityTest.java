package id.matagaruda.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Monte Carlo rank intervals: degenerate without uncertainty, reproducible by seed, and the indices make sense. */
class SensitivityTest {

    private final IndexSpec spec = IndexFixtures.spec("""
            id: sens
            version: "1"
            aggregation: geometric
            children:
              - id: d1
                children:
                  - {id: a, normalisation: {method: goalpost, min: 0, max: 100}}
                  - {id: b, normalisation: {method: goalpost, min: 0, max: 100}}
              - id: d2
                children:
                  - {id: c, normalisation: {method: goalpost, min: 0, max: 100}}
            """);

    private List<Observation> data() {
        SplittableRandom random = new SplittableRandom(3);
        List<Observation> out = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            String kode = "32." + String.format("%02d", k);
            for (String leaf : List.of("a", "b", "c")) {
                out.add(new Observation(kode, 2024, leaf, 10 + 80 * random.nextDouble()));
            }
        }
        return out;
    }

    @Test
    void zeroNoiseAndOneAlternativeGiveZeroWidthIntervalsAtTheNominalRank() {
        SensitivityReport r = IndexEngine.sensitivity(spec, data(),
                new SensitivityOptions(200, 9, 0, List.of("spec"), List.of("spec")));
        assertThat(r.rows()).hasSize(20).allSatisfy(row -> {
            assertThat(row.peringkatP05()).isEqualTo(row.peringkatP95()).isEqualTo(row.peringkat());
            assertThat(row.peringkatMedian()).isEqualTo(row.peringkat());
        });
        assertThat(r.rows()).extracting(SensitivityReport.Row::peringkat).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(r.factors()).allSatisfy(f -> assertThat(f.indeksTotal()).isNull());
    }

    @Test
    void theSameSeedGivesIdenticalOutputAndAnotherSeedGenerallyDoesNot() {
        SensitivityReport first = IndexEngine.sensitivity(spec, data(), SensitivityOptions.defaults(300, 11));
        SensitivityReport again = IndexEngine.sensitivity(spec, data(), SensitivityOptions.defaults(300, 11));
        SensitivityReport other = IndexEngine.sensitivity(spec, data(), SensitivityOptions.defaults(300, 12));
        assertThat(again).isEqualTo(first);
        assertThat(other.rows()).isNotEqualTo(first.rows());
        assertThat(first.rows()).anySatisfy(row -> assertThat(row.peringkatP95()).isGreaterThan(row.peringkatP05()));
        assertThat(first.rows()).allSatisfy(row -> assertThat(row.peringkatP05())
                .isLessThanOrEqualTo(row.peringkatMedian()).isLessThanOrEqualTo(row.peringkatP95()));
    }

    @Test
    void onlyTheVaryingChoiceHasSensitivityAndItsTotalIndexIsAboutOne() {
        SensitivityReport r = IndexEngine.sensitivity(spec, data(),
                new SensitivityOptions(500, 5, 0, List.of("spec"), List.of("spec", "arithmetic", "harmonic")));
        assertThat(r.factors()).extracting(SensitivityReport.Factor::faktor).containsExactly("bobot", "normalisasi", "agregasi");
        assertThat(r.factors().get(0).indeksTotal()).isZero();
        assertThat(r.factors().get(1).indeksTotal()).isZero();
        assertThat(r.factors().get(2).indeksTotal()).isBetween(0.8, 1.2);
        assertThat(r.factors().get(2).indeksOrdePertama()).isBetween(0.8, 1.2);
    }

    @Test
    void badOptionsAreRejectedNamingTheOption() {
        id.matagaruda.shared.FileRejectedException e = org.assertj.core.api.Assertions.catchThrowableOfType(id.matagaruda.shared.FileRejectedException.class,
                () -> new SensitivityOptions(0, 1, 1.5, List.of("softmax"), List.of("median")));
        assertThat(e.problems()).extracting(id.matagaruda.shared.RowProblem::column)
                .containsExactly("runs", "noise", "normalisations", "aggregations");
    }
}
