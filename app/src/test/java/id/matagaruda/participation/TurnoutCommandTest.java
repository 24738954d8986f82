package id.matagaruda.participation;

import id.matagaruda.ConsoleCapture;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.cli.MataGarudaCommand;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./matagaruda turnout backtest|strategy} on the 2019 file, as an analyst runs them without a server. */
class TurnoutCommandTest {

    @TempDir Path dir;

    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private Path input() throws Exception {
        Path p = dir.resolve("pilpres2019.csv");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TurnoutCsv.SHIPPED_2019)) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void backtestPrintsAndWritesTheMetricsContract() throws Exception {
        Path output = dir.resolve("metrics.json");
        int code = MataGarudaCommand.run(new String[] {"turnout", "backtest", "--input", input().toString(),
            "--output", output.toString(), "--seed", "42"});
        assertThat(code).as(console.err()).isEqualTo(0);
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(output));
        assertThat(json.get("model").get("mae").asDouble()).isPositive();
        assertThat(json.get("model").has("rmse")).isTrue();
        assertThat(json.get("model").get("interval_coverage").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("baselines").get("national_mean").get("mae").asDouble())
                .isGreaterThan(json.get("model").get("mae").asDouble());
        assertThat(json.get("baselines").get("province_mean").get("mae").asDouble())
                .isGreaterThan(json.get("model").get("mae").asDouble());
        assertThat(json.get("rows").get("used").asInt() + json.get("rows").get("flagged").asInt()).isEqualTo(514);
        assertThat(json.get("flagged").get(0).has("kode_wilayah")).isTrue();
        assertThat(json.get("flagged").get(0).has("reason")).isTrue();
        assertThat(json.get("flagged").get(0).get("reference").get("methodology").asString()).isEqualTo("turnout-quality v1");
        assertThat(console.out()).contains("\"interval_coverage\"");
    }

    @Test
    void strategyWritesTheContractColumnsLargestShortfallFirst() throws Exception {
        Path output = dir.resolve("strategi.csv");
        int code = MataGarudaCommand.run(new String[] {"turnout", "strategy", "--input", input().toString(),
            "--output", output.toString()});
        assertThat(code).as(console.err()).isEqualTo(0);
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("kode_wilayah,prediksi,batas_bawah,batas_atas,target,selisih,pendorong_utama,rekomendasi");
        assertThat(lines).hasSize(515);
        String first = lines.get(1);
        assertThat(first).as("no --target: the default of methodology/turnout-target.yaml")
                .contains(String.format(java.util.Locale.ROOT, "%.2f", TurnoutStrategy.defaultTarget()));
        assertThat(first).containsPattern("P\\d\\d ");
    }

    @Test
    void aBrokenFileIsRejectedWithItsProblemsAndATargetOutOfRangeIsRefused() throws Exception {
        Path bad = Files.writeString(dir.resolve("rusak.csv"), "kode_wilayah,pemilihan,dpt,pengguna_hak_pilih\n32.73,P,-1,5\n");
        int code = MataGarudaCommand.run(new String[] {"turnout", "backtest", "--input", bad.toString(), "--output",
            dir.resolve("x.json").toString()});
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("2,dpt,tidak boleh negatif");
        code = MataGarudaCommand.run(new String[] {"turnout", "strategy", "--input", input().toString(), "--target", "120",
            "--output", dir.resolve("x.csv").toString()});
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("--target");
    }
}
