package id.matagaruda.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.region.ReferenceRegions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The unit rules held as data, the range a catalogue may declare, and how it is checked at import. */
class UnitRulesTest {

    static final String HEADER = String.join(",", CatalogueRow.COLUMNS) + ",nilai_min,nilai_maks,desimal";

    final CatalogueReader reader = new CatalogueReader(ReferenceRegions.shipped()::find, Map.of());

    private List<id.matagaruda.shared.RowProblem> problems(String... lines) {
        try {
            reader.read(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (id.matagaruda.shared.FileRejectedException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return List.of();
    }

    private static CatalogueRow row(String kode, String satuan, String induk, BigDecimal min, BigDecimal max,
            Integer decimals) {
        TreeMap<Integer, BigDecimal> t = new TreeMap<>();
        return new CatalogueRow(0, kode, kode, induk == null ? Tingkat.NASIONAL : Tingkat.KABKOTA,
                induk == null ? "00" : "32.73", satuan, Polaritas.POSITIF, Frekuensi.TAHUNAN, null, t, induk, false,
                null, List.of(), false, new CatalogueRow.Details(null, null, null, null, min, max, decimals));
    }

    @Test
    void persenIsZeroToHundredWithTwoDecimalsAndCountsAreWholeAndNonNegative() {
        ValueRule persen = UnitRules.effective(row("P", "%", null, null, null, null), k -> null);
        assertThat(persen.breach(new BigDecimal("150"))).contains(ValueRule.Breach.ABOVE_MAX);
        assertThat(persen.breach(new BigDecimal("-5"))).contains(ValueRule.Breach.BELOW_MIN);
        assertThat(persen.breach(new BigDecimal("99.995"))).contains(ValueRule.Breach.TOO_MANY_DECIMALS);
        assertThat(persen.breach(new BigDecimal("72.50000"))).isEmpty();
        assertThat(persen.reference()).isEqualTo("unit-rules v1: persen");

        ValueRule kejadian = UnitRules.effective(row("K", "kejadian", null, null, null, null), k -> null);
        assertThat(kejadian.breach(new BigDecimal("3.7"))).contains(ValueRule.Breach.NOT_WHOLE);
        assertThat(kejadian.breach(new BigDecimal("-1"))).contains(ValueRule.Breach.BELOW_MIN);
        assertThat(kejadian.breach(new BigDecimal("4.000"))).isEmpty();
        assertThat(UnitRules.forUnit("buah").wholeNumber()).isTrue();
        assertThat(UnitRules.forUnit("rupiah").min()).isEqualByComparingTo("0");
        assertThat(UnitRules.forUnit("Rp").satuan()).isEqualTo("rupiah");
        assertThat(UnitRules.forUnit("rasio").min()).isEqualByComparingTo("0");
        assertThat(UnitRules.forUnit("tahun").min()).isNull();
    }

    @Test
    void aDeclaredRangeReplacesTheUnitsAndARegionalIndicatorInheritsItsParentsOfTheSameUnit() {
        CatalogueRow growth = row("TUMBUH", "persen", null, new BigDecimal("-100"), new BigDecimal("500"), null);
        assertThat(UnitRules.effective(growth, k -> null).breach(new BigDecimal("-3.5"))).isEmpty();

        CatalogueRow turnout = row("N-07", "persen", null, BigDecimal.ZERO, new BigDecimal("110"), 2);
        CatalogueRow city = row("K-07", "%", "N-07", null, null, null);
        ValueRule inherited = UnitRules.effective(city, Map.of("N-07", turnout)::get);
        assertThat(inherited.max()).isEqualByComparingTo("110");
        assertThat(inherited.declaredBy()).isEqualTo("N-07");
        assertThat(inherited.breach(new BigDecimal("250"))).contains(ValueRule.Breach.ABOVE_MAX);
        assertThat(inherited.breach(new BigDecimal("101.64"))).isEmpty();

        CatalogueRow countUnderPercent = row("K-08", "orang", "N-07", null, null, null);
        assertThat(UnitRules.effective(countUnderPercent, Map.of("N-07", turnout)::get).max()).isNull();
    }

    @Test
    void catalogueImportRefusesRangesThatContradictTheUnit() {
        String base = "U-%s,Uji,nasional,00,%s,positif,tahunan,1,1,1,1,1,1,,tidak,%s,%s,%s";
        assertThat(problems(HEADER, base.formatted("1", "persen", "-3", "-5", "2"))).extracting(id.matagaruda.shared.RowProblem::column)
                .contains("nilai_min");
        assertThat(problems(HEADER, base.formatted("2", "persen", "", "", "7"))).extracting(id.matagaruda.shared.RowProblem::column)
                .containsExactly("desimal");
        // five decimals would be rounded by the stored column (four): refused rather than promised
        assertThat(problems(HEADER, base.formatted("2b", "persen", "", "", "5"))).extracting(id.matagaruda.shared.RowProblem::column)
                .containsExactly("desimal");
        assertThat(problems(HEADER, base.formatted("3", "kejadian", "", "", "2"))).extracting((id.matagaruda.shared.RowProblem p) -> p.text(java.util.Locale.forLanguageTag("id")))
                .anyMatch(m -> m.contains("bilangan bulat"));
        assertThat(problems(HEADER, base.formatted("4", "indeks", "0", "150", ""))).extracting(id.matagaruda.shared.RowProblem::column)
                .containsExactly("nilai_maks");
        assertThat(problems(HEADER, base.formatted("5", "orang", "-1", "", ""))).extracting(id.matagaruda.shared.RowProblem::column)
                .containsExactly("nilai_min");
        assertThat(problems(HEADER, base.formatted("6", "persen", "-100", "500", "1"))).isEmpty();
    }

    @Test
    void theTableListsEveryUnitOfTheFileWithItsVersionedSource() {
        assertThat(UnitRules.table()).extracting(UnitRules.UnitRule::satuan)
                .contains("persen", "indeks", "rupiah", "rasio", "jumlah", "orang", "kejadian", "dokumen", "kegiatan",
                        "lainnya");
        assertThat(UnitRules.methodology().reference()).isEqualTo("unit-rules v1");
    }
}
