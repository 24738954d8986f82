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

/**
 * The trainable TF-IDF logistic regression (multinomial by L-BFGS, or LIBLINEAR one-vs-rest): determinism, its file, provenance and feature settings,
 * reading labelled files, and its macro-F1 on a seeded split of real data against a stated floor.
 */
class LinearModelTest {

    // ../shared beside the project root (tests run in app/), wherever the clone is
    static final Path SMSA = Path.of("..", "..", "shared", "data", "text", "smsa_train.csv").toAbsolutePath().normalize();

    @TempDir Path dir;

    /** A fixed C and no calibration: one fit, no cross-validation. */
    private static TrainingOptions small() {
        return TrainingOptions.defaults().withC(10.0).withClassWeight("none").withCalibration("none");
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
        assertThat((Map<String, Object>) p.get("features")).containsEntry("word_ngram", List.of(1, 2))
                .containsEntry("char_wb_ngram", List.of(3, 5)).containsEntry("slang", "off")
                .containsEntry("stemmer", "off");
        assertThat(loaded.featureSettings()).isEqualTo(FeatureSettings.defaults());
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
    @SuppressWarnings("unchecked")
    void cAndWeightingAreChosenByCrossValidationAndPlattCalibratesOnOutOfFoldScores() throws IOException {
        TrainedModel model = ModelTraining.train(LexiconClassifierTest.sample(),
                TrainingOptions.defaults().withClassWeight("auto").withCalibration("platt"),
                ModelTraining.Progress.NONE);
        @SuppressWarnings("unchecked")
        Map<String, Object> selection = (Map<String, Object>) model.provenance().get("selection");
        assertThat((Map<String, Object>) selection.get("cv_macro_f1")).hasSize(6).containsKey("C=10.0 balanced");
        @SuppressWarnings("unchecked")
        Map<String, Object> calibration = (Map<String, Object>) model.provenance().get("calibration");
        assertThat(((Number) calibration.get("temperature")).doubleValue()).isPositive();
        assertThat(calibration).containsKeys("holdout_brier", "holdout_ece", "holdout_brier_own", "holdout_ece_own");
        double[] p = model.probabilities("Densus 88 menangkap terduga teroris");
        assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aModelFileWithOtherFeatureSettingsIsRefused() throws IOException {
        TrainedModel model = ModelTraining.train(LexiconClassifierTest.sample(), small(), ModelTraining.Progress.NONE);
        Path file = dir.resolve("model.zip");
        model.save(file);
        assertThat(Classifiers.load(file, FeatureSettings.defaults()).labels()).isEqualTo(model.labels());
        assertThatThrownBy(() -> Classifiers.load(file, FeatureSettings.defaults().withStemmer(true)))
                .isInstanceOf(IOException.class).hasMessageContaining("pengaturan fitur lain");
        assertThatThrownBy(() -> Classifiers.load(file, FeatureSettings.defaults().withCharRange(2, 4)))
                .isInstanceOf(IOException.class).hasMessageContaining("pengaturan fitur lain");
        // the same file as if trained with a slang list that has since been edited
        Path edited = dir.resolve("edited.zip");
        rewriteModelJson(file, edited, json -> json.replace("\"slang\" : \"off\"",
                "\"slang\" : \"slang.tsv@000000000000\""));
        assertThatThrownBy(() -> Classifiers.load(edited)).isInstanceOf(IOException.class)
                .hasMessageContaining("daftar slang versi slang.tsv@000000000000");
        Path otherExtractor = dir.resolve("extractor.zip");
        rewriteModelJson(file, otherExtractor, json -> json.replace(FeatureSettings.EXTRACTOR, "tfidf-word-charwb/0"));
        assertThatThrownBy(() -> Classifiers.load(otherExtractor)).isInstanceOf(IOException.class)
                .hasMessageContaining("ekstraktor fitur tfidf-word-charwb/0");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSolverIsRecordedAndAModelFileOfAnotherSolverIsRefused() throws IOException {
        LabelledData sample = LexiconClassifierTest.sample();
        TrainedModel soft = ModelTraining.train(sample, small(), ModelTraining.Progress.NONE);
        TrainedModel ovr = ModelTraining.train(sample, small().withSolver("liblinear"), ModelTraining.Progress.NONE);
        assertThat(soft.solver()).isEqualTo("multinomial");
        assertThat(ovr.solver()).isEqualTo("liblinear");
        assertThat((Map<String, Object>) soft.provenance().get("parameters")).containsEntry("solver", "multinomial");
        Path a = dir.resolve("soft.zip");
        Path b = dir.resolve("ovr.zip");
        soft.save(a);
        ovr.save(b);
        assertThat(Classifiers.load(a, FeatureSettings.defaults(), "multinomial").solver()).isEqualTo("multinomial");
        assertThat(Classifiers.load(b, null, "liblinear").solver()).isEqualTo("liblinear");
        assertThatThrownBy(() -> Classifiers.load(a, FeatureSettings.defaults(), "liblinear"))
                .isInstanceOf(IOException.class).hasMessageContaining("solver lain");
        for (LabelledText r : sample.rows().subList(0, 30)) {
            assertThat(Classifiers.load(b).classify(r.teks())).isEqualTo(ovr.classify(r.teks()));
            double[] p = soft.probabilities(r.teks());
            assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        }
        Path unknown = dir.resolve("unknown.zip");
        rewriteModelJson(a, unknown, json -> json.replace("\"solver\" : \"multinomial\"", "\"solver\" : \"sgd\""));
        assertThatThrownBy(() -> Classifiers.load(unknown)).isInstanceOf(IOException.class)
                .hasMessageContaining("solver yang tidak dikenal");
    }

    @Test
    void aModelFileOfTheEarlierSgdFormatFailsWithAClearMessage() throws IOException {
        Path old = dir.resolve("old.zip");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(old))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("model.json"));
            zip.write("{\"format\":\"matagaruda-nlp-linear/1\",\"dim\":1024}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("weights.bin"));
            zip.write(new byte[16]);
            zip.closeEntry();
        }
        assertThatThrownBy(() -> Classifiers.load(old)).isInstanceOf(IOException.class)
                .hasMessageContaining("versi lama").hasMessageContaining("latih ulang");
        Path notAModel = dir.resolve("x.zip");
        Files.writeString(notAModel, "bukan zip");
        assertThatThrownBy(() -> Classifiers.load(notAModel)).isInstanceOf(IOException.class)
                .hasMessageContaining("bukan berkas model");
    }

    private static void rewriteModelJson(Path from, Path to, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(from));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("model.json")) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    /**
     * SmSA, seeded stratified 80/20 split (seed 42, the bench's), multinomial solver, C = 10 without weighting (one
     * fit, no cross-validation, to keep the test short; the peer's setting). Measured 0.8393 (72 L-BFGS iterations,
     * 11 s CPU; LIBLINEAR one-vs-rest at the same C: 0.8394, the peer 0.8384); the floor is a little below.
     */
    @Test
    void onSmsaTheModelReachesItsMacroF1Floor() throws IOException {
        assumeTrue(Files.isReadable(SMSA), "skipped: " + SMSA + " is not present (the shared data beside the project is optional)");
        LabelledData smsa = LabelledFiles.read(SMSA, "text", "label");
        long t0 = System.nanoTime();
        TrainedModel model = ModelTraining.train(smsa, small().withSeed(42), ModelTraining.Progress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ModelTraining.Split split = ModelTraining.split(smsa.rows(), 0.2, 42);
        Evaluation e = ModelTraining.evaluate(model, split.test(), ModelTraining.majorityOf(model));
        System.out.printf(java.util.Locale.ROOT, "smsa: latih %d, uji %d, %.1f s (CPU %s s); akurasi %.4f, macro-F1 "
                + "%.4f; baseline mayoritas (%s) macro-F1 %.4f%n", split.train().size(), split.test().size(), seconds,
                model.provenance().get("training_cpu_seconds"), e.accuracy(), e.macroF1(), e.majority(),
                e.baselineMacroF1());
        assertThat(split.test()).hasSize(2200);
        assertThat(e.macroF1()).isGreaterThan(MACRO_F1_FLOOR_SMSA);
        @SuppressWarnings("unchecked")
        Map<String, Object> recorded = (Map<String, Object>) model.provenance().get("metrics_holdout");
        assertThat(recorded.get("macro_f1")).isEqualTo(e.macroF1());
    }

    static final double MACRO_F1_FLOOR_SMSA = 0.83;
}
