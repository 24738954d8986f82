package id.matagaruda.nlp.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Multinomial logistic regression over hashed sparse features, trained with AdaGrad on the log loss plus L2 on the
 * weights a document touches. Single-threaded and seeded, so the same data, parameters and seed give the same weights.
 * Inputs are weighted by idf (from the training documents) and L2-normalised.
 */
public final class SoftmaxModel {

    private final int classes;
    private final int dim;
    final float[] weights; // feature-major: weights[j * classes + k]
    final float[] bias;
    final float[] idf;

    SoftmaxModel(int classes, int dim) {
        this.classes = classes;
        this.dim = dim;
        this.weights = new float[classes * dim];
        this.bias = new float[classes];
        this.idf = new float[dim];
    }

    public int classes() {
        return classes;
    }

    /** Trains on {@code docs} with gold class indices {@code y}; {@code epochDone} hears each finished epoch. */
    public static SoftmaxModel train(Features.Vector[] docs, int[] y, int classes, int dim, int epochs,
            double learningRate, double l2, long seed, IntConsumer epochDone) {
        SoftmaxModel m = new SoftmaxModel(classes, dim);
        int[] df = new int[dim];
        for (Features.Vector d : docs) {
            for (int j : d.index()) {
                df[j]++;
            }
        }
        for (int j = 0; j < dim; j++) {
            m.idf[j] = (float) (Math.log((docs.length + 1.0) / (df[j] + 1.0)) + 1.0);
        }
        float[][] x = new float[docs.length][];
        for (int i = 0; i < docs.length; i++) {
            x[i] = m.weigh(docs[i]);
        }
        float[] g2 = new float[classes * dim];
        float[] b2 = new float[classes];
        int[] order = new int[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] p = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int r = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[r];
                order[r] = t;
            }
            for (int doc : order) {
                int[] idx = docs[doc].index();
                float[] val = x[doc];
                m.probabilities(idx, val, p);
                for (int k = 0; k < classes; k++) {
                    double g = p[k] - (y[doc] == k ? 1 : 0);
                    b2[k] += (float) (g * g);
                    m.bias[k] -= (float) (learningRate * g / Math.sqrt(b2[k] + 1e-8));
                    for (int a = 0; a < idx.length; a++) {
                        int o = idx[a] * classes + k;
                        double grad = g * val[a] + l2 * m.weights[o];
                        g2[o] += (float) (grad * grad);
                        m.weights[o] -= (float) (learningRate * grad / Math.sqrt(g2[o] + 1e-8));
                    }
                }
            }
            if (epochDone != null) {
                epochDone.accept(epoch + 1);
            }
        }
        return m;
    }

    /** idf-weighted, L2-normalised values of a document's features. */
    float[] weigh(Features.Vector d) {
        int[] idx = d.index();
        float[] out = new float[idx.length];
        double norm = 0;
        for (int a = 0; a < idx.length; a++) {
            out[a] = d.value()[a] * idf[idx[a]];
            norm += out[a] * out[a];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int a = 0; a < out.length; a++) {
            out[a] *= scale;
        }
        return out;
    }

    void probabilities(int[] idx, float[] val, double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            double s = bias[k];
            for (int a = 0; a < idx.length; a++) {
                s += weights[idx[a] * classes + k] * val[a];
            }
            p[k] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            p[k] = Math.exp(p[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < classes; k++) {
            p[k] /= sum;
        }
    }

    /** Class probabilities of a document. */
    public double[] predict(Features.Vector d) {
        double[] p = new double[classes];
        probabilities(d.index(), weigh(d), p);
        return p;
    }

    /** What one feature with weighted value {@code v} adds to class {@code k}'s score. */
    public double contribution(int feature, int k, double v) {
        return weights[feature * classes + k] * v;
    }

    public double idf(int feature) {
        return idf[feature];
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(dim);
        for (float v : bias) {
            out.writeFloat(v);
        }
        for (float v : idf) {
            out.writeFloat(v);
        }
        for (float v : weights) {
            out.writeFloat(v);
        }
    }

    public static SoftmaxModel read(DataInputStream in) throws IOException {
        SoftmaxModel m = new SoftmaxModel(in.readInt(), in.readInt());
        for (int k = 0; k < m.classes; k++) {
            m.bias[k] = in.readFloat();
        }
        for (int j = 0; j < m.dim; j++) {
            m.idf[j] = in.readFloat();
        }
        for (int i = 0; i < m.weights.length; i++) {
            m.weights[i] = in.readFloat();
        }
        return m;
    }
}
