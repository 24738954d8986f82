package id.matagaruda.forecast;

import java.util.List;

/**
 * The forecast of one region for the periods after the data: probability of at least one event, its risk band
 * ("rawan tinggi", "rawan sedang", "rawan rendah", from the probability relative to the base rate: {@link RiskBands}), the expected number of events, the
 * main drivers as one Indonesian phrase (the CSV column) and the drivers with their contributions, strongest first.
 */
public record RegionRisk(String kodeWilayah, String nama, String periode, double probabilitas, String kategoriRisiko,
        double perkiraanJumlah, String pendorongUtama, List<Driver> pendorong) {
}
