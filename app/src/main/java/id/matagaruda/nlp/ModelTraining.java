package id.matagaruda.nlp;

import id.matagaruda.nlp.internal.Features;
import id.matagaruda.nlp.internal.SoftmaxModel;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Trains the linear classifier on labelled texts and evaluates any classifier against gold labels. */
public final class ModelTraining {

    /** Hears the phase of a training run ("fitur", "melatih", "evaluasi") and its progress in [0, 1]. */
    public interface Progress {
        void report(String phase, double fraction);

        Progress NONE = (phase, fraction) -> { };
    }

    private ModelTraining() {
    }

    public static TrainedModel train(LabelledData data, TrainingOptions options, Progress progress) {
        List<LabelledText> rows = data.rows();
        List<String> labels = new ArrayList<>(new java.util.TreeSet<>(rows.stream().map(LabelledText::kategori).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("perlu paling sedikit dua label berbeda; ada " + labels);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<List<Integer>> parts = splitIndices(rows, options.holdout(), options.seed());
        List<Integer> train = parts.get(0);
        List<Integer> test = parts.get(1);
        Features features = new Features(options.dim(), options.minChar(), options.maxChar());
        Features.Vector[] docs = new Features.Vector[train.size()];
        int[] y = new int[train.size()];
        for (int i = 0; i < docs.length; i++) {
            LabelledText r = rows.get(train.get(i));
            docs[i] = features.extract(r.teks());
            y[i] = labels.indexOf(r.kategori());
            if (i % 500 == 0) {
                progress.report("fitur", 0.2 * i / docs.length);
            }
        }
        progress.report("melatih", 0.2);
        SoftmaxModel model = SoftmaxModel.train(docs, y, labels.size(), options.dim(), options.epochs(),
                options.learningRate(), options.l2(), options.seed(),
                epoch -> progress.report("melatih", 0.2 + 0.7 * epoch / options.epochs()));
        long t1 = System.nanoTime();
        long cpu1 = threads.getCurrentThreadCpuTime();
        progress.report("evaluasi", 0.9);
        Map<String, Integer> trainDistribution = new TreeMap<>();
        train.forEach(i -> trainDistribution.merge(rows.get(i).kategori(), 1, Integer::sum));
        String majority = trainDistribution.entrySet().stream()
                .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey())
                        : Integer.compare(a.getValue(), b.getValue()))
                .map(Map.Entry::getKey).orElseThrow();
        OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC);
        String id = "nlp-" + created.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("model_id", id);
        provenance.put("algorithm", "multinomial logistic regression (AdaGrad), hashed word 1-2-grams of Lucene "
                + "Indonesian stems + character n-grams of the standardised text, tf-idf, L2-normalised");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("name", data.source());
        source.put("sha256", data.sha256());
        source.put("rows", rows.size());
        source.put("skipped_rows", data.skipped());
        source.put("label_distribution", data.distribution());
        provenance.put("data", source);
        provenance.put("train_rows", train.size());
        provenance.put("holdout_rows", test.size());
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("dim", options.dim());
        params.put("min_char", options.minChar());
        params.put("max_char", options.maxChar());
        params.put("epochs", options.epochs());
        params.put("learning_rate", options.learningRate());
        params.put("l2", options.l2());
        params.put("holdout", options.holdout());
        params.put("stemmer", "org.apache.lucene.analysis.id.IndonesianStemmer (derivational)");
        provenance.put("parameters", params);
        provenance.put("seed", options.seed());
        provenance.put("labels", labels);
        provenance.put("majority_label", majority);
        TrainedModel trained = new TrainedModel(labels, features, model, provenance, "model:" + id);
        if (!test.isEmpty()) {
            List<String> gold = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            for (int i : test) {
                gold.add(rows.get(i).kategori());
                predicted.add(trained.classify(rows.get(i).teks()).kategori());
            }
            provenance.put("metrics_holdout", Evaluation.of(gold, predicted, majority).toMap());
        } else {
            provenance.put("metrics_holdout", null);
        }
        provenance.put("training_seconds", Math.round((t1 - t0) / 1e7) / 100.0);
        // on a shared machine the wall clock includes waiting for a core
        provenance.put("training_cpu_seconds", Math.round((cpu1 - cpu0) / 1e7) / 100.0);
        provenance.put("created_at", created.toString());
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("java", System.getProperty("java.version"));
        versions.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
        String app = ModelTraining.class.getPackage().getImplementationVersion();
        versions.put("matagaruda", app == null ? "dev" : app);
        provenance.put("versions", versions);
        progress.report("selesai", 1.0);
        return trained;
    }

    /** The rows a training run with this holdout and seed trains on and those it holds out for its metrics. */
    public record Split(List<LabelledText> train, List<LabelledText> test) {}

    public static Split split(List<LabelledText> rows, double holdout, long seed) {
        List<List<Integer>> parts = splitIndices(rows, holdout, seed);
        return new Split(parts.get(0).stream().map(rows::get).toList(), parts.get(1).stream().map(rows::get).toList());
    }

    /** Stratified: each label keeps its share in the held-out part; seeded, so train and evaluate agree. */
    private static List<List<Integer>> splitIndices(List<LabelledText> rows, double holdout, long seed) {
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byLabel.computeIfAbsent(rows.get(i).kategori(), k -> new ArrayList<>()).add(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> idx : byLabel.values()) {
            for (int i = idx.size() - 1; i > 0; i--) {
                int r = random.nextInt(i + 1);
                Integer t = idx.get(i);
                idx.set(i, idx.get(r));
                idx.set(r, t);
            }
            int held = (int) Math.round(idx.size() * holdout);
            test.addAll(idx.subList(0, held));
            train.addAll(idx.subList(held, idx.size()));
        }
        train.sort(null);
        test.sort(null);
        return List.of(train, test);
    }

    /** Classifies every text and compares with its label; the baseline answers {@code majority} (null: gold's). */
    public static Evaluation evaluate(TextClassifier classifier, List<LabelledText> rows, String majority) {
        List<String> gold = new ArrayList<>(rows.size());
        List<String> predicted = new ArrayList<>(rows.size());
        for (LabelledText r : rows) {
            gold.add(r.kategori());
            predicted.add(classifier.classify(r.teks()).kategori());
        }
        return Evaluation.of(gold, predicted, majority);
    }

    /** The training data's majority label a model recorded, for the baseline of a later evaluation. */
    public static String majorityOf(TextClassifier classifier) {
        return classifier instanceof TrainedModel m ? (String) m.provenance().get("majority_label") : null;
    }
}
