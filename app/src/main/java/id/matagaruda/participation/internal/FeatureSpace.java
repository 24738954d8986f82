package id.matagaruda.participation.internal;

import id.matagaruda.participation.TurnoutDriver;
import id.matagaruda.participation.TurnoutRecord;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.shared.NumberText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The feature columns of one input: fixed regional features, election type as indicators, the previous turnout of the
 * same region (latest earlier year in the input), each {@code indeks_*} column, and the province target encoding that
 * the caller computes from training rows only. Missing values are NaN, which the boosted trees route on their own.
 */
public final class FeatureSpace {

    public static final List<String> TYPES = List.of("pilpres", "pileg", "pilgub", "pilbup", "pilwalkot");

    /** One column: its name and the driver its contribution is reported under. */
    public record Column(String name, String driverKey, String driverName) {}

    private final List<Column> columns = new ArrayList<>();
    private final List<String> indexColumns;
    private final Map<Integer, Double> previousByLine = new HashMap<>();
    private final ReferenceRegions regions;
    private final ProvinceIpm ipm;

    /** {@code untrusted}: file lines whose turnout must not serve as a previous turnout (the flagged rows). */
    public FeatureSpace(List<TurnoutRecord> all, java.util.Set<Integer> untrusted) {
        this.regions = ReferenceRegions.shipped();
        this.ipm = ProvinceIpm.shipped();
        TreeSet<String> idx = new TreeSet<>();
        all.forEach(r -> idx.addAll(r.indeks().keySet()));
        this.indexColumns = List.copyOf(idx);
        add("te_provinsi", TurnoutDriver.POLA_PROVINSI);
        add("log_penduduk", TurnoutDriver.PENDUDUK);
        add("log_kepadatan", TurnoutDriver.KEPADATAN);
        add("kota", TurnoutDriver.STATUS_KOTA);
        add("uhh", TurnoutDriver.UHH);
        add("hls", TurnoutDriver.HLS);
        add("rls", TurnoutDriver.RLS);
        add("log_pengeluaran", TurnoutDriver.PENGELUARAN);
        add("pemilih_per_tps", TurnoutDriver.PEMILIH_PER_TPS);
        add("rasio_dpt_penduduk", TurnoutDriver.RASIO_DPT);
        add("partisipasi_sebelumnya", TurnoutDriver.PARTISIPASI_SEBELUMNYA);
        for (String t : TYPES) {
            add("jenis_" + t, TurnoutDriver.JENIS_PEMILIHAN);
        }
        for (String i : indexColumns) {
            String label = "Indeks " + i.substring("indeks_".length()).toUpperCase(Locale.ROOT);
            columns.add(new Column(i, i, label));
        }
        Map<String, List<TurnoutRecord>> byRegion = new HashMap<>();
        for (TurnoutRecord r : all) {
            byRegion.computeIfAbsent(r.kodeWilayah(), k -> new ArrayList<>()).add(r);
        }
        for (TurnoutRecord r : all) {
            List<TurnoutRecord> history = byRegion.get(r.kodeWilayah()).stream()
                    .filter(h -> !untrusted.contains(h.line())).toList();
            previousByLine.put(r.line(), previous(history, r.tahun()));
        }
    }

    private void add(String name, TurnoutDriver driver) {
        columns.add(new Column(name, driver.key(), driver.nama()));
    }

    /** The latest valid turnout of the region strictly before {@code year}, or null. */
    static Double previous(List<TurnoutRecord> history, Integer year) {
        if (year == null) {
            return null;
        }
        return history.stream().filter(h -> h.tahun() != null && h.tahun() < year && h.turnout() != null
                        && h.turnout() <= 105)
                .max(Comparator.comparingInt(TurnoutRecord::tahun)).map(TurnoutRecord::turnout).orElse(null);
    }

    public List<Column> columns() {
        return columns;
    }

    public int width() {
        return columns.size();
    }

