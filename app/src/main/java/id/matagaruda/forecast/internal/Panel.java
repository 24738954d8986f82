package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.RiskSettings.Granularity;
import id.matagaruda.forecast.RiskSettings.Level;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Event counts for every region of a level and every period from {@code start} to {@code end} (inclusive), zeros
 * included: the grid the features and targets are read from. Region i's counts at period p are at
 * {@code counts[i][p - start]}.
 */
public final class Panel {

    final Level level;
    final Granularity granularity;
    final List<String> codes;
    final Map<String, Integer> index = new HashMap<>();
    final int start;
    final int end;
    final double[][] counts;
    final double[][] korban;
    /**
     * Counts and deaths as the features read them: equal to {@link #counts}/{@link #korban}, except that a province
     * created by division reads its parent's record for the periods before it existed (its events were recorded under
     * the parent then). Targets always read {@link #counts}.
     */
    final double[][] history;
    final double[][] historyKorban;
    /** First period in which region i exists as its own unit (Integer.MIN_VALUE: always). */
    final int[] firstPeriod;
    /** Event categories seen, and counts per category: byCategory[c][i][p - start]. */
    final List<String> categories;
    final double[][][] byCategory;

    private Panel(Level level, Granularity g, List<String> codes, int start, int end, List<String> categories) {
        this.level = level;
        this.granularity = g;
        this.codes = List.copyOf(codes);
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
        this.start = start;
        this.end = end;
        int t = end - start + 1;
        this.counts = new double[codes.size()][t];
        this.korban = new double[codes.size()][t];
        this.history = new double[codes.size()][t];
        this.historyKorban = new double[codes.size()][t];
        this.firstPeriod = new int[codes.size()];
        java.util.Arrays.fill(firstPeriod, Integer.MIN_VALUE);
        this.categories = List.copyOf(categories);
        this.byCategory = new double[categories.size()][codes.size()][t];
    }

    /** Every region code of a level, sorted: provinces, or all kab/kota. */
    public static List<String> regionsOf(Level level) {
        ReferenceRegions regions = ReferenceRegions.shipped();
        List<String> out = new ArrayList<>();
        for (Region p : regions.provinces()) {
            if (level == Level.PROVINSI) {
                out.add(p.kode());
            }
        }
        if (level == Level.KABKOTA) {
            for (String k : regions.codes()) {
                if (k.length() == 5) {
                    out.add(k);
                }
            }
        }
        out.sort(null);
        return out;
    }

    /**
     * The panel of placed events; {@code start}/{@code end} default to the first and last period with an event. Events
     * outside [start, end] are left out.
     */
    public static Panel build(List<EventPlacement.Placed> events, Level level, Granularity g, Integer start,
            Integer end) {
        if (events.isEmpty() && (start == null || end == null)) {
            throw new IllegalArgumentException("no events to span a panel");
        }
        int s = start != null ? start : events.stream().mapToInt(EventPlacement.Placed::period).min().orElseThrow();
        int e = end != null ? end : events.stream().mapToInt(EventPlacement.Placed::period).max().orElseThrow();
        Map<String, Integer> categoryCounts = new LinkedHashMap<>();
        for (EventPlacement.Placed p : events) {
            if (p.kategori() != null) {
                categoryCounts.merge(p.kategori(), 1, Integer::sum);
            }
        }
        List<String> categories = new ArrayList<>(categoryCounts.keySet());
        categories.sort(null);
        Panel panel = new Panel(level, g, regionsOf(level), s, e, categories);
        for (EventPlacement.Placed p : events) {
            Integer i = panel.index.get(p.kode());
            if (i == null || p.period() < s || p.period() > e) {
                continue;
            }
            panel.counts[i][p.period() - s]++;
            panel.korban[i][p.period() - s] += p.korban();
            if (p.kategori() != null) {
                panel.byCategory[categories.indexOf(p.kategori())][i][p.period() - s]++;
            }
        }
        panel.inherit();
        return panel;
    }

    /** Fills {@link #history} and {@link #firstPeriod} from the counts and the shipped province divisions. */
    private void inherit() {
        for (int i = 0; i < codes.size(); i++) {
            history[i] = counts[i].clone();
            historyKorban[i] = korban[i].clone();
        }
        if (level != Level.PROVINSI) {
            return;
        }
        // parents first: Papua Barat Daya (2023) inherits Papua Barat, which itself inherits Papua before 2003
        for (Division d : Division.shipped()) {
            Integer child = index.get(d.kode());
            Integer parent = index.get(d.induk());
            if (child == null || parent == null) {
                continue;
            }
            int first = granularity == Granularity.YEAR ? d.firstYear() : d.firstYear() * 12;
            firstPeriod[child] = first;
            for (int p = start; p < Math.min(first, end + 1); p++) {
                history[child][p - start] = history[parent][p - start];
                historyKorban[child][p - start] = historyKorban[parent][p - start];
            }
        }
    }

    /** Whether region i existed as its own unit during the whole h-period window from {@code origin}. */
    boolean exists(int i, int origin) {
        return origin >= firstPeriod[i];
    }

    /** A province created by division: its code, its parent's, and its first whole year as a province. */
    record Division(String kode, String induk, int firstYear) {

        private static volatile List<Division> shipped;

        static List<Division> shipped() {
            List<Division> d = shipped;
            if (d == null) {
                List<Division> out = new ArrayList<>();
                try (java.io.InputStream in = Panel.class.getClassLoader()
                        .getResourceAsStream("forecast/pemekaran_provinsi.csv")) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource forecast/pemekaran_provinsi.csv");
                    }
                    String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
                    for (int k = 1; k < lines.length; k++) {
                        String[] c = lines[k].split(",", 4);
                        if (c.length >= 3) {
                            out.add(new Division(c[0].trim(), c[1].trim(), Integer.parseInt(c[2].trim())));
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                out.sort(java.util.Comparator.comparingInt(Division::firstYear).thenComparing(Division::kode));
                shipped = d = List.copyOf(out);
            }
            return d;
        }
    }

    public int regions() {
        return codes.size();
    }

    public List<String> codes() {
        return codes;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Granularity granularity() {
        return granularity;
    }

    public Level level() {
        return level;
    }

    /** Whether region i had at least one event in the h periods from {@code origin} (all inside the panel). */
    boolean target(int i, int origin, int h) {
        return total(i, origin, h) > 0;
    }

    double total(int i, int origin, int h) {
        double n = 0;
        for (int p = origin; p < origin + h; p++) {
            n += counts[i][p - start];
        }
        return n;
    }

    /** A copy with every count at or after {@code period} replaced by what {@code change} says (for leakage checks). */
    public Panel withFuture(int period, java.util.function.DoubleUnaryOperator change) {
        Panel copy = new Panel(level, granularity, codes, start, end, categories);
        for (int i = 0; i < codes.size(); i++) {
            for (int t = 0; t <= end - start; t++) {
                boolean future = t + start >= period;
                copy.counts[i][t] = future ? change.applyAsDouble(counts[i][t]) : counts[i][t];
                copy.korban[i][t] = future ? change.applyAsDouble(korban[i][t]) : korban[i][t];
                for (int c = 0; c < categories.size(); c++) {
                    copy.byCategory[c][i][t] = future ? change.applyAsDouble(byCategory[c][i][t]) : byCategory[c][i][t];
                }
            }
        }
        copy.inherit();
        return copy;
    }
}
