package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.forecast.internal.LakeEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detection over lake rows: a burst in the latest month and week becomes an alert with its evidence; steady noise does not. */
class AlertDetectionTest {

    @TempDir Path lake;

    private static List<LakeEvents.Row> history() {
        List<LakeEvents.Row> rows = new ArrayList<>();
        // a steady region: one demonstration a month for two years, every month
        for (int m = 0; m < 24; m++) {
            LocalDate d = LocalDate.of(2023, 1, 10).plusMonths(m);
            rows.add(new LakeEvents.Row("s" + m, "berita", "Unjuk rasa rutin", d.toString(), null, "32", "32.73",
                    "unjuk rasa"));
        }
        // a quiet region that erupts in the last week of the last month
        for (int k = 0; k < 6; k++) {
            rows.add(new LakeEvents.Row("b" + k, "berita", "Bentrok warga " + k, "2024-12-2" + k, null, "91", "91.71",
                    "bentrok"));
        }
        return rows;
    }

    @Test
    void aBurstBecomesAMonthAndAWeekAlertWithItsEvidence() {
        List<AlertService.Candidate> found = AlertService.detect(history());
        assertThat(found).extracting(AlertService.Candidate::kode, AlertService.Candidate::jenis,
                AlertService.Candidate::periode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("91.71", "bulan", "2024-12"),
                        org.assertj.core.groups.Tuple.tuple("91.71", "minggu", "2024-W52"));
        AlertService.Candidate month = found.stream().filter(c -> c.jenis().equals("bulan")).findFirst().orElseThrow();
        assertThat(month.spike().count()).isEqualTo(6);
        assertThat(month.evidence()).extracting(Alert.Evidence::id).containsExactly("b0", "b1", "b2", "b3", "b4", "b5");
        assertThat(month.spike().severity()).isEqualTo("tinggi");
        assertThat(month.metodologi()).isEqualTo("spike-test v1");
    }

    @Test
    void anEmptyLakeGivesNoAlerts() {
        assertThat(LakeEvents.read(lake)).isEmpty();
        assertThat(AlertService.detect(List.of())).isEmpty();
    }

    @Test
    void readsTheLakesParquetPartitions() throws Exception {
        Path part = lake.resolve("events").resolve("bulan=2024-12");
        Files.createDirectories(part);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("copy (select 'e1' as id, 'berita' as sumber, '2024-12-02T08:00:00Z' as published_at, "
                    + "'2024-12-02' as tanggal, '2024-W49' as minggu, '2024' as tahun, 'Bentrok' as judul, "
                    + "'91' as kode_provinsi, '91.71' as kode_kabkota, 'bentrok' as kategori) to '"
                    + part.resolve("part-0.parquet") + "' (format parquet)");
        }
        assertThat(LakeEvents.read(lake)).containsExactly(new LakeEvents.Row("e1", "berita", "Bentrok", "2024-12-02",
                "2024-W49", "91", "91.71", "bentrok"));
    }
}
