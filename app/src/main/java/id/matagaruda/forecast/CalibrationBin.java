package id.matagaruda.forecast;

/** One bin of the reliability check: forecasts in [from, to), their mean probability and the share that happened. */
public record CalibrationBin(double from, double to, int n, double meanProbability, double observedRate) {}
