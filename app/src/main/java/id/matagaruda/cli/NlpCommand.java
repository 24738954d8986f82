package id.matagaruda.cli;

import id.matagaruda.nlp.Classification;
import id.matagaruda.nlp.Classifiers;
import id.matagaruda.nlp.Evaluation;
import id.matagaruda.nlp.FeatureSettings;
import id.matagaruda.nlp.LabelledData;
import id.matagaruda.nlp.LabelledFileException;
import id.matagaruda.nlp.LabelledFiles;
import id.matagaruda.nlp.LabelledText;
import id.matagaruda.nlp.ModelTraining;
import id.matagaruda.nlp.TextClassifier;
import id.matagaruda.nlp.TrainedModel;
import id.matagaruda.nlp.TrainingOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code ./matagaruda nlp ...}: train, evaluate and apply event text classifiers on files (no server, no database). */
@Command(name = "nlp", mixinStandardHelpOptions = true,
        description = "Klasifikasi teks peristiwa: latih, evaluasi, klasifikasi. / Event text classification.",
        subcommands = {NlpCommand.Train.class, NlpCommand.Evaluate.class, NlpCommand.Classify.class,
            NlpCommand.Bench.class})
class NlpCommand {

    static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Input file with its text and label columns. */
    abstract static class OnLabelledFile implements Callable<Integer> {

        @Option(names = "--input", required = true, description = "CSV atau TSV berjudul kolom (header)")
        Path input;

        @Option(names = "--text-column", required = true, description = "kolom teks")
        String textColumn;

        @Option(names = "--label-column", required = true, description = "kolom label")
        String labelColumn;

