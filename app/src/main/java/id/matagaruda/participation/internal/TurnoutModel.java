package id.matagaruda.participation.internal;

import id.matagaruda.participation.TurnoutRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost, one thread, fixed seed: same input, same numbers) on the regional features plus the
 * province target encoding. The encoding of a training row comes from the other inner folds of the training rows
 * (grouped by region), so the trees never see a row's own turnout through it; rows to predict get the encoding of all
 * training rows. Both shrink towards the training mean: (sum + m * mean) / (n + m).
 */
public final class TurnoutModel {

    /** Hyper-parameters; the defaults were chosen once on the 2019 data by K-fold error and are not tuned per run. */
    public record Params(int rounds, double eta, int depth, double subsample, double colsample, double minChildWeight,
            double lambda, double shrinkage, int encodingFolds) {
        public static Params defaults() {
            return new Params(300, 0.03, 3, 0.8, 0.8, 5, 5, 10, 5);
        }
    }

    private TurnoutModel() {}

    public static Fitted fit(List<TurnoutRecord> train, FeatureSpace space, long seed, Params p) {
        double mean = train.stream().mapToDouble(TurnoutRecord::turnout).average().orElseThrow();
        Map<String, double[]> sums = provinceSums(train);
        double[] encoding = innerEncoding(train, mean, seed, p);
        int w = space.width();
        float[] x = new float[train.size() * w];
        float[] y = new float[train.size()];
        for (int i = 0; i < train.size(); i++) {
            System.arraycopy(space.row(train.get(i), encoding[i], null, false), 0, x, i * w, w);
            y[i] = train.get(i).turnout().floatValue();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("objective", "reg:squarederror");
        params.put("eta", p.eta());
        params.put("max_depth", p.depth());
        params.put("subsample", p.subsample());
        params.put("colsample_bytree", p.colsample());
        params.put("min_child_weight", p.minChildWeight());
        params.put("lambda", p.lambda());
        params.put("tree_method", "exact");
        params.put("nthread", 1);
        params.put("seed", (int) (seed & 0x7fffffff));
        params.put("base_score", mean);
        params.put("verbosity", 0);
        try {
            DMatrix m = new DMatrix(x, train.size(), w, Float.NaN);
            try {
                m.setLabel(y);
                Booster booster = XGBoost.train(m, params, p.rounds(), Map.of(), null, null);
                return new Fitted(booster, space, mean, sums, p.shrinkage());
            } finally {
                m.dispose();
            }
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
        }
    }

    static Map<String, double[]> provinceSums(List<TurnoutRecord> rows) {
        Map<String, double[]> sums = new HashMap<>();
        for (TurnoutRecord r : rows) {
            double[] s = sums.computeIfAbsent(r.provinsi(), k -> new double[2]);
            s[0] += r.turnout();
            s[1]++;
        }
        return sums;
    }

    static double shrunk(double[] s, double mean, double m) {
        return s == null ? mean : (s[0] + m * mean) / (s[1] + m);
    }

    private static double[] innerEncoding(List<TurnoutRecord> train, double mean, long seed, Params p) {
        List<Integer> folds = Folds.byRegion(train, p.encodingFolds(), seed ^ 0x5DEECE66DL);
        double[] out = new double[train.size()];
        for (int f = 0; f < p.encodingFolds(); f++) {
            List<TurnoutRecord> others = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (folds.get(i) != f) {
                    others.add(train.get(i));
                }
            }
            Map<String, double[]> sums = provinceSums(others);
            double otherMean = others.isEmpty() ? mean
                    : others.stream().mapToDouble(TurnoutRecord::turnout).average().orElse(mean);
            for (int i = 0; i < train.size(); i++) {
                if (folds.get(i) == f) {
                    out[i] = shrunk(sums.get(train.get(i).provinsi()), otherMean, p.shrinkage());
                }
            }
        }
        return out;
    }

    /** Fold numbers per row: the regions shuffled with the seed, then dealt round-robin, so a region never straddles folds. */
    public static final class Folds {
        private Folds() {}

        public static List<Integer> byRegion(List<TurnoutRecord> rows, int k, long seed) {
            List<String> regions = rows.stream().map(TurnoutRecord::kodeWilayah).distinct().sorted().toList();
            List<String> shuffled = new ArrayList<>(regions);
            Collections.shuffle(shuffled, new Random(seed));
            Map<String, Integer> fold = new HashMap<>();
            for (int i = 0; i < shuffled.size(); i++) {
                fold.put(shuffled.get(i), i % k);
            }
            return rows.stream().map(r -> fold.get(r.kodeWilayah())).toList();
        }
    }

    /** A trained model; holds native memory, so close it. */
    public static final class Fitted implements AutoCloseable {
        private final Booster booster;
        private final FeatureSpace space;
        private final double mean;
        private final Map<String, double[]> sums;
        private final double shrinkage;

        Fitted(Booster booster, FeatureSpace space, double mean, Map<String, double[]> sums, double shrinkage) {
            this.booster = booster;
            this.space = space;
            this.mean = mean;
            this.sums = sums;
            this.shrinkage = shrinkage;
        }

        public double mean() {
            return mean;
        }

        public double encoding(String provinsi) {
            return shrunk(sums.get(provinsi), mean, shrinkage);
        }

        public float[] features(TurnoutRecord r, Double previous, boolean overridePrevious) {
            return space.row(r, encoding(r.provinsi()), previous, overridePrevious);
        }

        public double[] predict(List<TurnoutRecord> rows) {
            List<float[]> x = rows.stream().map(r -> features(r, null, false)).toList();
            return predictRows(x);
        }

        public double[] predictRows(List<float[]> rows) {
            if (rows.isEmpty()) {
                return new double[0];
            }
            try {
                DMatrix m = matrix(rows);
                try {
                    float[][] p = booster.predict(m);
                    double[] out = new double[p.length];
                    for (int i = 0; i < p.length; i++) {
                        out[i] = p[i][0];
                    }
                    return out;
                } finally {
                    m.dispose();
                }
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
            }
        }

        /** Per row: one contribution per column, then the bias (the model's expectation), summing to the prediction. */
        public float[][] contributions(List<float[]> rows) {
            try {
                DMatrix m = matrix(rows);
                try {
                    return booster.predictContrib(m, 0);
                } finally {
                    m.dispose();
                }
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
            }
        }

        private DMatrix matrix(List<float[]> rows) throws XGBoostError {
            int w = space.width();
            float[] x = new float[rows.size() * w];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, x, i * w, w);
            }
            return new DMatrix(x, rows.size(), w, Float.NaN);
        }

        @Override
        public void close() {
            booster.dispose();
        }
    }
}
