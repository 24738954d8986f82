package id.matagaruda.forecast;

import id.matagaruda.shared.Methodologies;
import id.matagaruda.shared.Methodology;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The risk bands of the maps ("rawan rendah", "rawan sedang", "rawan tinggi"), from a region's calibrated probability
 * relative to the base rate, as {@code methodology/risk-bands.yaml} says, and the share of regions in each band.
 */
public final class RiskBands {

    public static final String ID = "risk-bands";
    public static final List<String> BANDS = List.of("rawan tinggi", "rawan sedang", "rawan rendah");

    private RiskBands() {
    }

    public static Methodology methodology() {
        return Methodologies.get(ID);
    }

    /** "risk-bands v1". */
    public static String reference() {
        return methodology().reference();
    }

    /** The odds ratio of p against the base rate (a probability ratio when the file says {@code rasio}). */
    public static double ratio(double p, double baseRate) {
        Methodology m = methodology();
        if (baseRate <= 0) {
            return p > 0 ? Double.POSITIVE_INFINITY : 1;
        }
        if ("rasio".equals(m.text("ukuran"))) {
            return p / baseRate;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return (p / (1 - p)) / (baseRate / (1 - baseRate));
    }

    public static String category(double p, double baseRate) {
        Methodology m = methodology();
        double r = ratio(p, baseRate);
        if (r >= m.number("tinggi.rasio_min") && p >= m.number("tinggi.peluang_min")) {
            return "rawan tinggi";
        }
        return r >= m.number("sedang.rasio_min") ? "rawan sedang" : "rawan rendah";
    }

    /** Band -> share of the regions (0-1), every band present, in the order of {@link #BANDS}. */
    public static Map<String, Double> shares(List<RegionRisk> regions) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String b : BANDS) {
            long k = regions.stream().filter(r -> r.kategoriRisiko().equals(b)).count();
            out.put(b, regions.isEmpty() ? 0 : (double) k / regions.size());
        }
        return out;
    }

    /** Band -> number of regions, in the order of {@link #BANDS}. */
    public static Map<String, Long> counts(List<RegionRisk> regions) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String b : BANDS) {
            out.put(b, regions.stream().filter(r -> r.kategoriRisiko().equals(b)).count());
        }
        return out;
    }
}
