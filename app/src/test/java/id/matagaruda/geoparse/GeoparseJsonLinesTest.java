package id.matagaruda.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.cli.MataGarudaCommand;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Lines geoparse behind {@code ./matagaruda geoparse}: fields added, bad lines kept and reported. */
class GeoparseJsonLinesTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void addsRegionAndCandidatesAndPassesBadLinesThroughWithTheirLineNumber() throws Exception {
        String input = String.join("\n",
                "{\"id\":\"a\",\"title\":\"Banjir di Kota Bogor\",\"text\":\"Ratusan rumah terendam.\"}",
                "{\"id\":\"b\",\"judul\":\"Bentrok\",\"teks\":\"Kericuhan di Kabupaten Malang\",\"kode_wilayah\":\"35\"}",
                "bukan json",
                "{\"id\":\"d\",\"text\":\"Ricuh\",\"lat\":\"utara\",\"lon\":110}",
                "",
                "{\"id\":\"e\",\"lat\":-7.2575,\"lon\":112.7521}",
                "{\"id\":\"f\",\"text\":\"Hujan deras\"}");
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        GeoparseJsonLines.Summary s = new GeoparseJsonLines(Geoparser.shipped())
                .process(new BufferedReader(new StringReader(input)), out, new PrintStream(err, true, StandardCharsets.UTF_8));

        List<JsonNode> lines = out.toString().lines().map(json::readTree).toList();
        assertThat(s).isEqualTo(new GeoparseJsonLines.Summary(6, 3, 2));
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0).get("kode_wilayah").asString()).isEqualTo("32.71");
        assertThat(lines.get(0).get("kandidat_wilayah").get(0).get("kode").asString()).isEqualTo("32.71");
        assertThat(lines.get(0).get("kandidat_wilayah").get(0).get("nama").asString()).isEqualTo("Kota Bogor");
        assertThat(lines.get(0).get("id").asString()).isEqualTo("a");
        assertThat(lines.get(1).get("kode_wilayah").asString()).isEqualTo("35.07");
        assertThat(lines.get(1).get("kode_wilayah_sumber").asString()).isEqualTo("35");
        assertThat(lines.get(2).get("baris_asli").asString()).isEqualTo("bukan json");
        assertThat(lines.get(2).get("kode_wilayah").isNull()).isTrue();
        assertThat(lines.get(2).has("galat")).isTrue();
        assertThat(lines.get(3).get("lat").asString()).as("passed through unchanged").isEqualTo("utara");
        assertThat(lines.get(3).get("galat").asString()).contains("lat");
        assertThat(lines.get(4).get("kode_wilayah").asString()).isEqualTo("35.78");
        assertThat(lines.get(5).get("kode_wilayah").isNull()).isTrue();
        assertThat(lines.get(5).has("galat")).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("baris 3:").contains("baris 4:");
    }

    @Test
    void commandLineWritesTheOutputFileAndASummary(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, "{\"text\":\"Demo di Jaksel\"}\n{\"text\":\"Warga Malang\"}\n");
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            code = MataGarudaCommand.run(new String[] {"geoparse", "--input", in.toString(), "--output", out.toString()});
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("\"baris\":2");
        List<String> lines = Files.readAllLines(out);
        assertThat(json.readTree(lines.get(0)).get("kode_wilayah").asString()).isEqualTo("31.74");
        assertThat(json.readTree(lines.get(1)).get("kode_wilayah").asString()).isEqualTo("35");
    }
}
