package id.matagaruda.nlp;

import de.bwaldvogel.liblinear.Linear;
import id.matagaruda.nlp.internal.LogisticModel;
import id.matagaruda.nlp.internal.TfidfFeatures;
import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains the TF-IDF logistic regression on labelled texts (C and class weighting chosen inside the training rows,
 * metrics on a seeded stratified held-out part) and evaluates any classifier against gold labels.
 */
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
        List<String> labels = new ArrayList<>(new TreeSet<>(rows.stream().map(LabelledText::kategori).toList()));
        if (labels.size() < 2) {
            throw new IllegalArgumentException("perlu paling sedikit dua label berbeda; ada " + labels);
        }
        long cpu0 = cpuTime();
        long t0 = System.nanoTime();
        List<List<Integer>> parts = splitIndices(rows, options.holdout(), options.seed());
        List<Integer> train = parts.get(0);
        List<Integer> test = parts.get(1);
        progress.report("fitur", 0.0);
        List<String> texts = train.stream().map(i -> rows.get(i).teks()).toList();
        TfidfFeatures features = TfidfFeatures.fit(texts, options.features());
        TfidfFeatures.Vector[] x = new TfidfFeatures.Vector[train.size()];
        int[] y = new int[train.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = features.transform(texts.get(i));
            y[i] = labels.indexOf(rows.get(train.get(i)).kategori());
        }
        progress.report("validasi", 0.15);
        Selection selection = select(x, y, labels.size(), features.size(), options,
                f -> progress.report("validasi", 0.15 + 0.6 * f));
        progress.report("melatih", 0.75);
        long fit0 = System.nanoTime();
        int cores = Runtime.getRuntime().availableProcessors();
        LogisticModel model = fit(x, y, labels.size(), features.size(), selection.c(),
                weights(selection.classWeight(), y, labels.size()), options, false, cores);
        int iterations = LogisticModel.lastIterations;
        double fitSeconds = (System.nanoTime() - fit0) / 1e9;
        Double temperature = null;
        if ("platt".equals(options.calibration()) && selection.outOfFold() != null) {
            temperature = LogisticModel.fitTemperature(selection.outOfFold(), y);
            model.useTemperature(temperature);
        }
        long t1 = System.nanoTime();
        long cpu1 = cpuTime();
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
        provenance.put("algorithm", (LogisticModel.MULTINOMIAL.equals(options.solver())
                ? "multinomial (softmax) L2-regularised logistic regression, intercepts not penalised, full-batch "
                        + "L-BFGS (Nocedal & Wright Alg. 7.4, strong Wolfe line search; gradient tolerance "
                        + LogisticModel.SOFTMAX_TOL + " on the mean-loss scale, " + iterations + " iterations)"
                : "L2-regularised logistic regression (LIBLINEAR " + Linear.getVersion()
                        + " Java port, -s 0 trust-region Newton, one-vs-rest, eps " + LogisticModel.EPS + ")")
                + " on TF-IDF word and char_wb n-grams with a vocabulary from the training rows (scikit-learn "
                + "TfidfVectorizer recipe)");
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
        params.put("solver", options.solver());
        params.put("c", selection.c());
        params.put("c_option", options.c() == null ? "cv " + TrainingOptions.C_GRID : options.c());
        params.put("class_weight", selection.classWeight());
        params.put("class_weight_option", options.classWeight());
        params.put("calibration", options.calibration());
        params.put("cv_folds", options.folds());
        params.put("holdout", options.holdout());
        params.put("vocabulary", features.size());
        params.put("word_features", features.wordFeatures());
        provenance.put("parameters", params);
        provenance.put("features", options.features().toMap());
        provenance.put("selection", selection.report());
        provenance.put("seed", options.seed());
        provenance.put("labels", labels);
        provenance.put("majority_label", majority);
        TrainedModel trained = new TrainedModel(labels, features, model, provenance, "model:" + id);
        Map<String, Object> calibration = new LinkedHashMap<>();
        calibration.put("method", temperature != null ? "platt (one temperature over the decision values, fitted on "
                + "out-of-fold decision values of the training rows; keeps the predicted label)"
                : LogisticModel.MULTINOMIAL.equals(options.solver()) ? "none (the multinomial model's softmax)"
                : "none (LIBLINEAR's normalised one-vs-rest probabilities)");
        calibration.put("temperature", temperature);
        if (!test.isEmpty()) {
            List<String> gold = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            double[][] own = new double[test.size()][];
            double[][] used = new double[test.size()][];
            int[] goldIndex = new int[test.size()];
            for (int t = 0; t < test.size(); t++) {
                LabelledText r = rows.get(test.get(t));
                double[] d = model.decision(features.transform(r.teks()));
                own[t] = model.own(d);
                used[t] = model.probabilities(d);
                goldIndex[t] = labels.indexOf(r.kategori());
                gold.add(r.kategori());
                predicted.add(trained.classify(r.teks()).kategori());
            }
            provenance.put("metrics_holdout", Evaluation.of(gold, predicted, majority).toMap());
            calibration.put("holdout_brier_own", round(brier(own, goldIndex)));
            calibration.put("holdout_ece_own", round(ece(own, goldIndex)));
            calibration.put("holdout_brier", round(brier(used, goldIndex)));
            calibration.put("holdout_ece", round(ece(used, goldIndex)));
        } else {
            provenance.put("metrics_holdout", null);
        }
        provenance.put("calibration", calibration);
        provenance.put("training_seconds", Math.round((t1 - t0) / 1e7) / 100.0);
        provenance.put("final_fit_seconds", Math.round(fitSeconds * 100) / 100.0);
        // on a shared machine the wall clock includes waiting for a core
        provenance.put("training_cpu_seconds", Math.round((cpu1 - cpu0) / 1e7) / 100.0);
        provenance.put("created_at", created.toString());
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("java", System.getProperty("java.version"));
        versions.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
        versions.put("liblinear", String.valueOf(Linear.getVersion()));
        String app = ModelTraining.class.getPackage().getImplementationVersion();
        versions.put("matagaruda", app == null ? "dev" : app);
        provenance.put("versions", versions);
        progress.report("selesai", 1.0);
        return trained;
    }

    /** C and class weighting chosen, cross-validation scores, and out-of-fold decision values of the choice. */
    private record Selection(double c, String classWeight, double[][] outOfFold, Map<String, Object> report) {}

    /** Default C when cross-validation cannot run (too few rows per class): the peer's. */
    private static final double DEFAULT_C = 10;

    /**
     * Stratified k-fold cross-validation inside the training rows over the C grid and the weightings asked for; the
     * best out-of-fold macro-F1 wins (ties: the earlier candidate, i.e. smaller C, no weighting). Never sees the
     * held-out rows.
     */
    private static Selection select(TfidfFeatures.Vector[] x, int[] y, int classes, int dim, TrainingOptions options,
            java.util.function.DoubleConsumer progress) {
        List<Double> cs = options.c() == null ? TrainingOptions.C_GRID : List.of(options.c());
        List<String> ws = "auto".equals(options.classWeight()) ? List.of("none", "balanced")
                : List.of(options.classWeight());
        Map<String, Object> report = new LinkedHashMap<>();
        int[] counts = new int[classes];
        for (int v : y) {
            counts[v]++;
        }
        int smallest = Arrays.stream(counts).min().orElse(0);
        if (!options.needsCrossValidation()) {
            report.put("method", "fixed");
            return new Selection(cs.get(0), ws.get(0), null, report);
        }
        if (smallest < options.folds()) {
            // a fold without a class would score it 0: too few rows to choose anything by cross-validation
            report.put("method", "none: a class has fewer training rows (" + smallest + ") than folds ("
                    + options.folds() + "); C " + (options.c() == null ? DEFAULT_C : options.c()) + ", no weighting");
            return new Selection(options.c() == null ? DEFAULT_C : options.c(),
                    "auto".equals(options.classWeight()) ? "none" : options.classWeight(), null, report);
        }
        int[] fold = folds(y, classes, options.folds(), options.seed());
        Map<String, Object> scores = new LinkedHashMap<>();
        double best = -1;
        Selection chosen = null;
        int total = cs.size() * ws.size() * options.folds();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        // the folds of a candidate are independent fits: one per core (each seeded, so the result is the same)
        int threads = Math.max(1, Math.min(options.folds(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nlp-cv");
            t.setDaemon(true);
            return t;
        });
        try {
            for (double c : cs) {
                for (String w : ws) {
                    double[][] oof = new double[y.length][];
                    List<java.util.concurrent.Future<?>> fits = new ArrayList<>();
                    for (int f = 0; f < options.folds(); f++) {
                        int fo = f;
                        fits.add(pool.submit(() -> {
                            List<Integer> in = new ArrayList<>();
                            for (int i = 0; i < y.length; i++) {
                                if (fold[i] != fo) {
                                    in.add(i);
                                }
                            }
                            TfidfFeatures.Vector[] fx = new TfidfFeatures.Vector[in.size()];
                            int[] fy = new int[in.size()];
                            for (int a = 0; a < fx.length; a++) {
                                fx[a] = x[in.get(a)];
                                fy[a] = y[in.get(a)];
                            }
                            LogisticModel m = fit(fx, fy, classes, dim, c, weights(w, fy, classes), options,
                                    true, 1);
                            for (int i = 0; i < y.length; i++) {
                                if (fold[i] == fo) {
                                    oof[i] = m.decision(x[i]);
                                }
                            }
                            progress.accept((double) done.incrementAndGet() / total);
                        }));
                    }
                    for (java.util.concurrent.Future<?> fit : fits) {
                        try {
                            fit.get();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("dihentikan", e);
                        } catch (java.util.concurrent.ExecutionException e) {
                            throw new IllegalStateException(e.getCause());
                        }
                    }
                    List<String> gold = new ArrayList<>();
                    List<String> predicted = new ArrayList<>();
                    for (int i = 0; i < y.length; i++) {
                        gold.add(String.valueOf(y[i]));
                        predicted.add(String.valueOf(argmax(oof[i])));
                    }
                    double f1 = Evaluation.of(gold, predicted, null).macroF1();
                    scores.put("C=" + c + " " + w, f1);
                    if (f1 > best) {
                        best = f1;
                        chosen = new Selection(c, w, oof, report);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        report.put("method", options.folds() + "-fold stratified cross-validation inside the training rows, "
                + "out-of-fold macro-F1 (" + (LogisticModel.MULTINOMIAL.equals(options.solver())
                        ? "L-BFGS gradient tolerance " + SOFTMAX_TOL_CV + "; final fit " + LogisticModel.SOFTMAX_TOL
                        : "LIBLINEAR tolerance " + LogisticModel.EPS_CV + "; final fit " + LogisticModel.EPS) + ")");
        report.put("cv_macro_f1", scores);
        report.put("chosen", "C=" + chosen.c() + " " + chosen.classWeight());
        return chosen;
    }

    /**
     * Gradient tolerance of the multinomial fits inside cross-validation: the final fit's, so that the candidates are
     * ranked as the model that will be fitted (a looser tolerance stops large-C fits early, which acts as extra
     * regularisation and blurs the comparison between C values).
     */
    static final double SOFTMAX_TOL_CV = LogisticModel.SOFTMAX_TOL;

    /** One fit with the solver of {@code options}; {@code cv}: the looser tolerance used to rank candidates. */
    private static LogisticModel fit(TfidfFeatures.Vector[] x, int[] y, int classes, int dim, double c,
            double[] classWeight, TrainingOptions options, boolean cv, int threads) {
        if (LogisticModel.MULTINOMIAL.equals(options.solver())) {
            return LogisticModel.trainSoftmax(x, y, classes, dim, c, classWeight,
                    cv ? SOFTMAX_TOL_CV : LogisticModel.SOFTMAX_TOL, threads, 2000);
        }
        return LogisticModel.train(x, y, classes, dim, c, classWeight, options.seed(),
                cv ? LogisticModel.EPS_CV : LogisticModel.EPS);
    }

    /** Fold of each row: rows of each class shuffled (seeded) and dealt round-robin. */
    private static int[] folds(int[] y, int classes, int k, long seed) {
        int[] fold = new int[y.length];
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int c = 0; c < classes; c++) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (y[i] == c) {
                    idx.add(i);
                }
            }
            for (int i = idx.size() - 1; i > 0; i--) {
                int r = random.nextInt(i + 1);
                Integer t = idx.get(i);
                idx.set(i, idx.get(r));
                idx.set(r, t);
            }
            for (int i = 0; i < idx.size(); i++) {
                fold[idx.get(i)] = i % k;
            }
        }
        return fold;
    }

    /** "balanced": n / (classes * count), as scikit-learn's class_weight="balanced"; null for none. */
    private static double[] weights(String classWeight, int[] y, int classes) {
        if (!"balanced".equals(classWeight)) {
            return null;
        }
        double[] counts = new double[classes];
        for (int v : y) {
            counts[v]++;
        }
        double[] w = new double[classes];
        for (int k = 0; k < classes; k++) {
            w[k] = counts[k] == 0 ? 1 : y.length / (classes * counts[k]);
        }
        return w;
    }

    /**
     * CPU time of the whole process (cross-validation runs on several threads); in a server it also counts other
     * work running meanwhile, so it is an upper bound there.
     */
    private static long cpuTime() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static int argmax(double[] v) {
        int best = 0;
        for (int k = 1; k < v.length; k++) {
            if (v[k] > v[best]) {
                best = k;
            }
        }
        return best;
    }

    /** Multi-class Brier score: mean over rows of the squared distance to the one-hot gold label. */
    static double brier(double[][] p, int[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            for (int k = 0; k < p[i].length; k++) {
                double d = p[i][k] - (y[i] == k ? 1 : 0);
                s += d * d;
            }
        }
        return y.length == 0 ? 0 : s / y.length;
    }

    /** Expected calibration error of the top label's probability over 10 equal-width bins. */
    static double ece(double[][] p, int[] y) {
        int bins = 10;
        double[] conf = new double[bins];
        double[] hit = new double[bins];
        int[] n = new int[bins];
        for (int i = 0; i < y.length; i++) {
            int k = argmax(p[i]);
            int b = Math.min(bins - 1, (int) (p[i][k] * bins));
            conf[b] += p[i][k];
            hit[b] += k == y[i] ? 1 : 0;
            n[b]++;
        }
        double s = 0;
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) {
                s += Math.abs(hit[b] - conf[b]);
            }
        }
        return y.length == 0 ? 0 : s / y.length;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
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
