package id.matagaruda.indicator;

import id.matagaruda.shared.NumberText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The central-regional synchronisation check: does every region carry each mandatory national indicator, in the same
 * unit and polarity, with complete and improving 2025-2029 targets; and do the provinces' targets add up to the
 * national target. A pure function of the catalogue rows and the population used as weights.
 */
public final class SyncChecker {

    private static final MathContext MC = MathContext.DECIMAL64;

    private final Function<String, Long> population;
    private final Function<String, String> regionName;

    /**
     * @param population population of a province (Dukcapil 2024), the weight of its targets in the national aggregate
     * @param regionName display name of a region code for the explanations
     */
    public SyncChecker(Function<String, Long> population, Function<String, String> regionName) {
        this.population = population;
        this.regionName = regionName;
    }

    /**
     * One row per national indicator for the aggregate (kode_wilayah 00), then one row per (region, mandatory national
     * indicator) for every region with at least one indicator; ordered by region then indicator, whatever the input order.
     */
    public List<SyncReportRow> check(List<CatalogueRow> catalogue) {
        Map<String, CatalogueRow> byCode = new HashMap<>();
        catalogue.forEach(r -> byCode.put(r.kode(), r));
        List<CatalogueRow> national = catalogue.stream().filter(r -> r.tingkat() == Tingkat.NASIONAL)
                .sorted(Comparator.comparing(CatalogueRow::kode)).toList();
        Map<String, String> root = new HashMap<>();
        catalogue.forEach(r -> root.put(r.kode(), nationalRoot(r, byCode)));
        // region -> national code -> linked regional indicators, by code
        Map<String, Map<String, List<CatalogueRow>>> links = new TreeMap<>();
        Set<String> regions = new TreeSet<>();
        for (CatalogueRow r : catalogue.stream().sorted(Comparator.comparing(CatalogueRow::kode)).toList()) {
            if (r.tingkat() == Tingkat.NASIONAL) {
                continue;
            }
            regions.add(r.kodeWilayah());
            String n = root.get(r.kode());
            if (n != null) {
                links.computeIfAbsent(r.kodeWilayah(), k -> new HashMap<>()).computeIfAbsent(n, k -> new ArrayList<>()).add(r);
            }
        }
        List<SyncReportRow> report = new ArrayList<>();
        for (CatalogueRow n : national) {
            report.add(aggregate(n, links));
        }
        for (String region : regions) {
            for (CatalogueRow n : national) {
                if (n.wajibDaerah()) {
                    report.add(regionRow(region, n, links.getOrDefault(region, Map.of()).getOrDefault(n.kode(), List.of())));
                }
            }
        }
        return report;
    }

    private static String nationalRoot(CatalogueRow r, Map<String, CatalogueRow> byCode) {
        Set<String> seen = new HashSet<>();
        CatalogueRow up = r;
        while (up != null && seen.add(up.kode())) {
            if (up.tingkat() == Tingkat.NASIONAL) {
                return up == r ? null : up.kode();
            }
            up = up.kodeInduk() == null ? null : byCode.get(up.kodeInduk());
        }
        return null;
    }

    private SyncReportRow regionRow(String region, CatalogueRow n, List<CatalogueRow> linked) {
        if (linked.isEmpty()) {
            return new SyncReportRow(region, n.kode(), "", SyncStatus.BELUM_ADA, "Belum ada indikator "
                    + regionName.apply(region) + " yang terhubung ke " + n.kode() + " (" + n.nama() + ").");
        }
        SyncReportRow first = null;
        for (CatalogueRow r : linked) {
            SyncReportRow row = evaluate(region, n, r);
            if (row.status() == SyncStatus.SELARAS) {
                return row;
            }
            if (first == null) {
                first = row;
            }
        }
        return first;
    }

    private SyncReportRow evaluate(String region, CatalogueRow n, CatalogueRow r) {
        if (!Satuan.same(r.satuan(), n.satuan())) {
            return row(region, n, r, SyncStatus.SATUAN_BERBEDA, "Satuan " + r.kode() + " '" + r.satuan()
                    + "' berbeda dengan satuan nasional '" + n.satuan() + "'.");
        }
        if (r.polaritas() != n.polaritas()) {
            return row(region, n, r, SyncStatus.POLARITAS_BERBEDA, "Polaritas " + r.kode() + " " + r.polaritas().code()
                    + " berbeda dengan polaritas nasional " + n.polaritas().code() + ".");
        }
        Defect defect = targetDefect(r);
        if (defect != null) {
            return row(region, n, r, defect.status(), r.kode() + ": " + defect.text());
        }
        return row(region, n, r, SyncStatus.SELARAS, "Terhubung lewat " + r.kode() + "; satuan, polaritas dan target "
                + CatalogueRow.FIRST_YEAR + "-" + CatalogueRow.LAST_YEAR + " selaras.");
    }

