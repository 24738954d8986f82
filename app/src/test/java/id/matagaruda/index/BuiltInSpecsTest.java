package id.matagaruda.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in methodologies: official figures reproduced, structure as published, provisional parts marked. */
class BuiltInSpecsTest {

    private static IndexSpec spec(String id) {
        return IndexSpecs.builtIn(id).orElseThrow();
    }

    @Test
    void ikub2019NationalIsTheMeanOfItsThreeDimensions() throws Exception {
        IndexSpec ikub = spec("ikub");
        List<IndexResult> rows = IndexEngine.compute(ikub, IndexFixtures.read(ikub, """
                kode_wilayah,tahun,indikator,nilai
                00,2019,TOLERANSI,72.37
                00,2019,KESETARAAN,73.72
                00,2019,KERJASAMA,75.40
                """), false);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.nilai()).isEqualByComparingTo("73.83");
            assertThat(r.spesifikasi()).isEqualTo("ikub@2019");
        });
    }

    @Test
    void ihaiIsTheSumOfVariablesTimesThePublishedPercentWeights() throws Exception {
        IndexSpec ihai = spec("ihai");
        double[] weights = {15.05, 14.95, 7.88, 7.54, 7.58, 11.00, 11.00, 8.56, 8.15, 8.29};
        double[] scores = {80, 70, 60, 90, 50, 75, 65, 85, 55, 95};
        StringBuilder csv = new StringBuilder("kode_wilayah,tahun,indikator,nilai\n");
        double expected = 0;
        for (int i = 0; i < 10; i++) {
            csv.append("32.73,2024,X").append(i + 1).append(',').append(scores[i]).append('\n');
            expected += weights[i] * scores[i] / 100;
        }
        IndexResult r = IndexEngine.compute(ihai, IndexFixtures.read(ihai, csv.toString()), false).get(0);
        assertThat(expected).isCloseTo(72.843, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.nilai()).isEqualByComparingTo("72.84");
        assertThat(ihai.provisional()).isFalse();
        assertThat(IndexEngine.declaredWeights(ihai).get("X1")).isCloseTo(0.1505, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void idiHasThreeAspectsOfSevenSevenAndEightWithProvisionalWeightsAndItsBands() {
        IndexSpec idi = spec("idi");
        assertThat(idi.provisional()).isTrue();
        assertThat(idi.root().children()).extracting(SpecNode::id).containsExactly("kebebasan", "kesetaraan", "kapasitas");
        assertThat(idi.root().children()).extracting(n -> n.children().size()).containsExactly(7, 7, 8);
        assertThat(idi.category("nasional", 80.00)).contains("Sedang");
        assertThat(idi.category("nasional", 80.01)).contains("Baik");
        assertThat(idi.category("nasional", 60.00)).contains("Sedang");
        assertThat(idi.category("nasional", 59.99)).contains("Buruk");
    }

    @Test
    void ikpHasFourDimensionsTwelveSubdimensionsAndBandsThatDifferByLevel() {
        IndexSpec ikp = spec("ikp");
        assertThat(ikp.provisional()).isTrue();
        assertThat(ikp.root().children()).hasSize(4);
        assertThat(ikp.indicators()).hasSize(12);
        assertThat(ikp.category("kabkota", 49.33)).contains("rawan tinggi");
        assertThat(ikp.category("kabkota", 49.32)).contains("rawan sedang");
        assertThat(ikp.category("kabkota", 13.46)).contains("rawan rendah");
        assertThat(ikp.category("provinsi", 49.33)).contains("rawan sedang");
        assertThat(ikp.category("provinsi", 68.5)).contains("rawan tinggi");
        assertThat(ikp.category("provinsi", 21.69)).contains("rawan rendah");
    }

    @Test
    void iknAndIapHaveTheirPublishedShapeAndSayTheirWeightsAreProvisional() {
        assertThat(spec("ikn").indicators()).hasSize(5);
        assertThat(spec("ikn").provisional()).isTrue();
        assertThat(spec("iap").root().children()).hasSize(5);
        assertThat(spec("iap").indicators()).hasSize(23);
        assertThat(spec("iap").provisional()).isTrue();
    }

    @Test
    void everyBuiltInSpecNamesItsSource() {
        assertThat(IndexSpecs.builtIns()).extracting(IndexSpec::id).containsExactlyElementsOf(IndexSpecs.BUILT_IN);
        assertThat(IndexSpecs.builtIns()).allSatisfy(s -> assertThat(s.source()).isNotBlank());
    }
}
