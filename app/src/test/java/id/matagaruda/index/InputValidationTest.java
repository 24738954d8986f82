package id.matagaruda.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** A bad input file is rejected whole, every problem named by row (header = 1) and column. */
class InputValidationTest {

    private final IndexSpec ikub = IndexSpecs.builtIn("ikub").orElseThrow();

    private id.matagaruda.shared.FileRejectedException rejected(String csv) {
        return catchThrowableOfType(id.matagaruda.shared.FileRejectedException.class, () -> IndexFixtures.read(ikub, csv));
    }

    @Test
    void rejectsEachKindOfBadRowWithItsRowAndColumn() {
        id.matagaruda.shared.FileRejectedException e = rejected("""
                kode_wilayah,tahun,indikator,nilai
                32.73,2024,TOLERANSI,70.1
                32.73,2024,KEBAHAGIAAN,70
                32.73,2024,toleransi,71
                32.73,2024,KESETARAAN,"70,5"
                32.73,2024,KERJASAMA,140
                99.99,2024,KERJASAMA,70
                32.00,2024,KERJASAMA,70
                32.73,dua ribu,KERJASAMA,70
                """);
        assertThat(e.problems()).extracting(id.matagaruda.shared.RowProblem::row, id.matagaruda.shared.RowProblem::column).containsExactly(
                tuple(3, "indikator"),
                tuple(4, "indikator"),
                tuple(5, "nilai"),
                tuple(6, "nilai"),
                tuple(7, "kode_wilayah"),
                tuple(8, "kode_wilayah"),
                tuple(9, "tahun"));
        assertThat(e.problems().get(0).text(java.util.Locale.forLanguageTag("id"))).contains("KEBAHAGIAAN", "ikub@2019");
        assertThat(e.problems().get(1).text(java.util.Locale.forLanguageTag("id"))).contains("ganda", "baris 2");
        assertThat(e.problems().get(2).text(java.util.Locale.forLanguageTag("id"))).contains("bukan angka");
        assertThat(e.problems().get(3).text(java.util.Locale.forLanguageTag("id"))).contains("mustahil", "0 sampai 100");
        assertThat(e.problems().get(4).text(java.util.Locale.forLanguageTag("id"))).contains("tidak dikenal");
        assertThat(e.problems().get(5).text(java.util.Locale.forLanguageTag("id"))).contains("bukan kode wilayah");
    }

    @Test
    void rejectsAFileWithoutTheRequiredColumns() {
        id.matagaruda.shared.FileRejectedException e = rejected("wilayah,tahun,indikator,nilai\n32.73,2024,TOLERANSI,70\n");
        assertThat(e.problems()).extracting(id.matagaruda.shared.RowProblem::row, id.matagaruda.shared.RowProblem::column).containsExactly(tuple(1, "kode_wilayah"));
    }

    @Test
    void acceptsTheNationEmptyValuesAndIndicatorIdsInAnyCase() throws Exception {
        assertThat(IndexFixtures.read(ikub, """
                kode_wilayah,tahun,indikator,nilai
                00,2019,toleransi,72.37
                32,2019,KESETARAAN,
                """)).containsExactly(new Observation("00", 2019, "TOLERANSI", 72.37),
                new Observation("32", 2019, "KESETARAAN", null));
    }
}
