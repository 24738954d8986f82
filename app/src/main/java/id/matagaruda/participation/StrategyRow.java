package id.matagaruda.participation;

import java.util.List;

/**
 * One kab/kota against a turnout target: the forecast with its interval, the gap ({@code selisih} = target - prediksi,
 * positive = shortfall), the drivers pulling it down and, when below target, the recommended programmes.
 */
public record StrategyRow(
        String kodeWilayah,
        String nama,
        String provinsi,
        double prediksi,
        double batasBawah,
        double batasAtas,
        double target,
        double selisih,
        boolean belowTarget,
        Double observed,
        String flag,
        List<DriverEffect> pendorongUtama,
        List<Recommendation> rekomendasi) {}
