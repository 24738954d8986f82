package id.matagaruda.nlp;

/**
 * Parameters of the linear classifier: hashed feature space size (a power of two), character n-gram range, AdaGrad
 * epochs, learning rate and L2, the seed of shuffling and split, and the share of rows held out for the metrics.
 */
public record TrainingOptions(int dim, int minChar, int maxChar, int epochs, double learningRate, double l2, long seed,
        double holdout) {

    public TrainingOptions {
        if (Integer.bitCount(dim) != 1 || dim < 1024) {
            throw new IllegalArgumentException("dim harus pangkat dua >= 1024: " + dim);
        }
        if (minChar < 1 || maxChar < minChar) {
            throw new IllegalArgumentException("rentang n-gram karakter tidak valid: " + minChar + "-" + maxChar);
        }
        if (holdout < 0 || holdout >= 1) {
            throw new IllegalArgumentException("holdout harus di [0, 1): " + holdout);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs harus >= 1: " + epochs);
        }
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(1 << 18, 3, 5, 8, 0.5, 1e-6, 7, 0.2);
    }

    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(dim, minChar, maxChar, epochs, learningRate, l2, s, holdout);
    }

    public TrainingOptions withHoldout(double h) {
        return new TrainingOptions(dim, minChar, maxChar, epochs, learningRate, l2, seed, h);
    }

    public TrainingOptions withEpochs(int e) {
        return new TrainingOptions(dim, minChar, maxChar, e, learningRate, l2, seed, holdout);
    }

    public TrainingOptions withDim(int d) {
        return new TrainingOptions(d, minChar, maxChar, epochs, learningRate, l2, seed, holdout);
    }
}
