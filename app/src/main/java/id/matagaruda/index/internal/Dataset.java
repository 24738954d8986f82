package id.matagaruda.index.internal;

import id.matagaruda.index.Imputation;
import id.matagaruda.index.IndexSpec;
import id.matagaruda.index.Observation;
import id.matagaruda.index.SpecNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The inputs of one run as a dense matrix: one column per indicator of the spec, one unit per (region, year) present in
 * the input, missing values as NaN. Units are sorted by region then year so that "last known value" is a backward scan.
 * Data-driven normalisations and ranks compare units of the same {@link #group} (year and region level) only, because a
 * province and a kab/kota are not peers.
 */
public final class Dataset {

    final IndexSpec spec;
    final List<SpecNode> leaves;
    final String[] region;
    final int[] year;
    final int[] group;
    final int groups;
    /** [leaf][unit] as given in the input (NaN when absent or empty). */
    final double[][] given;
    /** [leaf][unit] after last-known imputation. */
    final double[][] raw;
    /** [leaf][unit] the year whose value was carried forward, 0 when none was. */
    final int[][] carriedFrom;

    private Dataset(IndexSpec spec, List<SpecNode> leaves, String[] region, int[] year, double[][] given) {
        this.spec = spec;
        this.leaves = leaves;
        this.region = region;
        this.year = year;
        this.given = given;
        int n = region.length;
        this.group = new int[n];
        Map<String, Integer> groupIds = new HashMap<>();
        for (int u = 0; u < n; u++) {
            group[u] = groupIds.computeIfAbsent(year[u] + "|" + levelCode(region[u]), k -> groupIds.size());
        }
        this.groups = groupIds.size();
        this.raw = new double[leaves.size()][];
        this.carriedFrom = new int[leaves.size()][n];
        for (int l = 0; l < leaves.size(); l++) {
            raw[l] = given[l].clone();
            if (leaves.get(l).imputation() == Imputation.LAST_KNOWN) {
                for (int u = 1; u < n; u++) {
                    if (Double.isNaN(raw[l][u]) && region[u].equals(region[u - 1]) && !Double.isNaN(raw[l][u - 1])) {
                        raw[l][u] = raw[l][u - 1];
                        carriedFrom[l][u] = carriedFrom[l][u - 1] != 0 ? carriedFrom[l][u - 1] : year[u - 1];
                    }
                }
            }
        }
    }

    public static Dataset of(IndexSpec spec, List<Observation> observations) {
        List<SpecNode> leaves = spec.indicators();
        Map<String, Integer> leafIndex = new HashMap<>();
        for (int i = 0; i < leaves.size(); i++) {
            leafIndex.put(leaves.get(i).id(), i);
        }
        TreeSet<String> units = new TreeSet<>();
        observations.forEach(o -> units.add(unitKey(o.kodeWilayah(), o.tahun())));
        Map<String, Integer> unitIndex = new HashMap<>();
        String[] region = new String[units.size()];
        int[] year = new int[units.size()];
        int u = 0;
        for (String key : units) {
            unitIndex.put(key, u);
            int bar = key.indexOf('|');
            region[u] = key.substring(0, bar);
            year[u] = Integer.parseInt(key.substring(bar + 1));
            u++;
        }
        double[][] given = new double[leaves.size()][units.size()];
        for (double[] column : given) {
            Arrays.fill(column, Double.NaN);
        }
        for (Observation o : observations) {
            Integer l = leafIndex.get(o.indikator());
            if (l == null) {
                throw new IllegalArgumentException("indicator " + o.indikator() + " is not in " + spec.ref());
            }
            given[l][unitIndex.get(unitKey(o.kodeWilayah(), o.tahun()))] = o.nilai() == null ? Double.NaN : o.nilai();
        }
        return new Dataset(spec, leaves, region, year, given);
    }

    public int units() {
        return region.length;
    }

    public String region(int unit) {
        return region[unit];
    }

    public int year(int unit) {
        return year[unit];
    }

    /** nasional, provinsi or kabkota: the key of the category bands and of the peer group. */
    public static String levelCode(String kode) {
        if (kode.equals("00")) {
            return "nasional";
        }
        int dots = (int) kode.chars().filter(c -> c == '.').count();
        return dots == 0 ? "provinsi" : dots == 1 ? "kabkota" : "kecamatan";
    }

    private static String unitKey(String kode, int tahun) {
        // the year is fixed-width, so the TreeSet orders units by region then year
        return kode + "|" + tahun;
    }
}
