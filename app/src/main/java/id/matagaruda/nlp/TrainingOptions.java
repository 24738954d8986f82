package id.matagaruda.nlp;

import id.matagaruda.shared.Methodologies;
import id.matagaruda.shared.Methodology;
import java.util.List;

/**
 * Parameters of the TF-IDF logistic regression: the feature settings, the inverse regularisation strength C (null:
 * chosen by stratified cross-validation inside the training rows from {@link #C_GRID}), class weighting ("none",
 * "balanced", or "auto": chosen by the same cross-validation), calibration ("none": the model's own probabilities
 * (softmax, or LIBLINEAR's normalised sigmoids), the default; "platt": one temperature fitted on out-of-fold decision values), the seed of split and folds, the share
 * of rows held out for the metrics, the number of cross-validation folds, and the solver ("multinomial": softmax
 * L2 logistic regression by L-BFGS, the default, as the peer; "liblinear": LIBLINEAR one-vs-rest).
 *
 * <p>Why LIBLINEAR's own probabilities were the default when it was the only solver: on the bench split (seed 42) they were already well calibrated
 * (ECE 0.016 on SmSA, 0.030 on EmoT; Brier 0.181, 0.421) and the temperature fitted on out-of-fold scores did not
 * improve them (ECE 0.027, 0.050; Brier 0.182, 0.418): the fold models are fitted on two thirds of the rows with a
 * looser tolerance, so their scale does not carry over to the final fit. Neither choice changes a predicted label.
 */
public record TrainingOptions(FeatureSettings features, Double c, String classWeight, String calibration, long seed,
        double holdout, int folds, String solver) {

    /** The methodology file holding the default solver, weighting, C grid and folds. */
    public static final Methodology METHODOLOGY = Methodologies.get("text-classifier");

    /** The C values cross-validation tries (methodology file): the peer's C = 10 and half a decade either side. */
    public static final List<Double> C_GRID = ((List<?>) METHODOLOGY.at("validasi_silang.c_grid")).stream()
            .map(v -> ((Number) v).doubleValue()).toList();
    public static final List<String> CLASS_WEIGHTS = List.of("none", "balanced", "auto");
    public static final List<String> CALIBRATIONS = List.of("platt", "none");
    /** multinomial: softmax L2 logistic regression by L-BFGS (default); liblinear: LIBLINEAR one-vs-rest. */
    public static final List<String> SOLVERS = List.of("multinomial", "liblinear");

    public TrainingOptions {
        if (!SOLVERS.contains(solver)) {
            throw new IllegalArgumentException("solver harus salah satu dari " + SOLVERS + ": " + solver);
        }
        if (features == null) {
            throw new IllegalArgumentException("pengaturan fitur wajib ada");
        }
        if (c != null && !(c > 0 && c < 1e6)) {
            throw new IllegalArgumentException("C harus > 0: " + c);
        }
        if (!CLASS_WEIGHTS.contains(classWeight)) {
            throw new IllegalArgumentException("bobot kelas harus salah satu dari " + CLASS_WEIGHTS + ": " + classWeight);
        }
        if (!CALIBRATIONS.contains(calibration)) {
            throw new IllegalArgumentException("kalibrasi harus salah satu dari " + CALIBRATIONS + ": " + calibration);
        }
        if (holdout < 0 || holdout >= 1) {
            throw new IllegalArgumentException("holdout harus di [0, 1): " + holdout);
        }
        if (folds < 2 || folds > 20) {
            throw new IllegalArgumentException("lipatan validasi silang harus 2-20: " + folds);
        }
    }

    /**
     * Peer's features; solver, class weighting and folds from the methodology file (multinomial, none, 3); C chosen
     * by cross-validation from its grid; the model's own probabilities.
     */
    public static TrainingOptions defaults() {
        return new TrainingOptions(FeatureSettings.defaults(), null, METHODOLOGY.text("pelatihan.class_weight"), "none",
                7, 0.2, METHODOLOGY.integer("validasi_silang.lipatan"), METHODOLOGY.text("pelatihan.solver"));
    }

    public TrainingOptions withSolver(String s) {
        return new TrainingOptions(features, c, classWeight, calibration, seed, holdout, folds, s);
    }

    public TrainingOptions withSeed(long s) {
        return new TrainingOptions(features, c, classWeight, calibration, s, holdout, folds, solver);
    }

    public TrainingOptions withHoldout(double h) {
        return new TrainingOptions(features, c, classWeight, calibration, seed, h, folds, solver);
    }

    public TrainingOptions withC(Double value) {
        return new TrainingOptions(features, value, classWeight, calibration, seed, holdout, folds, solver);
    }

    public TrainingOptions withClassWeight(String w) {
        return new TrainingOptions(features, c, w, calibration, seed, holdout, folds, solver);
    }

    public TrainingOptions withCalibration(String cal) {
        return new TrainingOptions(features, c, classWeight, cal, seed, holdout, folds, solver);
    }

    public TrainingOptions withFeatures(FeatureSettings f) {
        return new TrainingOptions(f, c, classWeight, calibration, seed, holdout, folds, solver);
    }

    public TrainingOptions withFolds(int f) {
        return new TrainingOptions(features, c, classWeight, calibration, seed, holdout, f, solver);
    }

    /** Cross-validation is needed to choose C or the weighting, or to fit the calibration. */
    boolean needsCrossValidation() {
        return c == null || "auto".equals(classWeight) || "platt".equals(calibration);
    }
}
