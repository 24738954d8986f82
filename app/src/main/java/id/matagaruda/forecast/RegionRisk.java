package id.matagaruda.forecast;

import java.util.List;

/**
 * The forecast of one region for the periods after the data: probability of at least one event, its risk category
 * ("rawan tinggi", "rawan sedang", "rawan rendah"), the expected number of events, the
 * main drivers as one Indonesian phrase (the CSV column) and the drivers with their contributions, strongest first.
 */
public record RegionRisk(String kodeWilayah, String nama, String periode, double probabilitas, String kategoriRisiko,
        double perkiraanJumlah, String pendorongUtama, List<Driver> pendorong) {

    /** Category thresholds on the probability; fixed so that a map means the same thing from one run to the next. */
    public static final double HIGH = 0.5;
    public static final double MEDIUM = 0.2;

    public static String category(double p) {
        return p >= HIGH ? "rawan tinggi" : p >= MEDIUM ? "rawan sedang" : "rawan rendah";
    }
}
