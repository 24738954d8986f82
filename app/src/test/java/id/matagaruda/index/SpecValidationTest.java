package id.matagaruda.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** A methodology file with a broken rule is refused with the line and the path of every problem. */
class SpecValidationTest {

    private static InvalidSpecException refused(String yaml) {
        return catchThrowableOfType(InvalidSpecException.class, () -> IndexFixtures.spec(yaml));
    }

    @Test
    void weightsDeclaredToSumTo100ThatDoNotAreRefusedNamingThePath() {
        InvalidSpecException e = refused("""
                id: ihai
                version: "1"
                weights: {method: explicit, sum: 100}
                children:
                  - {id: X1, weight: 15.05}
                  - {id: X2, weight: 14.95}
                  - {id: X3, weight: 60}
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("ihai.weights.sum");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.problem()).contains("90", "100");
        });
    }

    @Test
    void weightsDeclaredToSumToOneAreCheckedTooAndMissingWeightsNamed() {
        InvalidSpecException e = refused("""
                id: x
                version: "1"
                children:
                  - id: d
                    weights: {method: explicit, sum: 1}
                    children:
                      - {id: a, weight: 0.5}
                      - {id: b}
                """);
        assertThat(e.problems()).extracting(SpecProblem::path).containsExactlyInAnyOrder("x/d/b.weight", "x/d.weights.sum");
    }

    @Test
    void unknownNormalisationIsRefusedWithItsLine() {
        InvalidSpecException e = refused("""
                id: x
                version: "1"
                children:
                  - id: a
                    normalisation: {method: softmax}
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("x/a.normalisation.method");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.problem()).contains("softmax", "tidak dikenal");
        });
    }

    @Test
    void duplicateIdIsRefusedNamingBothLines() {
        InvalidSpecException e = refused("""
                id: x
                version: "1"
                children:
                  - id: a
                  - id: b
                    children:
                      - id: a
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("x/b/a");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.problem()).contains("ganda", "baris 4");
        });
    }

    @Test
    void aCycleThroughAYamlAliasIsRefused() {
        InvalidSpecException e = refused("""
                id: x
                version: "1"
                children:
                  - &loop
                    id: a
                    children:
                      - *loop
                """);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("x/a.children[0]");
            assertThat(p.problem()).contains("siklus");
        });
    }

    @Test
    void unknownKeysNegativePolarityWithoutBoundsAndBadRangesAreAllReportedAtOnce() {
        InvalidSpecException e = refused("""
                id: x
                version: "1"
                aggregation: geometric
                children:
                  - {id: a, polarity: negatif}
                  - {id: b, normalisation: zscore}
                  - {id: c, impossible: [10, 1], wieght: 3}
                """);
        assertThat(e.problems()).extracting(SpecProblem::path)
                .containsExactlyInAnyOrder("x/a.polarity", "x/b.normalisation", "x.children[2].wieght", "x/c.impossible");
    }

    @Test
    void aSpecWithoutVersionOrTreeIsRefused() {
        assertThat(refused("id: x\n").problems()).extracting(SpecProblem::problem)
                .anyMatch(m -> m.contains("versi")).anyMatch(m -> m.contains("children"));
    }
}
