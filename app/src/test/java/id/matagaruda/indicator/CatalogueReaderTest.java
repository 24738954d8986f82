package id.matagaruda.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.region.ReferenceRegions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueReaderTest {

    static final String HEADER = String.join(",", CatalogueRow.COLUMNS);
    static final String NATIONAL = "N-07,Partisipasi pemilih,nasional,00,persen,positif,tahunan,\"81,78\",78,79,80,81,82,,ya";

    final CatalogueReader reader = new CatalogueReader(ReferenceRegions.shipped()::find, Map.of());

    private List<CatalogueRow> read(String... lines) throws IOException {
        return reader.read(new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    private List<id.matagaruda.shared.RowProblem> problems(String... lines) {
        try {
            read(lines);
        } catch (id.matagaruda.shared.FileRejectedException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("file was accepted");
    }

    @Test
    void readsAValidCatalogueWithDecimalCommasEmptyTargetsAndExtraColumns() throws IOException {
        List<CatalogueRow> rows = read(HEADER + ",catatan",
                NATIONAL + ",abaikan",
                "P-32,Partisipasi Jabar,provinsi,32,%,positif,tahunan,82.14,80,,81,\"81,5\",82,N-07,,x",
                "K-3273,Partisipasi Kota Bandung,kabkota,32.73,persen,positif,triwulanan,,70,71,72,73,74,P-32,,");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).baseline()).isEqualByComparingTo(new BigDecimal("81.78"));
        assertThat(rows.get(0).wajibDaerah()).isTrue();
        assertThat(rows.get(1).targets().get(2026)).isNull();
        assertThat(rows.get(1).targets().get(2028)).isEqualByComparingTo("81.5");
        assertThat(rows.get(2).row()).isEqualTo(4);
        assertThat(rows.get(2).frekuensi()).isEqualTo(Frekuensi.TRIWULANAN);
    }

    @Test
    void readsTheDocumentedDetailsOfAnIndicatorAndRejectsABadBaselineYear() throws IOException {
        String header = HEADER + ",formula,sumber_data,penanggung_jawab,tahun_baseline,kumulatif";
        List<CatalogueRow> rows = read(header, NATIONAL + ",\"pengguna hak pilih / DPT x 100\",KPU,Direktorat Politik Dalam Negeri,2024,tidak");
        assertThat(rows.get(0).details()).isEqualTo(new CatalogueRow.Details("pengguna hak pilih / DPT x 100", "KPU",
                "Direktorat Politik Dalam Negeri", 2024));
        assertThat(problems(header, NATIONAL + ",,,,duaribu,mungkin")).extracting(id.matagaruda.shared.RowProblem::column)
                .containsExactlyInAnyOrder("tahun_baseline", "kumulatif");
    }

    @Test
    void readsSemicolonSeparatedCsvAsExcelSavesItInIndonesia() throws IOException {
        List<CatalogueRow> rows = read(HEADER.replace(',', ';'),
                "N-07;Partisipasi pemilih;nasional;00;persen;positif;tahunan;81,78;78;79;80;81;82;;ya");
        assertThat(rows.get(0).baseline()).isEqualByComparingTo("81.78");
    }

    @Test
    void missingColumnsAreNamedOnTheHeaderRow() {
        assertThat(problems("kode,nama", "A,B")).extracting(id.matagaruda.shared.RowProblem::row, id.matagaruda.shared.RowProblem::column)
                .contains(org.assertj.core.groups.Tuple.tuple(1, "tingkat"), org.assertj.core.groups.Tuple.tuple(1, "wajib_daerah"));
    }

    @Test
    void everyBadCellIsReportedWithRowAndColumnAndNothingIsAccepted() {
        List<id.matagaruda.shared.RowProblem> p = problems(HEADER,
                NATIONAL,
                "N-07,Duplikat,nasional,00,persen,positif,tahunan,1,2,3,4,5,6,,ya",
                "P-99,Provinsi fiktif,provinsi,99,persen,positif,tahunan,1,2,3,4,5,6,N-07,,",
                "P-32,Jabar,provinsi,32.73,persen,positif,tahunan,1,2,3,4,5,6,N-07,,",
                "P-33,Jateng,provinsi,33,persen,naik,tahunan,satu,2,3,4,5,6,N-99,,",
                "K-1,Kab,kabkota,33.01,persen,positif,bulanan,1,2,3,4,5,6,P-32,,",
                "N-08,Konflik,nasional,00,persen,positif,tahunan,1,2,3,4,5,6,,mungkin");
        assertThat(p).extracting(id.matagaruda.shared.RowProblem::row, id.matagaruda.shared.RowProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "kode"),
                org.assertj.core.groups.Tuple.tuple(4, "kode_wilayah"),
                org.assertj.core.groups.Tuple.tuple(5, "kode_wilayah"),
                org.assertj.core.groups.Tuple.tuple(6, "polaritas"),
                org.assertj.core.groups.Tuple.tuple(6, "baseline"),
                org.assertj.core.groups.Tuple.tuple(6, "kode_induk"),
                org.assertj.core.groups.Tuple.tuple(7, "frekuensi"),
                org.assertj.core.groups.Tuple.tuple(8, "wajib_daerah"));
        assertThat(p.stream().filter(x -> x.row() == 3).findFirst().orElseThrow().text(java.util.Locale.forLanguageTag("id"))).contains("baris 2");
        assertThat(p.stream().filter(x -> x.row() == 4).findFirst().orElseThrow().text(java.util.Locale.forLanguageTag("id"))).contains("tidak dikenal");
        assertThat(p.stream().filter(x -> x.row() == 6 && x.column().equals("baseline")).findFirst().orElseThrow().text(java.util.Locale.forLanguageTag("id")))
                .contains("bukan angka");
    }

    @Test
    void cascadeMustGoUpwardsStayInItsProvinceAndNeverCycle() {
        List<id.matagaruda.shared.RowProblem> p = problems(HEADER, NATIONAL,
                "P-32,Jabar,provinsi,32,persen,positif,tahunan,1,2,3,4,5,6,N-07,,",
                "K-3301,Kab Cilacap,kabkota,33.01,persen,positif,tahunan,1,2,3,4,5,6,P-32,,",
                "K-A,Kota Bandung A,kabkota,32.73,persen,positif,tahunan,1,2,3,4,5,6,K-B,,",
                "K-B,Kota Bandung B,kabkota,32.73,persen,positif,tahunan,1,2,3,4,5,6,K-A,,");
        assertThat(p).extracting(id.matagaruda.shared.RowProblem::row, id.matagaruda.shared.RowProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(4, "kode_induk"),
                org.assertj.core.groups.Tuple.tuple(5, "kode_induk"),
                org.assertj.core.groups.Tuple.tuple(6, "kode_induk"));
        assertThat(p.stream().filter(x -> x.row() == 4).findFirst().orElseThrow().text(java.util.Locale.forLanguageTag("id"))).contains("provinsi 32");
        assertThat(p.stream().filter(x -> x.row() == 5).findFirst().orElseThrow().text(java.util.Locale.forLanguageTag("id"))).contains("siklus");
    }

    @Test
    void aPlanPeriodThatDoesNotCoverTheTargetYearsIsRefused() {
        List<id.matagaruda.shared.RowProblem> p = problems(HEADER + ",periode", NATIONAL + ",2020-2024");
        assertThat(p).extracting(id.matagaruda.shared.RowProblem::column).containsExactly("periode");
        assertThat(p.get(0).text(java.util.Locale.forLanguageTag("id"))).contains("2025-2029");
    }

    @Test
    void anEmptyFileOrOneWithoutRowsIsRejectedClearly() {
        assertThat(problems(HEADER)).extracting((id.matagaruda.shared.RowProblem p) -> p.text(java.util.Locale.forLanguageTag("id"))).containsExactly("berkas tidak berisi indikator");
        assertThatThrownBy(() -> read("")).isInstanceOf(id.matagaruda.shared.FileRejectedException.class);
    }

    @Test
    void numbersAreReadStrictlyInIndonesianAndAFifthDecimalIsRefusedNotRounded() throws IOException {
        String row = "N-08,Jumlah kegiatan,nasional,00,kegiatan,positif,tahunan,\"1.234,5\",72.5,1.500,\"%s\",80,81,,ya";
        List<CatalogueRow> rows = read(HEADER, row.formatted("12,5"));
        assertThat(rows.get(0).baseline()).isEqualByComparingTo("1234.5");
        assertThat(rows.get(0).targets().get(2025)).isEqualByComparingTo("72.5");
        assertThat(rows.get(0).targets().get(2026)).isEqualByComparingTo("1500");
        assertThat(rows.get(0).targets().get(2027)).isEqualByComparingTo("12.5");
        assertThat(problems(HEADER, row.formatted("12,5.3"))).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("target_2027");
            assertThat(p.text(java.util.Locale.forLanguageTag("id"))).isEqualTo("'12,5.3' bukan angka yang sah (contoh: 1.234,5)");
        });
        assertThat(problems(HEADER, row.formatted("72,12345"))).singleElement()
                .satisfies(p -> assertThat(p.text(java.util.Locale.forLanguageTag("id"))).contains("paling banyak 4 angka di belakang koma"));
        assertThat(problems(HEADER, row.formatted("5%"))).hasSize(1);
    }
}
