package id.matagaruda.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainable linear classifier: determinism, its file and provenance, reading labelled files, real data. */
class LinearModelTest {

    static final Path SMSA = Path.of("/work/shared/data/text/smsa_train.csv");

    @TempDir Path dir;

    private static TrainingOptions small() {
        return TrainingOptions.defaults().withDim(1 << 14).withEpochs(6);
    }

    @Test
    void theSameDataParametersAndSeedGiveTheSameModel() throws IOException {
        LabelledData sample = LexiconClassifierTest.sample();
        TrainedModel a = ModelTraining.train(sample, small(), ModelTraining.Progress.NONE);
        TrainedModel b = ModelTraining.train(sample, small(), ModelTraining.Progress.NONE);
        assertThat(b.provenance().get("metrics_holdout")).isEqualTo(a.provenance().get("metrics_holdout"));
        for (LabelledText r : sample.rows().subList(0, 40)) {
            assertThat(b.classify(r.teks())).isEqualTo(a.classify(r.teks()));
        }
        TrainedModel other = ModelTraining.train(sample, small().withSeed(99), ModelTraining.Progress.NONE);
        assertThat(other.provenance().get("seed")).isEqualTo(99L);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theModelFileKeepsWeightsAndProvenance() throws IOException {
        LabelledData sample = LexiconClassifierTest.sample();
        TrainedModel model = ModelTraining.train(sample, small(), ModelTraining.Progress.NONE);
        Path file = dir.resolve("model.zip");
        model.save(file);
        TrainedModel loaded = Classifiers.load(file);
        assertThat(loaded.name()).isEqualTo(model.name());
        for (LabelledText r : sample.rows().subList(100, 140)) {
            assertThat(loaded.classify(r.teks())).isEqualTo(model.classify(r.teks()));
        }
        Map<String, Object> p = loaded.provenance();
        Map<String, Object> data = (Map<String, Object>) p.get("data");
        assertThat(data.get("name")).isEqualTo("sampel_berlabel.csv");
        assertThat((String) data.get("sha256")).hasSize(64);
        assertThat(data.get("rows")).isEqualTo(222);
        assertThat((Map<String, Object>) data.get("label_distribution")).containsEntry("kdrt", 16);
        assertThat(p).containsKeys("parameters", "seed", "metrics_holdout", "created_at", "versions", "train_rows",
                "holdout_rows", "training_seconds");
        assertThat((Map<String, Object>) p.get("versions")).containsEntry("lucene", "9.12.3");
        Map<String, Object> metrics = (Map<String, Object>) p.get("metrics_holdout");
        assertThat(metrics).containsKeys("accuracy", "macro_f1", "per_class", "majority_baseline");
    }

    @Test
    void evidenceOfATrainedModelPointsAtWordsOfTheOriginalText() throws IOException {
        TrainedModel model = ModelTraining.train(LexiconClassifierTest.sample(), small().withHoldout(0),
                ModelTraining.Progress.NONE);
        String text = "Densus 88 menangkap terduga TERORIS jaringan JAD di Bekasi.";
        Classification c = model.classify(text);
        assertThat(c.kategori()).isEqualTo("terorisme_radikalisme");
        assertThat(c.skor()).isBetween(0.0, 1.0);
        assertThat(c.bukti()).isNotEmpty();
        for (Classification.Evidence e : c.bukti()) {
            assertThat(text.substring(e.start(), e.end())).matches("[\\p{L}\\p{N}]+");
        }
    }

    @Test
    void aMissingColumnIsNamedWithTheColumnsThatExist() throws IOException {
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, "text,label\nwarga demo,unjuk_rasa\n");
        assertThatThrownBy(() -> LabelledFiles.read(csv, "teks", "label"))
                .isInstanceOf(LabelledFileException.class)
                .hasMessageContaining("'teks'").hasMessageContaining("text, label")
                .extracting(e -> ((LabelledFileException) e).column()).isEqualTo("teks");
        assertThatThrownBy(() -> LabelledFiles.read(csv, "text", "kategori"))
                .hasMessageContaining("kolom label 'kategori'");
    }

    @Test
    void tabSeparatedFilesAreReadByExtensionOrByTheirHeader() throws IOException {
        String tsv = "label\ttweet\nanger\tKesal \"banget\" sama jalan rusak\n\nhappy\t\nfear\ttakut gempa\n";
        Path byName = dir.resolve("emosi.tsv");
        Files.writeString(byName, tsv);
        Path sniffed = dir.resolve("emosi.txt");
        Files.writeString(sniffed, tsv);
        for (Path p : List.of(byName, sniffed)) {
            LabelledData d = LabelledFiles.read(p, "tweet", "label");
            assertThat(d.rows()).containsExactly(new LabelledText("Kesal \"banget\" sama jalan rusak", "anger"),
                    new LabelledText("takut gempa", "fear"));
            assertThat(d.skipped()).isEqualTo(1);
        }
        byte[] bom = ("\uFEFFteks,kategori\nx,y\n").getBytes(StandardCharsets.UTF_8);
        assertThat(LabelledFiles.read(bom, "bom.csv", "teks", "kategori").rows()).hasSize(1);
    }

    @Test
    void onSmsaTheModelClearlyBeatsTheMajorityBaseline() throws IOException {
        assumeTrue(Files.isReadable(SMSA), "smsa_train.csv not present: skipped (the shared data is optional)");
        LabelledData smsa = LabelledFiles.read(SMSA, "text", "label");
        long t0 = System.nanoTime();
        TrainedModel model = ModelTraining.train(smsa, TrainingOptions.defaults(), ModelTraining.Progress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ModelTraining.Split split = ModelTraining.split(smsa.rows(), 0.2, 7);
        Evaluation e = ModelTraining.evaluate(model, split.test(), ModelTraining.majorityOf(model));
        System.out.printf(java.util.Locale.ROOT, "smsa: latih %d, uji %d, %.1f s; akurasi %.3f, macro-F1 %.3f; "
                + "baseline mayoritas (%s) akurasi %.3f, macro-F1 %.3f%n", split.train().size(), split.test().size(),
                seconds, e.accuracy(), e.macroF1(), e.majority(), e.baselineAccuracy(), e.baselineMacroF1());
        assertThat(split.test()).hasSize(2200);
        assertThat(e.macroF1()).isGreaterThan(e.baselineMacroF1() + 0.3);
        assertThat(e.accuracy()).isGreaterThan(e.baselineAccuracy() + 0.1);
        @SuppressWarnings("unchecked")
        Map<String, Object> recorded = (Map<String, Object>) model.provenance().get("metrics_holdout");
        assertThat(recorded.get("macro_f1")).isEqualTo(e.macroF1());
    }
}
