package id.matagaruda.cli;

import id.matagaruda.nlp.LabelledData;
import id.matagaruda.nlp.LabelledFiles;
import id.matagaruda.nlp.ModelTraining;
import id.matagaruda.nlp.PeerBenchmark;
import id.matagaruda.nlp.TrainedModel;
import id.matagaruda.nlp.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Our text classifier against the plain peer (scikit-learn TF-IDF + logistic regression, C = 10) on the same seeded
 * stratified split of SmSA sentiment and EmoT emotions: we train on the training part (multinomial solver, C chosen
 * by cross-validation inside it from the grid of methodology/text-classifier.yaml, no class weighting), score the held-out part, write both parts to CSV and run the peer's script on them.
 */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = {"Bandingkan pengklasifikasi teks dengan peer scikit-learn pada pembagian yang sama (SmSA, EmoT).",
            "Our text classifier against the scikit-learn peer on the same split (macro-F1, accuracy)."})
class NlpBenchCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:MATAGARUDA_TEXT_DATA:-../shared/data/text}",
            description = "folder berisi smsa_train.csv dan emot_train.csv (bawaan ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--seed", defaultValue = "42", description = "benih pembagian (bawaan ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--holdout", defaultValue = "0.2", description = "porsi uji bertingkat (bawaan ${DEFAULT-VALUE})")
    double holdout;

    @Option(names = "--no-peer", description = "jangan jalankan peer scikit-learn")
    boolean noPeer;

    @Option(names = "--work-dir", description = "simpan berkas pembagian (train.csv, test.csv) dan hasil peer di sini")
    Path workDir;

    @Option(names = "--save-models", description = "simpan model terlatih (dengan angka peer di provenansnya) ke folder ini")
    Path saveModels;

    @Option(names = "--output", description = "tulis hasil JSON ke berkas ini")
    Path output;

    /** Name, file, text column, label column. */
    static final List<String[]> SETS = List.of(new String[] {"smsa", "smsa_train.csv", "text", "label"},
            new String[] {"emot", "emot_train.csv", "tweet", "label"});

    @Override
    public Integer call() throws IOException {
        List<Map<String, Object>> results = new ArrayList<>();
        boolean allAtLeastPeer = true;
        boolean any = false;
        for (String[] set : SETS) {
            Path file = dataDir.resolve(set[1]);
            if (!Files.isReadable(file)) {
                System.out.println(set[0] + ": dilewati, " + file + " tidak ada (--data-dir)");
                continue;
            }
            any = true;
            LabelledData data = LabelledFiles.read(file, set[2], set[3]);
            TrainingOptions options = TrainingOptions.defaults().withSeed(seed).withHoldout(holdout);
            TrainedModel model = ModelTraining.train(data, options, ModelTraining.Progress.NONE);
            Map<String, Object> p = model.provenance();
            @SuppressWarnings("unchecked")
            Map<String, Object> ours = (Map<String, Object>) p.get("metrics_holdout");
            ModelTraining.Split split = ModelTraining.split(data.rows(), holdout, seed);
            PeerBenchmark.Result peer;
            Path dir = workDir == null ? Files.createTempDirectory("nlp-bench") : workDir.resolve(set[0]);
            try {
                peer = noPeer ? new PeerBenchmark.Result(null, "--no-peer")
                        : PeerBenchmark.run(split.train(), split.test(), dir);
            } finally {
                if (workDir == null) {
                    deleteTree(dir);
                }
            }
            p.put("peer", peer.toMap());
            if (saveModels != null) {
                model.save(saveModels.resolve(p.get("model_id") + "-" + set[0] + ".zip"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) p.get("parameters");
            System.out.printf(Locale.ROOT, "%s: %d baris, latih %d, uji %d (bertingkat, benih %d)%n", set[0],
                    data.rows().size(), split.train().size(), split.test().size(), seed);
            System.out.printf(Locale.ROOT, "  kami  macro-F1 %.4f  akurasi %.4f  (%s, C=%s, bobot kelas %s; "
                    + "latih %.1f s, CPU %.1f s, fit akhir %.1f s)%n", num(ours.get("macro_f1")), num(ours.get("accuracy")),
                    params.get("solver"), params.get("c"), params.get("class_weight"), num(p.get("training_seconds")),
                    num(p.get("training_cpu_seconds")), num(p.get("final_fit_seconds")));
            if (peer.ran()) {
                Map<String, Object> f = peer.figures();
                System.out.printf(Locale.ROOT, "  peer  macro-F1 %.4f  akurasi %.4f  (scikit-learn %s; latih %.1f s, "
                        + "CPU %.1f s)%n", num(f.get("macro_f1")), num(f.get("accuracy")),
                        ((Map<?, ?>) f.get("versions")).get("sklearn"), num(f.get("training_seconds")),
                        num(f.get("training_cpu_seconds")));
                boolean atLeast = num(ours.get("macro_f1")) >= num(f.get("macro_f1"));
                allAtLeastPeer &= atLeast;
                System.out.println("  " + (atLeast ? "macro-F1 kami >= peer" : "macro-F1 kami < peer"));
            } else {
                System.out.println("  peer dilewati: " + peer.skipped());
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("dataset", set[0]);
            r.put("file", file.toString());
            r.put("sha256", data.sha256());
            r.put("seed", seed);
            r.put("holdout", holdout);
            r.put("train_rows", split.train().size());
            r.put("test_rows", split.test().size());
            r.put("ours", Map.of("macro_f1", ours.get("macro_f1"), "accuracy", ours.get("accuracy"),
                    "parameters", params, "selection", p.get("selection"), "calibration", p.get("calibration"),
                    "training_seconds", p.get("training_seconds"), "training_cpu_seconds",
                    p.get("training_cpu_seconds"), "final_fit_seconds", p.get("final_fit_seconds")));
            r.put("peer", peer.toMap());
            results.add(r);
        }
        if (output != null) {
            Files.writeString(output, NlpCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results));
        }
        if (!any) {
            System.err.println("--data-dir: tidak ada smsa_train.csv atau emot_train.csv di " + dataDir);
            return 2;
        }
        return allAtLeastPeer ? 0 : 1;
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
