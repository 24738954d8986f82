package id.matagaruda.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Quality of predictions against gold labels: accuracy, macro F1 (over every label seen in gold or predictions),
 * per-class precision/recall/F1 with support, and the baseline that always answers the majority label.
 */
public record Evaluation(int n, double accuracy, double macroF1, Map<String, ClassScore> perClass, String majority,
        double baselineAccuracy, double baselineMacroF1) {

    public record ClassScore(double precision, double recall, double f1, int support, int predicted) {}

    /**
     * @param majority the baseline's answer: the most frequent label of the training data, or null for the most
     *                 frequent gold label here
     */
    public static Evaluation of(List<String> gold, List<String> predicted, String majority) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        if (majority == null) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            gold.forEach(g -> counts.merge(g, 1, Integer::sum));
            majority = counts.entrySet().stream().sorted((a, b) -> b.getValue() != a.getValue().intValue()
                    ? Integer.compare(b.getValue(), a.getValue()) : a.getKey().compareTo(b.getKey()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
        Scores model = scores(gold, predicted);
        List<String> baseline = new ArrayList<>(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            baseline.add(majority);
        }
        Scores base = scores(gold, baseline);
        return new Evaluation(gold.size(), model.accuracy, model.macroF1, model.perClass, majority, base.accuracy,
                base.macroF1);
    }

    private record Scores(double accuracy, double macroF1, Map<String, ClassScore> perClass) {}

    private static Scores scores(List<String> gold, List<String> predicted) {
        TreeSet<String> labels = new TreeSet<>(gold);
        labels.addAll(predicted);
        Map<String, ClassScore> per = new LinkedHashMap<>();
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(predicted.get(i))) {
                correct++;
            }
        }
        double f1Sum = 0;
        for (String l : labels) {
            int tp = 0;
            int support = 0;
            int pred = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(l);
                boolean p = predicted.get(i).equals(l);
                support += g ? 1 : 0;
                pred += p ? 1 : 0;
                tp += g && p ? 1 : 0;
            }
            double precision = pred == 0 ? 0 : (double) tp / pred;
            double recall = support == 0 ? 0 : (double) tp / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            f1Sum += f1;
            per.put(l, new ClassScore(round(precision), round(recall), round(f1), support, pred));
        }
        return new Scores(gold.isEmpty() ? 0 : round((double) correct / gold.size()),
                labels.isEmpty() ? 0 : round(f1Sum / labels.size()), per);
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** As the CLI and API print it: snake_case keys. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("accuracy", accuracy);
        m.put("macro_f1", macroF1);
        Map<String, Object> classes = new LinkedHashMap<>();
        perClass.forEach((k, v) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("precision", v.precision());
            c.put("recall", v.recall());
            c.put("f1", v.f1());
            c.put("support", v.support());
            c.put("predicted", v.predicted());
            classes.put(k, c);
        });
        m.put("per_class", classes);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("label", majority);
        b.put("accuracy", baselineAccuracy);
        b.put("macro_f1", baselineMacroF1);
        m.put("majority_baseline", b);
        return m;
    }
}
