package id.matagaruda.forecast;

/**
 * How well probabilities matched what happened on held-out periods. Brier and log loss: lower is better; ROC AUC and
 * PR AUC (average precision): higher is better, NaN when the test periods hold no event or only events.
 */
public record Scores(double brier, double logLoss, double rocAuc, double prAuc) {}