    record Defect(SyncStatus status, String text) {}

    /** Missing years first, then targets that go backwards or do not improve; null when the targets are sound. */
    static Defect targetDefect(CatalogueRow r) {
        List<Integer> missing = r.targets().entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            return new Defect(SyncStatus.TARGET_KOSONG, "target tahun "
                    + String.join(", ", missing.stream().map(String::valueOf).toList()) + " belum diisi.");
        }
        Polaritas p = r.polaritas();
        BigDecimal previous = null;
        int previousYear = 0;
        for (Map.Entry<Integer, BigDecimal> e : r.targets().entrySet()) {
            if (previous != null && p.better(previous, e.getValue())) {
                return new Defect(SyncStatus.TARGET_TIDAK_MENINGKAT, "target mundur dari " + previousYear + " ("
                        + fmt(previous) + ") ke " + e.getKey() + " (" + fmt(e.getValue()) + ").");
            }
            previous = e.getValue();
            previousYear = e.getKey();
        }
        BigDecimal last = r.targets().get(CatalogueRow.LAST_YEAR);
        BigDecimal reference = r.baseline() != null ? r.baseline() : r.targets().get(CatalogueRow.FIRST_YEAR);
        if (!p.better(last, reference)) {
            return new Defect(SyncStatus.TARGET_TIDAK_MENINGKAT, "target " + CatalogueRow.LAST_YEAR + " ("
                    + fmt(last) + ") tidak lebih baik dari " + (r.baseline() != null ? "baseline" : "target "
                    + CatalogueRow.FIRST_YEAR) + " (" + fmt(reference) + ") untuk polaritas " + p.code() + ".");
        }
        return null;
    }

    private SyncReportRow aggregate(CatalogueRow n, Map<String, Map<String, List<CatalogueRow>>> links) {
        // The first linked indicator (by code) of each province stands for that province.
        Map<String, CatalogueRow> provinces = new LinkedHashMap<>();
        links.forEach((region, byNational) -> {
            if (!region.contains(".")) {
                List<CatalogueRow> linked = byNational.getOrDefault(n.kode(), List.of()).stream()
                        .filter(r -> r.tingkat() == Tingkat.PROVINSI).toList();
                if (!linked.isEmpty()) {
                    provinces.put(region, linked.get(0));
                }
            }
        });
        if (provinces.isEmpty()) {
            return new SyncReportRow("00", n.kode(), "", SyncStatus.BELUM_ADA,
                    "Belum ada provinsi yang membawa " + n.kode() + " (" + n.nama() + ").");
        }
        Defect defect = targetDefect(n);
        if (defect != null) {
            return new SyncReportRow("00", n.kode(), "", defect.status(), "Indikator nasional: " + defect.text());
        }
        boolean intensive = Satuan.intensive(n.satuan());
        for (int year = CatalogueRow.FIRST_YEAR; year <= CatalogueRow.LAST_YEAR; year++) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            int count = 0;
            for (Map.Entry<String, CatalogueRow> e : provinces.entrySet()) {
                BigDecimal t = e.getValue().targets().get(year);
                Long w = population.apply(e.getKey());
                if (t == null || (intensive && (w == null || w <= 0))) {
                    continue;
                }
                count++;
                sum = sum.add(intensive ? t.multiply(BigDecimal.valueOf(w), MC) : t, MC);
                weights = weights.add(intensive ? BigDecimal.valueOf(w) : BigDecimal.ONE, MC);
            }
            if (count == 0) {
                continue;
            }
            BigDecimal value = (intensive ? sum.divide(weights, MC) : sum).setScale(4, RoundingMode.HALF_UP);
            BigDecimal target = n.targets().get(year).setScale(4, RoundingMode.HALF_UP);
            if (n.polaritas().better(target, value)) {
                String how = intensive ? "rata-rata target " + count + " provinsi (tertimbang penduduk)"
                        : "jumlah target " + count + " provinsi";
                return new SyncReportRow("00", n.kode(), "", SyncStatus.AGREGAT_KURANG, "Tahun " + year + ": " + how
                        + " " + fmt(value) + " kurang dari target nasional " + fmt(n.targets().get(year)) + ".");
            }
        }
        return new SyncReportRow("00", n.kode(), "", SyncStatus.SELARAS, provinces.size()
                + " provinsi membawa indikator ini; agregat target provinsi memenuhi target nasional setiap tahun.");
    }

    private static SyncReportRow row(String region, CatalogueRow n, CatalogueRow r, SyncStatus status, String text) {
        return new SyncReportRow(region, n.kode(), r.kode(), status, text);
    }

    static String fmt(BigDecimal v) {
        return NumberText.format(v, Locale.forLanguageTag("id"), 2);
    }
}
