package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.RiskSettings.Granularity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Slow-moving context known before a forecast date: BPS IPM and its components by province (a year's figure is used
 * from the next year on, when it is published), and the election calendar, which is public long before the vote.
 */
public final class Covariates {

    /** The IPM columns used, with the feature each becomes. */
    static final String[][] IPM = {
        {"ipm", "ipm"}, {"uhh_tahun", "uhh"}, {"hls_tahun", "hls"}, {"rls_tahun", "rls"},
        {"pengeluaran_per_kapita_disesuaikan_ribu_rp_per_tahun", "pengeluaran"}};

    private static volatile Covariates shipped;

    /** province -> year -> IPM values in the order of {@link #IPM}. */
    private final Map<String, TreeMap<Integer, double[]>> ipm;
    /** month number (year*12+m-1) of each election by kind; "pilgub" per province. */
    private final List<Integer> pilkada = new ArrayList<>();
    private final List<Integer> pemilu = new ArrayList<>();
    private final Map<String, List<Integer>> pilgub = new HashMap<>();
    private final List<Integer> pilgubEverywhere = new ArrayList<>();

    private Covariates(Map<String, TreeMap<Integer, double[]>> ipm, List<CSVRecord> elections) {
        this.ipm = ipm;
        for (CSVRecord r : elections) {
            int month = Periods.parse(r.get("bulan"), Granularity.MONTH);
            switch (r.get("jenis")) {
                case "pilkada" -> pilkada.add(month);
                case "pemilu" -> pemilu.add(month);
                case "pilgub" -> {
                    if (r.get("kode_wilayah").equals("*")) {
                        pilgubEverywhere.add(month);
                    } else {
                        pilgub.computeIfAbsent(r.get("kode_wilayah"), k -> new ArrayList<>()).add(month);
                    }
                }
                default -> throw new IllegalStateException("unknown election kind " + r.get("jenis"));
            }
        }
    }

    public static Covariates shipped() {
        Covariates c = shipped;
        if (c == null) {
            synchronized (Covariates.class) {
                c = shipped;
                if (c == null) {
                    c = load();
                    shipped = c;
                }
            }
        }
        return c;
    }

    /** IPM values of a province as known at the start of {@code year} (the latest year before it), or null. */
    double[] ipm(String province, int year) {
        TreeMap<Integer, double[]> byYear = ipm.get(ipmProvince(province));
        if (byYear == null) {
            return null;
        }
        Map.Entry<Integer, double[]> e = byYear.lowerEntry(year);
        return e == null ? null : e.getValue();
    }

    /** Whether a simultaneous Pilkada falls in the h periods from {@code start}. */
    boolean pilkada(int start, int h, Granularity g) {
        return any(pilkada, start, h, g);
    }

    boolean pemilu(int start, int h, Granularity g) {
        return any(pemilu, start, h, g);
    }

    boolean pilgub(String province, int start, int h, Granularity g) {
        if (!province.equals("34") && any(pilgubEverywhere, start, h, g)) {
            return true;
        }
        List<Integer> months = pilgub.get(province);
        return months != null && any(months, start, h, g);
    }

    private static boolean any(List<Integer> months, int start, int h, Granularity g) {
        for (int m : months) {
            int p = g == Granularity.YEAR ? Math.floorDiv(m, 12) : m;
            if (p >= start && p < start + h) {
                return true;
            }
        }
        return false;
    }

    // BPS still reports the undivided Papua (91) and Papua Barat (92); the provinces split from them in 2022 take their
    // parent's figures.
    private static String ipmProvince(String province) {
        return switch (province) {
            case "93", "94", "95" -> "91";
            case "96" -> "92";
            default -> province;
        };
    }

    private static Covariates load() {
        Map<String, TreeMap<Integer, double[]>> ipm = new HashMap<>();
        for (CSVRecord r : csv("index/data/ipm_nasional_provinsi_2010_2021.csv")) {
            if (!"provinsi".equals(r.get("level"))) {
                continue;
            }
            double[] v = new double[IPM.length];
            for (int i = 0; i < IPM.length; i++) {
                String s = r.get(IPM[i][0]);
                v[i] = s == null || s.isBlank() ? Double.NaN : Double.parseDouble(s);
            }
            ipm.computeIfAbsent(r.get("kode_kemendagri2025"), k -> new TreeMap<>())
                    .put(Integer.parseInt(r.get("tahun")), v);
        }
        return new Covariates(ipm, csv("forecast/pilkada.csv"));
    }

    private static List<CSVRecord> csv(String resource) {
        try (InputStream in = Covariates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            CSVFormat f = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            try (CSVParser p = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), f)) {
                return p.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
