package id.matagaruda.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built-in IPM spec against every national and province row BPS published for 2010-2021 (shipped in
 * index/data). Kalimantan Utara 2010-2012 has no published components (the province was formed in 2012): those rows
 * must come out empty with a reason, never as a number.
 */
class IpmReproductionTest {

    private final IndexSpec ipm = IndexSpecs.builtIn("ipm").orElseThrow();
    private final List<IndexFixtures.IpmRow> table = IndexFixtures.ipmTable();

    private Map<String, IndexResult> computed() {
        return IndexEngine.compute(ipm, IndexFixtures.ipmObservations(table), false).stream()
                .collect(Collectors.toMap(r -> r.kodeWilayah() + "|" + r.tahun(), Function.identity()));
    }

    @Test
    void reproducesEveryPublishedIpmFromItsComponentsToTwoDecimals() {
        Map<String, IndexResult> results = computed();
        int compared = 0;
        int exact = 0;
        for (IndexFixtures.IpmRow row : table) {
            if (row.hls() == null) {
                continue;
            }
            IndexResult r = results.get(row.kode() + "|" + row.tahun());
            assertThat(r.nilai()).as("%s %d", row.kode(), row.tahun()).isNotNull();
            assertThat(r.nilai().scale()).isEqualTo(2);
            // The published components are themselves rounded to two decimals (and expenditure to thousand Rp).
            assertThat(r.nilai().doubleValue()).as("%s %d", row.kode(), row.tahun()).isCloseTo(row.ipm(), within(0.0100001));
            exact += r.nilai().compareTo(BigDecimal.valueOf(row.ipm())) == 0 ? 1 : 0;
            compared++;
        }
        assertThat(compared).isEqualTo(417);
        assertThat(table).hasSize(420);
        assertThat(exact).isGreaterThan(compared * 3 / 4);
    }

    @Test
    void rowsWithoutPublishedComponentsAreEmptyWithAReason() {
        Map<String, IndexResult> results = computed();
        for (int year = 2010; year <= 2012; year++) {
            IndexResult r = results.get("65|" + year);
            assertThat(r.nilai()).isNull();
            assertThat(r.kategori()).isNull();
            assertThat(r.alasan()).contains("HLS", "RLS", "PENGELUARAN").doesNotContain("UHH");
        }
    }

    @Test
    void everyValueCarriesSpecVersionInputsAndCategory() {
        IndexResult indonesia2021 = computed().get("00|2021");
        assertThat(indonesia2021.nilai()).isEqualByComparingTo("72.29");
        assertThat(indonesia2021.kategori()).isEqualTo("tinggi");
        assertThat(indonesia2021.spesifikasi()).isEqualTo("ipm@2014");
        assertThat(indonesia2021.masukan()).containsOnlyKeys("UHH", "HLS", "RLS", "PENGELUARAN")
                .containsEntry("PENGELUARAN", 11_156_000.0);
        assertThat(indonesia2021.diimputasi()).isEmpty();
        assertThat(ipm.category("provinsi", 59.99)).contains("rendah");
        assertThat(ipm.category("provinsi", 60.00)).contains("sedang");
        assertThat(ipm.category("provinsi", 80.00)).contains("sangat tinggi");
    }

    @Test
    void expenditureInThousandRupiahIsRejectedAsImpossible() throws Exception {
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(id.matagaruda.shared.FileRejectedException.class,
                () -> IndexFixtures.read(ipm, "kode_wilayah,tahun,indikator,nilai\n00,2021,PENGELUARAN,11156\n"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("nilai");
            assertThat(p.text(java.util.Locale.forLanguageTag("id"))).contains("mustahil");
        });
    }
}
