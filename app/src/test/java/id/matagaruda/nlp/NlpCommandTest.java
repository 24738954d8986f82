package id.matagaruda.nlp;

import id.matagaruda.ConsoleCapture;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.cli.MataGarudaCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./matagaruda nlp train|evaluate|classify} on files, as a user runs them. */
class NlpCommandTest {

    @TempDir Path dir;

    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private int run(String... args) {
        console.reset();
        return MataGarudaCommand.run(args);
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(console.out());
    }

    @Test
    void trainEvaluateAndClassifyWithAModelFile() throws Exception {
        Path sample = Path.of("src/test/resources/nlp/sampel_berlabel.csv");
        Path model = dir.resolve("m.zip");
        assertThat(run("nlp", "train", "--input", sample.toString(), "--text-column", "teks", "--label-column",
                "kategori", "--model", model.toString(), "--seed", "3")).isEqualTo(0);
        JsonNode provenance = json();
        assertThat(provenance.get("seed").asInt()).isEqualTo(3);
        assertThat(provenance.get("data").get("rows").asInt()).isEqualTo(222);
        assertThat(provenance.get("metrics_holdout").get("macro_f1").isNumber()).isTrue();
        assertThat(provenance.get("features").get("word_ngram").toString()).isEqualTo("[1,2]");
        // C from the methodology grid, no class weighting (the default), multinomial solver
        assertThat(provenance.get("selection").get("cv_macro_f1").size()).isEqualTo(TrainingOptions.C_GRID.size());
        assertThat(provenance.get("parameters").get("solver").asString()).isEqualTo("multinomial");
        assertThat(Files.size(model)).isPositive();

        assertThat(run("nlp", "evaluate", "--model", model.toString(), "--input", sample.toString(),
                "--text-column", "teks", "--label-column", "kategori", "--holdout", "0.2", "--seed", "3")).isEqualTo(0);
        JsonNode evaluation = json();
        assertThat(evaluation.get("rows").asInt()).isEqualTo(provenance.get("holdout_rows").asInt());
        assertThat(evaluation.get("macro_f1").asDouble())
                .isEqualTo(provenance.get("metrics_holdout").get("macro_f1").asDouble());
        assertThat(evaluation.get("per_class").get("kdrt").has("recall")).isTrue();
        assertThat(evaluation.get("majority_baseline").has("macro_f1")).isTrue();

        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of("{\"id\":\"1\",\"title\":\"Densus 88 tangkap terduga teroris\",\"x\":5}",
                "bukan json", "{\"id\":\"2\",\"text\":\"Suami aniaya istri, pelaku ditahan polisi\"}"));
        Path output = dir.resolve("out.jsonl");
        assertThat(run("nlp", "classify", "--model", "leksikon", "--input", in.toString(), "--output",
                output.toString())).isEqualTo(1);
        assertThat(console.err()).contains("baris 2");
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.get("kategori").asString()).isEqualTo("terorisme_radikalisme");
        assertThat(first.get("kategori_skor").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("x").asInt()).isEqualTo(5);
        assertThat(JsonMapper.builder().build().readTree(lines.get(1)).get("kategori").asString()).isEqualTo("kdrt");

        assertThat(run("nlp", "classify", "--model", model.toString(), "--input", in.toString(), "--output",
                output.toString())).isEqualTo(1);
        assertThat(json().get("model").asString()).startsWith("model:nlp-");
    }

    @Test
    void aMissingColumnIsReportedWithItsOption() {
        assertThat(run("nlp", "evaluate", "--model", "leksikon", "--input", "src/test/resources/nlp/sampel_berlabel.csv",
                "--text-column", "text", "--label-column", "kategori")).isEqualTo(2);
        assertThat(console.err()).contains("--text-column").contains("'text'")
                .contains("teks, kategori");
        assertThat(run("nlp", "evaluate", "--model", "tidak-ada.zip", "--input",
                "src/test/resources/nlp/sampel_berlabel.csv", "--text-column", "teks", "--label-column", "kategori"))
                .isEqualTo(2);
        assertThat(console.err()).contains("--model");
    }
}
