package id.matagaruda.index;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Missing inputs, imputation and roll-up: every value is traceable and nothing is made up. */
class ComputeTest {

    private static final String TWO_LEVELS = """
            id: uji
            version: "3"
            rollup: population_weighted
            decimals: 2
            categories:
              provinsi: [{label: P, min: 0}]
              kabkota: [{label: K, min: 0}]
            children:
              - id: d1
                children:
                  - {id: a, imputation: last_known}
                  - {id: b, imputation: sibling_mean}
                  - {id: c}
            """;

    @Test
    void missingInputWithoutImputationGivesAnEmptyValueAndTheReason() throws Exception {
        IndexSpec spec = IndexFixtures.spec(TWO_LEVELS);
        List<IndexResult> rows = IndexEngine.compute(spec, IndexFixtures.read(spec, """
                kode_wilayah,tahun,indikator,nilai
                32.73,2024,a,10
                32.73,2024,b,20
                """), false);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.nilai()).isNull();
            assertThat(r.alasan()).contains("c");
            assertThat(r.spesifikasi()).isEqualTo("uji@3");
        });
    }

    @Test
    void imputedInputsAreMarkedWithTheirRule() throws Exception {
        IndexSpec spec = IndexFixtures.spec(TWO_LEVELS);
        List<IndexResult> rows = IndexEngine.compute(spec, IndexFixtures.read(spec, """
                kode_wilayah,tahun,indikator,nilai
                32.73,2023,a,30
                32.73,2023,b,30
                32.73,2023,c,30
                32.73,2024,c,60
                """), false);
        IndexResult r2024 = rows.get(1);
        // a carried forward from 2023 (30); b = mean of its siblings a and c as given (30 and 60)
        assertThat(r2024.nilai()).isEqualByComparingTo("45.00");
        assertThat(r2024.diimputasi()).containsExactly("a (nilai terakhir 2023)", "b (rerata indikator saudara)");
        assertThat(r2024.masukan()).containsEntry("a", 30.0).containsEntry("c", 60.0).doesNotContainKey("b");
    }

    @Test
    void rollupWeighsKabkotaByPopulationAndLeavesTheNationEmptyWhenProvincesAreMissing() throws Exception {
        IndexSpec spec = IndexFixtures.spec(TWO_LEVELS);
        ReferenceRegions regions = ReferenceRegions.shipped();
        List<Region> kaltara = regions.codes().stream().map(k -> regions.find(k).orElseThrow())
                .filter(r -> r.level() == RegionLevel.KABKOTA && "65".equals(r.parent())).toList();
        StringBuilder csv = new StringBuilder("kode_wilayah,tahun,indikator,nilai\n");
        double weighted = 0;
        double population = 0;
        for (int i = 0; i < kaltara.size(); i++) {
            double v = 40 + i;
            for (String leaf : List.of("a", "b", "c")) {
                csv.append(kaltara.get(i).kode()).append(",2024,").append(leaf).append(',').append(v).append('\n');
            }
            weighted += v * kaltara.get(i).population();
            population += kaltara.get(i).population();
        }
        List<IndexResult> rows = IndexEngine.compute(spec, IndexFixtures.read(spec, csv.toString()), true);
        assertThat(rows).hasSize(kaltara.size() + 2);
        IndexResult nation = rows.get(0);
        assertThat(nation.kodeWilayah()).isEqualTo("00");
        assertThat(nation.nilai()).isNull();
        assertThat(nation.alasan()).contains("37 dari 38 provinsi");
        IndexResult province = rows.stream().filter(r -> r.kodeWilayah().equals("65")).findFirst().orElseThrow();
        assertThat(province.nilai().doubleValue()).isCloseTo(weighted / population, org.assertj.core.api.Assertions.within(0.005));
        assertThat(province.kategori()).isEqualTo("P");
        assertThat(province.asal()).contains("penduduk");
        assertThat(province.masukan()).hasSize(kaltara.size());
        assertThat(rows.get(2).kategori()).isEqualTo("K");
    }

    @Test
    void aProvinceWithAKabkotaWithoutValueIsNotRolledUp() throws Exception {
        IndexSpec spec = IndexFixtures.spec(TWO_LEVELS);
        List<IndexResult> rows = IndexEngine.compute(spec, IndexFixtures.read(spec, """
                kode_wilayah,tahun,indikator,nilai
                65.01,2024,a,10
                65.01,2024,b,10
                65.01,2024,c,10
                """), true);
        IndexResult province = rows.stream().filter(r -> r.kodeWilayah().equals("65")).findFirst().orElseThrow();
        assertThat(province.nilai()).isNull();
        assertThat(province.alasan()).contains("roll-up tidak lengkap");
    }

    @Test
    void auditReportsCorrelationsAlphaAndVarianceExplainedOnAPcaWeightedSpec() throws Exception {
        IndexSpec spec = IndexFixtures.spec("""
                id: pca
                version: "1"
                weights: {method: pca}
                children: [{id: a}, {id: b}, {id: c}]
                """);
        StringBuilder csv = new StringBuilder("kode_wilayah,tahun,indikator,nilai\n");
        double[] noise = {3, -1, 4, -1, 5, -9, 2, -6, 5, -3};
        for (int i = 0; i < 10; i++) {
            String kode = "32." + String.format("%02d", i + 1);
            csv.append(kode).append(",2024,a,").append(10 * i).append('\n');
            csv.append(kode).append(",2024,b,").append(10 * i + noise[i]).append('\n');
            csv.append(kode).append(",2024,c,").append(noise[(i * 7) % 10] * 5).append('\n');
        }
        AuditReport audit = IndexEngine.audit(spec, IndexFixtures.read(spec, csv.toString()));
        assertThat(audit.porsiVarians().get(0)).isGreaterThan(0.5);
        assertThat(audit.porsiVarians().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(audit.korelasi().get(0).get(1)).isGreaterThan(0.95);
        assertThat(audit.alpha()).singleElement().satisfies(a -> assertThat(a.simpul()).isEqualTo("pca"));
    }
}
