package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.cli.MataGarudaCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./matagaruda risk alerts --input COUNTS.csv --output ALERTS.csv} on small files, good and bad. */
class RiskAlertsCommandTest {

    @TempDir Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    /**
     * Two years of months for four regions, given out of order: a busy city that doubles in the last month, a busy
     * city with its usual noise, a noisy quiet region with a count a Poisson test would flag, and a region with too
     * short a history.
     */
    private Path counts() throws Exception {
        StringBuilder sb = new StringBuilder("periode,kode_wilayah,jumlah\n");
        int[] noisy = {2, 9, 0, 6, 1, 12, 3, 0, 8, 2, 11, 4, 1, 7, 0, 10, 3, 5, 0, 9, 2, 6, 1, 8, 16};
        for (int m = 24; m >= 0; m--) {
            String periode = String.format("%04d-%02d", 2023 + m / 12, m % 12 + 1);
            int busy = 5000 + (m % 2 == 0 ? 300 : -300);
            sb.append(periode).append(",31.71,").append(m == 24 ? 10000 : busy).append('\n');
            sb.append(periode).append(",32.73,").append(m == 24 ? 5200 : busy).append('\n');
            sb.append(periode).append(",91.71,").append(noisy[m]).append('\n');
            if (m >= 22) {
                sb.append(periode).append(",94.71,").append(m == 24 ? 50 : 0).append('\n');
            }
        }
        Path file = dir.resolve("jumlah.csv");
        Files.writeString(file, sb.toString());
        return file;
    }

    @Test
    void writesOneRowPerAlertForTheLastPeriodOfEachSeries() throws Exception {
        Path out = dir.resolve("alerts.csv");
        int code = MataGarudaCommand.run(new String[] {"risk", "alerts", "--input", counts().toString(),
            "--output", out.toString()});
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("kode_wilayah,periode,jumlah,diharapkan,p_value,tingkat");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).matches("31\\.71,2025-01,10000,5000\\.0000,\\d\\.\\d{3}e-\\d+,tinggi");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4 seri, 3 diuji, 1 riwayat terlalu pendek")
                .contains("spike-test v1");
    }

    @Test
    void refusesABadFileNamingEveryLineAndFieldAndWritesNothing() throws Exception {
        Path bad = dir.resolve("rusak.csv");
        Files.writeString(bad, """
                kode_wilayah,periode,jumlah
                31.71,2024-01,5
                31.71,2024-02,2.5
                31.71,2024-03,-1
                31.71,2024-01,7
                ,2024-04,3
                """);
        Path out = dir.resolve("alerts.csv");
        assertThat(MataGarudaCommand.run(new String[] {"risk", "alerts", "--input", bad.toString(),
            "--output", out.toString()})).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list()).containsExactly("rusak.csv");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("4 masalah")
                .contains("3,jumlah,'2.5' bukan bilangan bulat").contains("4,jumlah,'-1' negatif")
                .contains("5,periode,'31.71' periode '2024-01' sudah ada di baris 2").contains("6,kode_wilayah,kosong");

        Files.writeString(bad, "kode,periode,jumlah\n31.71,2024-01,5\n");
        assertThat(MataGarudaCommand.run(new String[] {"risk", "alerts", "--input", bad.toString(),
            "--output", out.toString()})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1,kode_wilayah,kolom wajib 'kode_wilayah' tidak ada");
        assertThat(out).doesNotExist();
    }
}
