package id.matagaruda.index.internal;

import id.matagaruda.index.IndexResult;
import id.matagaruda.index.IndexSpec;
import id.matagaruda.index.Rollup;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds province rows rolled up from kab/kota and a national row from the provinces, by the spec's rule, with the
 * Dukcapil 2024 population shipped in the jar as weights. It rolls up the published (rounded) values so that anyone can
 * recompute a roll-up from the output file alone. A roll-up over part of a province would be a made-up number, so a
 * province with any kab/kota without a value (or the nation with any province without one) gets an empty value and the
 * list of what is missing. Regions computed from their own inputs are never overwritten.
 */
public final class RollupCalculator {

    private static final int LISTED = 5;

    private final IndexSpec spec;
    private final ReferenceRegions regions;

    public RollupCalculator(IndexSpec spec, ReferenceRegions regions) {
        this.spec = spec;
        this.regions = regions;
    }

    public List<IndexResult> rollUp(List<IndexResult> computed) {
        if (spec.rollup() == Rollup.NONE) {
            return List.of();
        }
        Map<Integer, Map<String, IndexResult>> byYear = new TreeMap<>();
        computed.forEach(r -> byYear.computeIfAbsent(r.tahun(), y -> new HashMap<>()).put(r.kodeWilayah(), r));
        Map<String, List<String>> kabkotaOf = new HashMap<>();
        for (String k : regions.codes()) {
            regions.find(k).filter(r -> r.level() == RegionLevel.KABKOTA)
                    .ifPresent(r -> kabkotaOf.computeIfAbsent(r.parent(), p -> new ArrayList<>()).add(k));
        }
        List<IndexResult> added = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, IndexResult>> e : byYear.entrySet()) {
            int year = e.getKey();
            Map<String, IndexResult> rows = new HashMap<>(e.getValue());
            TreeSet<String> provincesWithKabkota = new TreeSet<>();
            rows.keySet().stream().filter(k -> Dataset.levelCode(k).equals("kabkota"))
                    .forEach(k -> provincesWithKabkota.add(k.substring(0, 2)));
            for (String province : provincesWithKabkota) {
                if (!rows.containsKey(province)) {
                    IndexResult r = combine(province, year, kabkotaOf.getOrDefault(province, List.of()), rows, "kab/kota");
                    rows.put(province, r);
                    added.add(r);
                }
            }
            if (!rows.containsKey("00")) {
                List<String> provinces = regions.provinces().stream().map(Region::kode).toList();
                IndexResult r = combine("00", year, provinces, rows, "provinsi");
                added.add(r);
            }
        }
        return added;
    }

    private IndexResult combine(String kode, int year, List<String> parts, Map<String, IndexResult> rows, String what) {
        List<String> missing = new ArrayList<>();
        Map<String, Double> inputs = new LinkedHashMap<>();
        double sum = 0;
        double weights = 0;
        for (String p : parts) {
            IndexResult r = rows.get(p);
            if (r == null || r.nilai() == null) {
                missing.add(p);
                continue;
            }
            double w = 1;
            if (spec.rollup() == Rollup.POPULATION_WEIGHTED) {
                Long population = regions.find(p).map(Region::population).orElse(null);
                if (population == null) {
                    missing.add(p + " (penduduk tidak diketahui)");
                    continue;
                }
                w = population;
            }
            inputs.put(p, r.nilai().doubleValue());
            sum += w * r.nilai().doubleValue();
            weights += w;
        }
        String rule = spec.rollup() == Rollup.POPULATION_WEIGHTED
                ? "rata-rata tertimbang penduduk (Dukcapil 2024)" : "rata-rata sederhana";
        String asal = "roll-up " + rule + " dari " + parts.size() + " " + what;
        if (!missing.isEmpty() || parts.isEmpty()) {
            String listed = String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                    + (missing.size() > LISTED ? ", ..." : "");
            String alasan = parts.isEmpty() ? "tidak ada " + what + " untuk roll-up"
                    : "roll-up tidak lengkap: " + missing.size() + " dari " + parts.size() + " " + what
                            + " tanpa nilai (" + listed + ")";
            return new IndexResult(kode, year, spec.id(), null, null, spec.ref(), alasan, List.of(), inputs, asal);
        }
        BigDecimal nilai = Provenance.round(sum / weights, spec.decimals());
        String kategori = spec.category(Dataset.levelCode(kode), nilai.doubleValue()).orElse(null);
        return new IndexResult(kode, year, spec.id(), nilai, kategori, spec.ref(), null, List.of(), inputs, asal);
    }
}
