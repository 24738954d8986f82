package id.matagaruda.forecast;

/**
 * One candidate of the model selection and its rolling-origin cross-validation score inside the training periods:
 * the model family ("logistic" or "xgboost"), its setting (the logistic model's C = 1 / L2 penalty, or the trees'
 * depth), the calibration fitted on out-of-fold predictions ("platt" or "isotonic"), and the mean Brier score of its
 * calibrated and raw out-of-fold predictions over the validation folds.
 */
public record CvScore(String model, String setting, String calibration, double brier, double brierUncalibrated) {

    public String label() {
        return model + " " + setting + " + " + calibration;
    }
}
