package id.matagaruda.participation;

import java.util.List;

/**
 * The model's turnout for a kab/kota's next election like its latest one in the data, with the 80% interval and the
 * drivers, largest effect first. {@code observed} is the latest turnout in the data (null if missing) and {@code flag}
 * the reason that row was kept out of training (null if it was used).
 */
public record RegionForecast(
        String kodeWilayah,
        String nama,
        String provinsi,
        double prediksi,
        double batasBawah,
        double batasAtas,
        double nationalMean,
        Double observed,
        String flag,
        List<DriverEffect> drivers) {

    /** Effects smaller than this (percentage points) are noise of the tree ensemble, not a driver worth a programme. */
    public static final double MEANINGFUL = 0.05;

    /** The drivers pulling turnout below the national mean by at least {@link #MEANINGFUL}, strongest first. */
    public List<DriverEffect> downDrivers() {
        return drivers.stream().filter(d -> d.effect() <= -MEANINGFUL)
                .sorted(java.util.Comparator.comparingDouble(DriverEffect::effect)).toList();
    }
}
