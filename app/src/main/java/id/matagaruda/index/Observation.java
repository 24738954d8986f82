package id.matagaruda.index;

/** One input value: an indicator of a region in a year; {@code nilai} null means the value is known to be missing. */
public record Observation(String kodeWilayah, int tahun, String indikator, Double nilai) {}
