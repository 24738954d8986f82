package id.matagaruda.participation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Province IPM components (UHH, HLS, RLS, expenditure) from the BPS series shipped with the index module, for the
 * nearest year. The series predates the 2022 Papua split: 93, 94 and 95 read the undivided Papua (91), 96 Papua Barat (92).
 */
public final class ProvinceIpm {

    static final String FILE = "index/data/ipm_nasional_provinsi_2010_2021.csv";
    private static final Map<String, String> SPLIT_2022 = Map.of("93", "91", "94", "91", "95", "91", "96", "92");
    private static volatile ProvinceIpm shipped;

    private final Map<String, TreeMap<Integer, double[]>> byProvince;

    private ProvinceIpm(Map<String, TreeMap<Integer, double[]>> byProvince) {
        this.byProvince = byProvince;
    }

    public static ProvinceIpm shipped() {
        if (shipped == null) {
            synchronized (ProvinceIpm.class) {
                if (shipped == null) {
                    shipped = load();
                }
            }
        }
        return shipped;
    }

    /** {uhh, hls, rls, pengeluaran} of the nearest year (the earlier one on a tie), or null when the province is absent. */
    public double[] components(String provinsi, Integer year) {
        TreeMap<Integer, double[]> series = byProvince.get(SPLIT_2022.getOrDefault(provinsi, provinsi));
        if (series == null || series.isEmpty()) {
            return null;
        }
        if (year == null) {
            return series.lastEntry().getValue();
        }
        Map.Entry<Integer, double[]> below = series.floorEntry(year);
        Map.Entry<Integer, double[]> above = series.ceilingEntry(year);
        if (below == null) {
            return above.getValue();
        }
        if (above == null) {
            return below.getValue();
        }
        return year - below.getKey() <= above.getKey() - year ? below.getValue() : above.getValue();
    }

    private static ProvinceIpm load() {
        Map<String, TreeMap<Integer, double[]>> map = new HashMap<>();
        try (InputStream in = ProvinceIpm.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " missing from the jar");
            }
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (!"provinsi".equals(r.get("level"))) {
                    continue;
                }
                try {
                    double[] v = {Double.parseDouble(r.get("uhh_tahun")), Double.parseDouble(r.get("hls_tahun")),
                        Double.parseDouble(r.get("rls_tahun")),
                        Double.parseDouble(r.get("pengeluaran_per_kapita_disesuaikan_ribu_rp_per_tahun"))};
                    map.computeIfAbsent(r.get("kode_kemendagri2025"), k -> new TreeMap<>())
                            .put(Integer.parseInt(r.get("tahun")), v);
                } catch (NumberFormatException e) {
                    // a year without a published component is skipped, the nearest other year serves
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProvinceIpm(map);
    }
}
