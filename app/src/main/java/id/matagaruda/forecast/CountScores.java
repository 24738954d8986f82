package id.matagaruda.forecast;

/** Mean absolute error of the expected event counts on held-out rows: the Poisson model and the region's past mean. */
public record CountScores(double modelMae, double historicalMeanMae) {}
