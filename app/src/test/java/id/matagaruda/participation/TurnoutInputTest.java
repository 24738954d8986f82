package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The input contract: every row checked, the file rejected whole with row, column and rule named in Indonesian. */
class TurnoutInputTest {

    private static List<TurnoutRecord> read(String csv) {
        return TurnoutCsv.withShippedRegions().read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<id.matagaruda.shared.RowProblem> problems(String csv) {
        try {
            read(csv);
        } catch (id.matagaruda.shared.FileRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("file was accepted");
    }

    @Test
    void readsTheContractWithOptionalColumnsAndKeepsBothTurnouts() {
        List<TurnoutRecord> rows = read("""
                kode_wilayah,pemilihan,dpt,pengguna_hak_pilih,dptb,tps,jenis,tahun,indeks_idi
                32.73,Pilwalkot Bandung 2018,1000,800,50,4,pilwalkot,2018,77.1
                32.04,Pilbup Bandung 2020,2000,1500,,,pilbup,,
                """);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).turnout()).isEqualTo(80.0);
        assertThat(rows.get(0).turnoutWithDptb()).isCloseTo(800 * 100.0 / 1050, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rows.get(0).indeks()).containsEntry("indeks_idi", 77.1);
        assertThat(rows.get(1).tahun()).as("year read from the election name").isEqualTo(2020);
        assertThat(rows.get(1).turnoutWithDptb()).isNull();
    }

    @Test
    void rejectsTheWholeFileNamingRowColumnAndRule() {
        List<id.matagaruda.shared.RowProblem> problems = problems("""
                kode_wilayah,pemilihan,dpt,pengguna_hak_pilih,jenis
                32.73,Pilkada 2024,1000,-5,pilwalkot
                99.99,Pilkada 2024,1000,700,pilbup
                32,Pilkada 2024,1000,700,pilgub
                32.04,Pilkada 2024,seribu,700,pilkades
                32.73,Pilkada 2024,1000,700,pilwalkot
                """);
        assertThat(problems).extracting(id.matagaruda.shared.RowProblem::row, id.matagaruda.shared.RowProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(2, "pengguna_hak_pilih"),
                org.assertj.core.groups.Tuple.tuple(3, "kode_wilayah"),
                org.assertj.core.groups.Tuple.tuple(4, "kode_wilayah"),
                org.assertj.core.groups.Tuple.tuple(5, "dpt"),
                org.assertj.core.groups.Tuple.tuple(5, "jenis"));
        assertThat(problems.get(0).text(java.util.Locale.forLanguageTag("id"))).contains("tidak boleh negatif");
        assertThat(problems).anyMatch(p -> p.text(java.util.Locale.forLanguageTag("id")).contains("tidak dikenal"));
        assertThat(problems).anyMatch(p -> p.text(java.util.Locale.forLanguageTag("id")).contains("bukan kab/kota"));
    }

    @Test
    void rejectsMissingOrUnknownColumnsAndDuplicateRegionElections() {
        assertThat(problems("kode_wilayah,pemilihan,dpt\n32.73,Pilkada 2024,1000\n"))
                .extracting(id.matagaruda.shared.RowProblem::column).containsExactly("pengguna_hak_pilih");
        assertThat(problems("kode_wilayah,pemilihan,dpt,pengguna_hak_pilih,warna\n32.73,P,1,1,merah\n"))
                .extracting(id.matagaruda.shared.RowProblem::column).containsExactly("warna");
        assertThat(problems("""
                kode_wilayah,pemilihan,dpt,pengguna_hak_pilih
                32.73,Pilkada 2024,1000,700
                32.73,pilkada 2024,1000,710
                """)).singleElement().satisfies(p -> assertThat(p.text(java.util.Locale.forLanguageTag("id"))).contains("sudah ada di baris 2"));
    }

    @Test
    void blankCountsAreKeptForFlaggingNotRejected() {
        List<TurnoutRecord> rows = read("kode_wilayah,pemilihan,dpt,pengguna_hak_pilih\n32.73,Pilkada 2024,1000,\n");
        assertThat(rows.get(0).turnout()).isNull();
    }

    @Test
    void theShipped2019FileHasAllKabKotaOnTodaysCodes() {
        List<TurnoutRecord> rows = TurnoutCsv.shipped2019();
        assertThat(rows).hasSize(514);
        assertThat(rows).extracting(TurnoutRecord::provinsi).contains("93", "94", "95", "96");
        assertThat(rows).allSatisfy(r -> assertThat(r.jenis()).isEqualTo("pilpres"));
    }
}