        LabelledData data;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(input)) {
                System.err.println("--input: berkas " + input + " tidak ada atau tidak dapat dibaca");
                return 2;
            }
            try {
                data = LabelledFiles.read(input, textColumn, labelColumn);
            } catch (LabelledFileException e) {
                String option = e.column() == null ? "--input" : e.column().equals(textColumn) ? "--text-column"
                        : "--label-column";
                System.err.println(option + ": " + e.getMessage());
                return 2;
            }
            if (data.rows().isEmpty()) {
                System.err.println("--input: tidak ada baris berlabel di " + input);
                return 2;
            }
            return run();
        }

        abstract int run() throws IOException;
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Latih regresi logistik (LIBLINEAR) atas TF-IDF n-gram kata dan karakter; cetak provenans dan metrik JSON.",
                "Train the TF-IDF logistic regression (LIBLINEAR); prints provenance and held-out metrics as JSON."})
    static class Train extends OnLabelledFile {

        @Option(names = "--model", required = true, description = "berkas model keluaran (zip)")
        Path model;

        @Option(names = "--holdout", defaultValue = "0.2", description = "porsi data uji bertingkat (bawaan ${DEFAULT-VALUE})")
        double holdout;

        @Option(names = "--seed", defaultValue = "7", description = "benih acak (bawaan ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--c", description = "kekuatan regularisasi terbalik C; tanpa ini dipilih dengan validasi "
                + "silang di data latih dari " + "{3, 10, 30}")
        Double c;

        @Option(names = "--class-weight", defaultValue = "none",
                description = "none, balanced, atau auto (dipilih validasi silang; bawaan ${DEFAULT-VALUE})")
        String classWeight;

        @Option(names = "--solver", defaultValue = "multinomial",
                description = "multinomial (regresi logistik softmax, L-BFGS; bawaan) atau liblinear (satu-lawan-sisa)")
        String solver;

        @Option(names = "--calibration", defaultValue = "none",
                description = "none (probabilitas model sendiri, bawaan) atau platt (suhu dari keputusan out-of-fold)")
        String calibration;

        @Option(names = "--folds", defaultValue = "3", description = "lipatan validasi silang (bawaan ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--slang", description = "pakai daftar slang bawaan pada token kata")
        boolean slang;

        @Option(names = "--stemmer", description = "pakai stemmer bahasa Indonesia (Lucene) pada token kata")
        boolean stemmer;

        @Override
        int run() throws IOException {
            TrainingOptions options;
            try {
                options = TrainingOptions.defaults().withSeed(seed).withHoldout(holdout).withC(c)
                        .withClassWeight(classWeight).withCalibration(calibration).withFolds(folds).withSolver(solver)
                        .withFeatures(FeatureSettings.defaults().withSlang(slang).withStemmer(stemmer));
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            TrainedModel trained;
            try {
                trained = ModelTraining.train(data, options, ModelTraining.Progress.NONE);
            } catch (IllegalArgumentException e) {
                System.err.println("--label-column: " + e.getMessage());
                return 2;
            }
            trained.save(model);
            Map<String, Object> out = new LinkedHashMap<>(trained.provenance());
            out.put("model_file", model.toString());
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Ukur model (atau 'leksikon') pada berkas berlabel: akurasi, macro-F1, per kelas, baseline.",
                "Evaluate a model against labelled data; prints JSON."})
    static class Evaluate extends OnLabelledFile {

        @Option(names = "--model", required = true, description = "berkas model, atau 'leksikon' untuk bawaan")
        String model;

        @Option(names = "--holdout", description = "hanya bagian uji dari pembagian yang sama dengan 'train' (mis. 0.2)")
        Double holdout;

        @Option(names = "--seed", defaultValue = "7", description = "benih pembagian (bawaan ${DEFAULT-VALUE})")
        long seed;

        @Override
        int run() throws IOException {
            TextClassifier classifier = classifier(model);
            if (classifier == null) {
                return 2;
            }
            List<LabelledText> rows = holdout == null ? data.rows()
                    : ModelTraining.split(data.rows(), holdout, seed).test();
            long t0 = System.nanoTime();
            Evaluation e = ModelTraining.evaluate(classifier, rows, ModelTraining.majorityOf(classifier));
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("model", classifier.name());
            out.put("input", input.toString());
            out.put("rows", rows.size());
            out.putAll(e.toMap());
            out.put("seconds", Math.round(seconds * 1000) / 1000.0);
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return 0;
        }
    }

    @Command(name = "classify", mixinStandardHelpOptions = true,
            description = {"Tambahkan kategori dan kategori_skor ke setiap baris JSON Lines (title + text).",
                "Adds kategori and kategori_skor to each JSON line."})
    static class Classify implements Callable<Integer> {

        @Option(names = "--model", required = true, description = "berkas model, atau 'leksikon' untuk bawaan")
        String model;

        @Option(names = "--input", required = true, description = "JSON Lines (boleh .gz)")
        Path input;

        @Option(names = "--output", required = true, description = "JSON Lines keluaran")
        Path output;

        @Override
        public Integer call() throws IOException {
            TextClassifier classifier = classifier(model);
            if (classifier == null) {
                return 2;
            }
            if (!Files.isReadable(input)) {
                System.err.println("--input: berkas " + input + " tidak ada atau tidak dapat dibaca");
                return 2;
            }
            long read = 0;
            long rejected = 0;
            long t0 = System.nanoTime();
            Map<String, Long> counts = new java.util.TreeMap<>();
            try (InputStream raw = Files.newInputStream(input);
                    BufferedReader in = new BufferedReader(new InputStreamReader(
                            input.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw,
                            StandardCharsets.UTF_8), 1 << 16);
                    Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output),
                            StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                while ((line = in.readLine()) != null) {
                    read++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node;
                    try {
                        node = JSON.readTree(line);
                    } catch (JacksonException e) {
                        rejected++;
                        System.err.println("baris " + read + ": bukan JSON yang sah");
                        continue;
                    }
                    if (!(node instanceof ObjectNode obj)) {
                        rejected++;
                        System.err.println("baris " + read + ": bukan objek JSON");
                        continue;
                    }
                    Classification c = classifier.classify(text(obj));
                    obj.put("kategori", c.kategori());
                    obj.put("kategori_skor", c.skor());
                    obj.put("kategori_asal", classifier.name());
                    counts.merge(c.kategori(), 1L, Long::sum);
                    out.write(JSON.writeValueAsString(obj));
                    out.write('\n');
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("model", classifier.name());
            summary.put("read", read);
            summary.put("classified", counts.values().stream().mapToLong(Long::longValue).sum());
            summary.put("rejected", rejected);
            summary.put("categories", counts);
            summary.put("seconds", Math.round(seconds * 1000) / 1000.0);
            System.out.println(JSON.writeValueAsString(summary));
            return rejected > 0 ? 1 : 0;
        }

        private static String text(ObjectNode obj) {
            String title = obj.path("title").isString() ? obj.path("title").asString() : "";
            String text = obj.path("text").isString() ? obj.path("text").asString() : "";
            return title.isEmpty() ? text : text.isEmpty() ? title : title + ". " + text;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Tolok ukur klasifikasi: teks sintetis ~600 karakter, satu utas, teks per detik.",
                "Throughput of a classifier on synthetic ~600-character texts, one thread."})
    static class Bench implements Callable<Integer> {

        @Option(names = "--model", defaultValue = "leksikon", description = "berkas model, atau 'leksikon' (bawaan)")
        String model;

        @Option(names = "--count", defaultValue = "200000", description = "jumlah teks terukur (bawaan ${DEFAULT-VALUE})")
        int count;

        @Override
        public Integer call() throws IOException {
            TextClassifier classifier = classifier(model);
            if (classifier == null) {
                return 2;
            }
            List<String> texts = syntheticTexts(5000, 11);
            long sink = 0;
            for (int i = 0; i < 50_000; i++) {
                sink += classifier.classify(texts.get(i % texts.size())).bukti().size();
            }
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                sink += classifier.classify(texts.get(i % texts.size())).bukti().size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double chars = texts.stream().mapToInt(String::length).average().orElse(0);
            // On a shared machine the wall clock includes waiting for a core; CPU time is what one core can do.
            System.out.printf(Locale.ROOT, "%s: %d teks (rata-rata %.0f karakter) dalam %.2f s = %.0f teks/detik; "
                    + "waktu CPU %.2f s = %.0f teks/detik per inti (satu utas; target >= 20.000) [%d]%n",
                    classifier.name(), count, chars, seconds, count / seconds, cpu, count / cpu, sink % 10);
            return 0;
        }

        /** News-like sentences drawn from a small pool until each text reaches about 600 characters. */
        static List<String> syntheticTexts(int n, long seed) {
            String[] pool = {
                "Ratusan warga menggelar unjuk rasa di depan kantor bupati menuntut kejelasan ganti rugi lahan.",
                "Polisi menangkap dua terduga pelaku pencurian sepeda motor di pasar kecamatan.",
                "Bentrokan antarwarga dipicu sengketa batas kebun sawit yang sudah lama tidak selesai.",
                "Pemerintah kabupaten menyalurkan bantuan sosial kepada keluarga terdampak banjir.",
                "Massa yg emosi menghakimi seorang pria yang dituduh mencuri ternak warga.",
                "Bawaslu menerima laporan dugaan politik uang menjelang pemungutan suara pilkada.",
                "Kapolres mengimbau masyarakat tdk terprovokasi unggahan hoaks di media sosial.",
                "Densus 88 menggeledah rumah terduga teroris dan menyita bahan peledak.",
                "Seorang suami ditahan karena menganiaya istrinya setelah cekcok soal ekonomi.",
                "Festival budaya berlangsung meriah dan dihadiri ribuan pengunjung dari berbagai daerah.",
                "Kelompok kriminal bersenjata menembak pekerja proyek jalan di pegunungan tengah.",
                "Warga menolak pembangunan rumah ibadah karena izin dinilai belum lengkap."};
            SplittableRandom random = new SplittableRandom(seed);
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder(700);
                while (sb.length() < 560) {
                    sb.append(pool[random.nextInt(pool.length)]).append(' ');
                }
                out.add(sb.toString().trim());
            }
            return out;
        }
    }

    static TextClassifier classifier(String model) throws IOException {
        if ("leksikon".equals(model)) {
            return Classifiers.defaultClassifier();
        }
        Path file = Path.of(model);
        if (!Files.isReadable(file)) {
            System.err.println("--model: berkas " + model + " tidak ada atau tidak dapat dibaca (atau pakai 'leksikon')");
            return null;
        }
        try {
            return Classifiers.load(file);
        } catch (IOException e) {
            System.err.println("--model: " + e.getMessage());
            return null;
        }
    }
}
