package id.matagaruda.forecast.internal;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees (XGBoost) for "at least one event", with SHAP contributions from the trees themselves. One
 * thread, exact seeded settings and no row or column sampling: the same data give the same trees.
 */
public final class Trees implements Model {

    static final int ROUNDS = 120;

    private final Booster booster;

    private Trees(Booster booster) {
        this.booster = booster;
    }

    @Override
    public String name() {
        return "xgboost";
    }

    public static Trees fit(double[] x, int width, double[] y, long seed) {
        return fit(x, width, y, seed, 3);
    }

    /** @param depth the deepest split chain of a tree: 2 lets pairs of features interact, 3 triples */
    public static Trees fit(double[] x, int width, double[] y, long seed, int depth) {
        DMatrix train = null;
        try {
            train = matrix(x, width);
            float[] labels = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = (float) y[i];
            }
            train.setLabel(labels);
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "binary:logistic");
            params.put("eta", 0.08);
            params.put("max_depth", depth);
            params.put("min_child_weight", 2.0);
            params.put("lambda", 2.0);
            params.put("subsample", 1.0);
            params.put("colsample_bytree", 1.0);
            params.put("tree_method", "hist");
            params.put("nthread", 1);
            params.put("seed", seed);
            params.put("verbosity", 0);
            return new Trees(XGBoost.train(train, params, ROUNDS, new HashMap<>(), null, null));
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (train != null) {
                train.dispose();
            }
        }
    }

    @Override
    public double[] predict(double[] x, int width) {
        DMatrix m = null;
        try {
            m = matrix(x, width);
            float[][] p = booster.predict(m);
            double[] out = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                out[i] = p[i][0];
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
        } finally {
            if (m != null) {
                m.dispose();
            }
        }
    }

    @Override
    public double[][] contributions(double[] x, int width) {
        DMatrix m = null;
        try {
            m = matrix(x, width);
            float[][] c = booster.predictContrib(m, 0);
            double[][] out = new double[c.length][];
            for (int i = 0; i < c.length; i++) {
                out[i] = new double[c[i].length];
                for (int j = 0; j < c[i].length; j++) {
                    out[i][j] = c[i][j];
                }
            }
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost contributions failed: " + e.getMessage(), e);
        } finally {
            if (m != null) {
                m.dispose();
            }
        }
    }

    @Override
    public void close() {
        booster.dispose();
    }

    private static DMatrix matrix(double[] x, int width) throws XGBoostError {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return new DMatrix(f, x.length / width, width, Float.NaN);
    }
}