    /** The row's features; {@code previous} overrides the previous turnout (for a forecast of the next election). */
    public float[] row(TurnoutRecord r, double provinceEncoding, Double previous, boolean overridePrevious) {
        float[] x = new float[width()];
        java.util.Arrays.fill(x, Float.NaN);
        x[0] = (float) provinceEncoding;
        Region region = regions.find(r.kodeWilayah()).orElse(null);
        if (region != null) {
            if (region.population() != null && region.population() > 0) {
                x[1] = (float) Math.log(region.population());
            }
            Double density = region.density();
            if (density != null && density > 0) {
                x[2] = (float) Math.log(density);
            }
            x[3] = "Kota".equalsIgnoreCase(region.jenis()) ? 1f : 0f;
            if (r.dpt() != null && region.population() != null && region.population() > 0) {
                x[9] = (float) (r.dpt() / (double) region.population());
            }
        }
        double[] c = ipm.components(r.provinsi(), r.tahun());
        if (c != null) {
            x[4] = (float) c[0];
            x[5] = (float) c[1];
            x[6] = (float) c[2];
            x[7] = (float) Math.log(c[3]);
        }
        if (r.tps() != null && r.tps() > 0 && r.dpt() != null) {
            x[8] = (float) (r.dpt() / (double) r.tps());
        }
        Double prev = overridePrevious ? previous : previousByLine.get(r.line());
        if (prev != null) {
            x[10] = prev.floatValue();
        }
        for (int t = 0; t < TYPES.size(); t++) {
            x[11 + t] = r.jenis() == null ? Float.NaN : (TYPES.get(t).equals(r.jenis()) ? 1f : 0f);
        }
        for (int i = 0; i < indexColumns.size(); i++) {
            Double v = r.indeks().get(indexColumns.get(i));
            if (v != null) {
                x[11 + TYPES.size() + i] = v.floatValue();
            }
        }
        return x;
    }

    /** The region's value of a driver as readers know it (e.g. "1.234 jiwa/km2"), for the explanation. */
    public String describe(String driverKey, TurnoutRecord r, float[] x, double nationalMean) {
        return switch (driverKey) {
            case "pola_provinsi" -> "rata-rata provinsi " + one(x[0]) + "% vs nasional " + one(nationalMean) + "%";
            case "penduduk" -> Float.isNaN(x[1]) ? "-" : one(Math.round(Math.exp(x[1]))) + " jiwa";
            case "kepadatan" -> Float.isNaN(x[2]) ? "-" : one(Math.exp(x[2])) + " jiwa/km²";
            case "status_kota" -> x[3] == 1f ? "kota" : "kabupaten";
            case "uhh" -> Float.isNaN(x[4]) ? "-" : one(x[4]) + " tahun";
            case "hls" -> Float.isNaN(x[5]) ? "-" : one(x[5]) + " tahun";
            case "rls" -> Float.isNaN(x[6]) ? "-" : one(x[6]) + " tahun";
            case "pengeluaran" -> Float.isNaN(x[7]) ? "-" : "Rp" + one(Math.round(Math.exp(x[7]))) + " ribu/tahun";
            case "pemilih_per_tps" -> Float.isNaN(x[8]) ? "-" : one(x[8]) + " pemilih/TPS";
            case "rasio_dpt" -> Float.isNaN(x[9]) ? "-" : one(100 * x[9]) + "% penduduk";
            case "partisipasi_sebelumnya" -> Float.isNaN(x[10]) ? "tidak ada riwayat" : one(x[10]) + "%";
            case "jenis_pemilihan" -> r.jenis() == null ? "-" : r.jenis();
            default -> {
                Double v = r.indeks().get(driverKey);
                yield v == null ? "-" : one(v);
            }
        };
    }

    // One decimal at most, as the explanation is read; the description is Indonesian text.
    private static String one(double v) {
        return NumberText.format(v, Locale.forLanguageTag("id"), 1);
    }
}
