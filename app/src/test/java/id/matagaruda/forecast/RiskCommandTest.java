package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.cli.MataGarudaCommand;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./matagaruda risk backtest|forecast} on files, as the contract states them. */
class RiskCommandTest {

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

    private Path ucdp() throws Exception {
        Path file = dir.resolve("ucdp.csv");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(EventFiles.UCDP_RESOURCE)) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    @Test
    void backtestWritesTheMetricsDocument() throws Exception {
        Path metrics = dir.resolve("metrics.json");
        int code = MataGarudaCommand.run(new String[] {"risk", "backtest", "--events", ucdp().toString(),
            "--level", "provinsi", "--period", "year", "--train-until", "2012", "--horizon", "1",
            "--output", metrics.toString()});
        assertThat(code).isZero();
        JsonNode m = JsonMapper.builder().build().readTree(Files.readString(metrics));
        for (String k : List.of("brier", "log_loss", "roc_auc", "pr_auc")) {
            assertThat(m.get("model").get(k).isNumber()).as(k).isTrue();
            assertThat(m.get("baselines").get("persistence").get(k).isNumber()).as(k).isTrue();
        }
        assertThat(m.get("baselines").has("zero")).isTrue();
        assertThat(m.get("baselines").has("historical_rate")).isTrue();
        assertThat(m.get("brier_skill_vs_best_baseline").isNumber()).isTrue();
        assertThat(m.get("test_periods").size()).isEqualTo(11);
        assertThat(m.get("events").get("used").asInt()).isPositive();
        assertThat(m.get("events").has("outside_indonesia")).isTrue();
        assertThat(m.get("events").get("unresolved_names").isArray()).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Uji 2013..2023 (11 periode)");
    }

    @Test
    void forecastWritesOneRowPerProvinceWithCategoryAndDrivers() throws Exception {
        Path risk = dir.resolve("risk.csv");
        int code = MataGarudaCommand.run(new String[] {"risk", "forecast", "--events", ucdp().toString(),
            "--level", "provinsi", "--period", "year", "--horizon", "2", "--output", risk.toString()});
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(risk);
        assertThat(lines.get(0)).isEqualTo("kode_wilayah,periode,probabilitas,kategori_risiko,pendorong_utama");
        assertThat(lines).hasSize(39);
        assertThat(lines.subList(1, 39)).allSatisfy(l -> assertThat(l)
                .matches("\\d{2},2024/2025,[01]\\.\\d{4},rawan (tinggi|sedang|rendah),.+"));
        assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("Ramalan memakai (model|garis dasar)");
    }

    @Test
    void explainsBadOptionsAndBadRowsInIndonesian() throws Exception {
        Path out = dir.resolve("x.json");
        assertThat(MataGarudaCommand.run(new String[] {"risk", "backtest", "--events", ucdp().toString(),
            "--level", "desa", "--period", "year", "--train-until", "2012-01", "--horizon", "9",
            "--output", out.toString()})).isEqualTo(2);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).contains("--level: harus provinsi atau kabkota").contains("--horizon: harus 1 sampai 6 periode")
                .contains("--train-until: harus berbentuk YYYY");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "tanggal,wilayah\n2024-13,32.73\n");
        assertThat(MataGarudaCommand.run(new String[] {"risk", "backtest", "--events", bad.toString(),
            "--level", "kabkota", "--period", "month", "--train-until", "2024-01", "--output", out.toString()}))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("2,tanggal,'2024-13' bukan tanggal");
        assertThat(MataGarudaCommand.run(new String[] {"risk", "backtest", "--events", ucdp().toString(),
            "--level", "provinsi", "--period", "year", "--train-until", "2023", "--output", out.toString()}))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--train-until: terlalu akhir");
    }
}
