package id.matagaruda.index;

import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * The dataset stored for each built-in index (BPS IPM and national IDI as published, generated demo values for the
 * rest, flagged as such), its computed values, rank intervals and "what if" re-weighting; results are cached because
 * the shipped data do not change while the application runs.
 */
@Service
public class IndexDatasets {

    public static final List<String> LEVELS = List.of("nasional", "provinsi", "kabkota");
    public static final int MAX_RUNS = 5_000;
    static final List<Integer> DEMO_YEARS = List.of(2021, 2022, 2023, 2024);
    static final String NATION = "00";

    private static final String IPM_FILE = "index/data/ipm_nasional_provinsi_2010_2021.csv";
    private static final String IDI_FILE = "index/data/idi_indikator_nasional_2021_2023.csv";
    private static final String IDI_TOTAL_FILE = "index/data/idi_nasional_2009_2023.csv";
    private static final int RANKING_CACHE_SIZE = 64;

    /** One stored dataset; {@code published} holds the official value per {@code kode|tahun} where there is one. */
    public record Stored(IndexSpec spec, List<Observation> observations, boolean demo, String source,
            Map<String, BigDecimal> published, Map<String, String> notes) {

        public List<Integer> years() {
            return observations.stream().map(Observation::tahun).distinct().sorted().toList();
        }

        public List<String> levels() {
            Set<String> present = new LinkedHashSet<>();
            observations.forEach(o -> present.add(levelOf(o.kodeWilayah())));
            if (spec.rollup() != Rollup.NONE && present.contains("provinsi")) {
                present.add("nasional");
            }
            return LEVELS.stream().filter(present::contains).toList();
        }
    }

    /** A computed value as the pages and the API show it: with the region's name, its rank in year and level. */
    public record Row(String kodeWilayah, String nama, String tingkat, int tahun, BigDecimal nilai, String kategori,
            Integer peringkat, BigDecimal nilaiPublikasi, String catatan, String spesifikasi, String asal, String alasan,
            List<String> diimputasi, Map<String, Double> masukan) {}

    public record RankRow(String kodeWilayah, String nama, BigDecimal nilai, String kategori, Integer peringkat,
            Integer peringkatMedian, Integer peringkatP05, Integer peringkatP95) {}

    public record Ranking(String indeks, String spesifikasi, int tahun, String tingkat, int runs, long seed,
            boolean demo, String sumber, List<RankRow> rows, List<SensitivityReport.Factor> factors) {}

    /** {@code perubahanPeringkat} is positive when the region moves up (to a better, smaller rank). */
    public record WhatIfRow(String kodeWilayah, String nama, BigDecimal nilaiAwal, Integer peringkatAwal,
            BigDecimal nilaiBaru, Integer peringkatBaru, Integer perubahanPeringkat) {}

    public record WhatIf(String indeks, String spesifikasi, int tahun, String tingkat, boolean demo,
            Map<String, Double> bobot, List<WhatIfRow> rows) {}

    private final ReferenceRegions regions = ReferenceRegions.shipped();
    private final Map<String, Stored> datasets = new ConcurrentHashMap<>();
    private final Map<String, List<Row>> results = new ConcurrentHashMap<>();
    private final Map<String, Ranking> rankings = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Ranking> eldest) {
            // callers choose runs and seed, so the cache is bounded rather than keyed by every request ever made
            return size() > RANKING_CACHE_SIZE;
        }
    };

    public Stored dataset(String id) {
        IndexSpec spec = IndexSpecs.builtIn(id).orElseThrow(() -> new NotFoundException("idx.notFound", id));
        return datasets.computeIfAbsent(spec.id(), k -> load(spec));
    }

    /** Every computed row of the stored dataset, with roll-up to the nation where the data have none of their own. */
    public List<Row> results(String id) {
        Stored stored = dataset(id);
        return results.computeIfAbsent(stored.spec().id(), k -> rows(stored));
    }

    /** The rows of one level, optionally one year and, for kab/kota, one province. */
    public List<Row> results(String id, String level, Integer year, String parent) {
        Stored stored = dataset(id);
        String tingkat = checkLevel(level);
        if (year != null) {
            checkYear(stored, year);
        }
        return results(id).stream()
                .filter(r -> r.tingkat().equals(tingkat))
                .filter(r -> year == null || r.tahun() == year)
                .filter(r -> parent == null || parent.isBlank() || r.kodeWilayah().startsWith(parent.trim() + "."))
                .toList();
    }

    /** Rank and Monte Carlo p05-p95 rank interval of each region of one level in one year. */
    public Ranking ranking(String id, int year, String level, int runs, long seed) {
        Stored stored = dataset(id);
        String tingkat = checkLevel(level);
        checkYear(stored, year);
        if (runs < 1 || runs > MAX_RUNS) {
            throw new InvalidInputException(FieldProblem.of("runs", "idx.error.runs", 1, MAX_RUNS));
        }
        String key = stored.spec().id() + "|" + year + "|" + tingkat + "|" + runs + "|" + seed;
        synchronized (rankings) {
            Ranking cached = rankings.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<Observation> inputs = slice(stored, year, tingkat);
        Ranking computed;
        if (inputs.isEmpty()) {
            computed = new Ranking(stored.spec().id(), stored.spec().ref(), year, tingkat, runs, seed, stored.demo(),
                    stored.source(), List.of(), List.of());
        } else {
            SensitivityReport report = IndexEngine.sensitivity(stored.spec(), inputs, SensitivityOptions.defaults(runs, seed));
            Map<String, Row> byKode = new HashMap<>();
            results(id, tingkat, year, null).forEach(r -> byKode.put(r.kodeWilayah(), r));
            List<RankRow> rows = report.rows().stream()
                    .filter(r -> r.tahun() == year && levelOf(r.kodeWilayah()).equals(tingkat))
                    .map(r -> new RankRow(r.kodeWilayah(), name(r.kodeWilayah()), r.nilai(),
                            byKode.containsKey(r.kodeWilayah()) ? byKode.get(r.kodeWilayah()).kategori() : null,
                            r.peringkat(), r.peringkatMedian(), r.peringkatP05(), r.peringkatP95()))
                    .sorted(Comparator.comparing(RankRow::peringkat, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(RankRow::kodeWilayah))
                    .toList();
            computed = new Ranking(stored.spec().id(), stored.spec().ref(), year, tingkat, runs, seed, stored.demo(),
                    stored.source(), rows, report.factors());
        }
        synchronized (rankings) {
            rankings.put(key, computed);
        }
        return computed;
    }

    /** Recomputes one year and level with other weights for the named nodes, next to the values the spec gives. */
    public WhatIf whatIf(String id, Integer year, String level, Map<String, Double> weights) {
        Stored stored = dataset(id);
        String tingkat = checkLevel(level);
        if (year == null) {
            throw new InvalidInputException(FieldProblem.of("year", "idx.error.yearRequired"));
        }
        checkYear(stored, year);
        IndexSpec reweighted = reweighted(stored.spec(), weights);
        List<Observation> inputs = slice(stored, year, tingkat);
        Map<String, BigDecimal> before = values(IndexEngine.compute(stored.spec(), inputs, false), year, tingkat);
        Map<String, BigDecimal> after = values(IndexEngine.compute(reweighted, inputs, false), year, tingkat);
        Map<String, Integer> rankBefore = competitionRanks(before);
        Map<String, Integer> rankAfter = competitionRanks(after);
        List<WhatIfRow> rows = new ArrayList<>();
        for (String kode : before.keySet()) {
            Integer a = rankBefore.get(kode);
            Integer b = rankAfter.get(kode);
            rows.add(new WhatIfRow(kode, name(kode), before.get(kode), a, after.get(kode), b,
                    a == null || b == null ? null : a - b));
        }
        rows.sort(Comparator.comparing(WhatIfRow::peringkatBaru, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(WhatIfRow::kodeWilayah));
        return new WhatIf(stored.spec().id(), reweighted.ref(), year, tingkat, stored.demo(),
                IndexEngine.declaredWeights(reweighted), rows);
    }

    /**
     * A copy of the spec in which every parent whose children are named weighs them explicitly by the given relative
     * weights. All children of such a parent must be named: keeping the others at some implied weight would make the
     * result depend on a scale the caller never saw.
     */
    public static IndexSpec reweighted(IndexSpec spec, Map<String, Double> weights) {
        List<FieldProblem> problems = new ArrayList<>();
        if (weights == null || weights.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("weights", "idx.error.noWeights"));
        }
        Map<String, SpecNode> parentOf = new HashMap<>();
        spec.root().walk(n -> n.children().forEach(c -> parentOf.put(c.id(), n)));
        Set<String> overridden = new LinkedHashSet<>();
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            String field = "weights." + e.getKey();
            if (e.getKey().equals(spec.root().id())) {
                problems.add(FieldProblem.of(field, "idx.error.rootWeight", e.getKey()));
            } else if (!parentOf.containsKey(e.getKey())) {
                problems.add(FieldProblem.of(field, "idx.error.unknownNode", e.getKey(), spec.ref()));
            } else if (e.getValue() == null || !Double.isFinite(e.getValue()) || e.getValue() < 0) {
                problems.add(FieldProblem.of(field, "idx.error.negativeWeight", String.valueOf(e.getValue())));
            } else {
                overridden.add(parentOf.get(e.getKey()).id());
            }
        }
        spec.root().walk(n -> {
            if (!overridden.contains(n.id())) {
                return;
            }
            List<String> missing = n.children().stream().map(SpecNode::id).filter(c -> !weights.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(FieldProblem.of("weights." + missing.get(0), "idx.error.missingSibling",
                        String.join(", ", missing), n.id()));
            } else if (n.children().stream().allMatch(c -> weights.get(c.id()) != null && weights.get(c.id()) == 0)) {
                problems.add(FieldProblem.of("weights", "idx.error.allZero", n.id()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SpecNode root = copy(spec.root(), overridden, weights);
        return new IndexSpec(spec.id(), spec.name(), spec.version() + "+bobot-alternatif", spec.scale(), spec.decimals(),
                true, spec.source(), spec.rollup(), spec.categories(), root);
    }

    private static SpecNode copy(SpecNode n, Set<String> overridden, Map<String, Double> weights) {
        if (n.isLeaf()) {
            return n;
        }
        boolean explicit = overridden.contains(n.id());
        List<SpecNode> children = new ArrayList<>();
        for (SpecNode c : n.children()) {
            SpecNode child = copy(c, overridden, weights);
            if (explicit) {
                child = new SpecNode(child.id(), child.name(), child.kind(), weights.get(c.id()), child.aggregation(),
                        child.weighting(), child.polarity(), child.normalisation(), child.impossible(),
                        child.imputation(), child.unit(), child.notes(), child.children(), child.line());
            }
            children.add(child);
        }
        Weighting weighting = explicit ? new Weighting(Weighting.Method.EXPLICIT, null) : n.weighting();
        return new SpecNode(n.id(), n.name(), n.kind(), n.weight(), n.aggregation(), weighting, n.polarity(),
                n.normalisation(), n.impossible(), n.imputation(), n.unit(), n.notes(), children, n.line());
    }

    /** nasional, provinsi or kabkota for a region code ({@code 00} is the nation). */
    public static String levelOf(String kode) {
        if (kode.equals(NATION)) {
            return "nasional";
        }
        return kode.contains(".") ? "kabkota" : "provinsi";
    }

    public String name(String kode) {
        if (kode.equals(NATION)) {
            return "Indonesia";
        }
        return regions.find(kode).map(Region::nama).orElse(kode);
    }

    private static String checkLevel(String level) {
        String tingkat = level == null || level.isBlank() ? "provinsi" : level.trim().toLowerCase(java.util.Locale.ROOT);
        if (!LEVELS.contains(tingkat)) {
            throw new InvalidInputException(FieldProblem.of("level", "idx.error.level", level));
        }
        return tingkat;
    }

    private static void checkYear(Stored stored, int year) {
        List<Integer> years = stored.years();
        if (!years.contains(year)) {
            throw new InvalidInputException(FieldProblem.of("year", "idx.error.year", String.valueOf(year),
                    String.valueOf(years.get(0)), String.valueOf(years.get(years.size() - 1))));
        }
    }

    /**
     * The observations of one year and level; with earlier years too when an indicator carries its last known value
     * forward, since that rule looks back in time.
     */
    private static List<Observation> slice(Stored stored, int year, String tingkat) {
        boolean looksBack = stored.spec().indicators().stream().anyMatch(l -> l.imputation() == Imputation.LAST_KNOWN);
        return stored.observations().stream()
                .filter(o -> looksBack ? o.tahun() <= year : o.tahun() == year)
                .filter(o -> levelOf(o.kodeWilayah()).equals(tingkat))
                .toList();
    }

    private static Map<String, BigDecimal> values(List<IndexResult> rows, int year, String tingkat) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        rows.stream().filter(r -> r.tahun() == year && levelOf(r.kodeWilayah()).equals(tingkat))
                .forEach(r -> out.put(r.kodeWilayah(), r.nilai()));
        return out;
    }

    /**
     * Competition ranks (1 = highest) on the published, rounded value: two regions shown with the same value share a
     * rank, and floating-point noise from re-weighting never moves a region.
     */
    static Map<String, Integer> competitionRanks(Map<String, BigDecimal> values) {
        Map<String, Integer> out = new HashMap<>();
        List<BigDecimal> present = values.values().stream().filter(v -> v != null).toList();
        values.forEach((kode, v) -> {
            if (v != null) {
                out.put(kode, 1 + (int) present.stream().filter(o -> o.compareTo(v) > 0).count());
            }
        });
        return out;
    }

    private List<Row> rows(Stored stored) {
        List<IndexResult> computed = IndexEngine.compute(stored.spec(), stored.observations(), true);
        Map<String, Map<String, BigDecimal>> groups = new HashMap<>();
        computed.forEach(r -> groups.computeIfAbsent(r.tahun() + "|" + levelOf(r.kodeWilayah()), k -> new LinkedHashMap<>())
                .put(r.kodeWilayah(), r.nilai()));
        Map<String, Map<String, Integer>> ranks = new HashMap<>();
        groups.forEach((k, v) -> ranks.put(k, competitionRanks(v)));
        List<Row> out = new ArrayList<>();
        for (IndexResult r : computed) {
            String tingkat = levelOf(r.kodeWilayah());
            String key = r.kodeWilayah() + "|" + r.tahun();
            Integer rank = tingkat.equals("nasional") ? null : ranks.get(r.tahun() + "|" + tingkat).get(r.kodeWilayah());
            out.add(new Row(r.kodeWilayah(), name(r.kodeWilayah()), tingkat, r.tahun(), r.nilai(), r.kategori(), rank,
                    stored.published().get(key), stored.notes().get(key), r.spesifikasi(), r.asal(), r.alasan(),
                    r.diimputasi(), r.masukan()));
        }
        return List.copyOf(out);
    }

    private Stored load(IndexSpec spec) {
        return switch (spec.id()) {
            case "ipm" -> ipm(spec);
            case "idi" -> idi(spec);
            default -> demo(spec);
        };
    }

    private static Stored ipm(IndexSpec spec) {
        List<Observation> obs = new ArrayList<>();
        Map<String, BigDecimal> published = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (CSVRecord r : csv(IPM_FILE)) {
            String kode = r.get("kode_kemendagri2025").equals("0") ? NATION : r.get("kode_kemendagri2025");
            int tahun = Integer.parseInt(r.get("tahun"));
            String uhh = r.get("uhh_tahun");
            String hls = r.get("hls_tahun");
            String rls = r.get("rls_tahun");
            String pengeluaran = r.get("pengeluaran_per_kapita_disesuaikan_ribu_rp_per_tahun");
            if (uhh.isBlank() || hls.isBlank() || rls.isBlank() || pengeluaran.isBlank()) {
                // Kalimantan Utara was formed in 2012: BPS has its IPM for 2010-2012 but not the components
                continue;
            }
            obs.add(new Observation(kode, tahun, "UHH", Double.parseDouble(uhh)));
            obs.add(new Observation(kode, tahun, "HLS", Double.parseDouble(hls)));
            obs.add(new Observation(kode, tahun, "RLS", Double.parseDouble(rls)));
            // the table is in thousand rupiah, the spec's goalposts in rupiah
            obs.add(new Observation(kode, tahun, "PENGELUARAN", new BigDecimal(pengeluaran).movePointRight(3).doubleValue()));
            published.put(kode + "|" + tahun, new BigDecimal(r.get("ipm")));
            if (!r.get("note").isBlank()) {
                notes.put(kode + "|" + tahun, "batas provinsi lama (sebelum 2022), termasuk wilayah yang kini provinsi 93-96");
            }
        }
        return new Stored(spec, List.copyOf(obs), false,
                "BPS, IPM metode baru 2010-2021 (nasional dan provinsi): UHH, HLS, RLS, pengeluaran per kapita disesuaikan; "
                        + "nilai IPM dihitung ulang dari komponen dan dibandingkan dengan angka publikasi BPS.",
                Map.copyOf(published), Map.copyOf(notes));
    }

    /**
     * National IDI indicators as published; the spec records each indicator's source label in its notes ("label
     * sumber: ..."), so the match is by that exact label, typos included. The split of the 22 labels into the three
     * aspects follows the order of the BPS table (7/7/8), as the spec says; the grouping of a few labels (e.g. the right
     * to vote under Kebebasan) rests on that order alone. Province values are demo data: BPS publishes no province
     * totals for the new method in the shipped files.
     */
    private Stored idi(IndexSpec spec) {
        Map<String, String> byLabel = new HashMap<>();
        for (SpecNode leaf : spec.indicators()) {
            String notes = leaf.notes() == null ? "" : leaf.notes();
            if (notes.startsWith("label sumber: ")) {
                byLabel.put(notes.substring("label sumber: ".length()).trim(), leaf.id());
            }
        }
        Map<Integer, Map<String, Double>> national = new java.util.TreeMap<>();
        for (CSVRecord r : csv(IDI_FILE)) {
            String label = r.get("indicator_en_as_in_source").trim();
            String id = byLabel.get(label);
            if (id == null) {
                throw new IllegalStateException("IDI label '" + label + "' has no indicator in " + spec.ref());
            }
            national.computeIfAbsent(Integer.parseInt(r.get("year")), y -> new LinkedHashMap<>())
                    .put(id, Double.parseDouble(r.get("value")));
        }
        List<Observation> obs = new ArrayList<>();
        national.forEach((year, values) -> values.forEach((id, v) -> obs.add(new Observation(NATION, year, id, v))));
        Random random = new Random(seed(spec));
        List<SpecNode> leaves = spec.indicators();
        for (Region p : regions.provinces()) {
            double effect = random.nextGaussian();
            double[] leafEffect = new double[leaves.size()];
            for (int l = 0; l < leaves.size(); l++) {
                leafEffect[l] = random.nextGaussian();
            }
            for (Map.Entry<Integer, Map<String, Double>> y : national.entrySet()) {
                for (int l = 0; l < leaves.size(); l++) {
                    double centre = y.getValue().getOrDefault(leaves.get(l).id(), 70.0);
                    double v = centre + 5 * effect + 4 * leafEffect[l] + 1.5 * random.nextGaussian();
                    obs.add(new Observation(p.kode(), y.getKey(), leaves.get(l).id(), clampRound(v, 1, 100)));
                }
            }
        }
        Map<String, BigDecimal> published = new HashMap<>();
        for (CSVRecord r : csv(IDI_TOTAL_FILE)) {
            published.put(NATION + "|" + r.get("year"), new BigDecimal(r.get("idi_national")));
        }
        return new Stored(spec, List.copyOf(obs), true,
                "Nasional: BPS, 22 indikator IDI 2021-2023 (data asli; bobot sementara sama rata sehingga nilai hitung "
                        + "berbeda dari IDI resmi). Provinsi: DATA DEMO yang dibangkitkan di sekitar nilai nasional.",
                Map.copyOf(published), Map.of());
    }

    /**
     * Demo inputs generated from the spec: each kab/kota gets a value per indicator from a common level, a province
     * effect, its own effect, a yearly drift and noise, inside the indicator's possible range; each province gets the
     * population-weighted mean of its kab/kota, so the two levels agree as real data would.
     */
    private Stored demo(IndexSpec spec) {
        Random random = new Random(seed(spec));
        List<SpecNode> leaves = spec.indicators();
        int k = leaves.size();
        double[] lo = new double[k];
        double[] span = new double[k];
        double[] base = new double[k];
        double[] drift = new double[k];
        // IKP grows with vulnerability and most regions are "rawan sedang"; the other indices read higher as better
        double centre = spec.id().equals("ikp") ? 0.38 : 0.70;
        for (int l = 0; l < k; l++) {
            double[] range = range(leaves.get(l));
            lo[l] = range[0];
            span[l] = range[1] - range[0];
            base[l] = lo[l] + span[l] * (centre + 0.08 * (random.nextDouble() - 0.5) * 2);
            drift[l] = span[l] * 0.006 * random.nextGaussian();
        }
        Map<String, List<Region>> kabkotaOf = new LinkedHashMap<>();
        for (String kode : regions.codes()) {
            regions.find(kode).filter(r -> r.level() == RegionLevel.KABKOTA)
                    .ifPresent(r -> kabkotaOf.computeIfAbsent(r.parent(), p -> new ArrayList<>()).add(r));
        }
        List<Observation> obs = new ArrayList<>();
        int firstYear = DEMO_YEARS.get(0);
        for (Region p : regions.provinces()) {
            double provinceEffect = random.nextGaussian();
            double[] provinceLeaf = new double[k];
            for (int l = 0; l < k; l++) {
                provinceLeaf[l] = random.nextGaussian();
            }
            List<Region> kabkota = kabkotaOf.getOrDefault(p.kode(), List.of());
            double[][][] values = new double[kabkota.size()][DEMO_YEARS.size()][k];
            double[] population = new double[kabkota.size()];
            for (int i = 0; i < kabkota.size(); i++) {
                Region kk = kabkota.get(i);
                population[i] = kk.population() == null ? 1 : kk.population();
                double own = random.nextGaussian();
                for (int y = 0; y < DEMO_YEARS.size(); y++) {
                    int year = DEMO_YEARS.get(y);
                    for (int l = 0; l < k; l++) {
                        double v = base[l] + span[l] * (0.07 * provinceEffect + 0.04 * provinceLeaf[l] + 0.06 * own
                                + 0.015 * random.nextGaussian()) + drift[l] * (year - firstYear);
                        values[i][y][l] = clampRound(v, lo[l] + 0.02 * span[l], lo[l] + 0.995 * span[l]);
                        obs.add(new Observation(kk.kode(), year, leaves.get(l).id(), values[i][y][l]));
                    }
                }
            }
            for (int y = 0; y < DEMO_YEARS.size() && !kabkota.isEmpty(); y++) {
                for (int l = 0; l < k; l++) {
                    double sum = 0;
                    double weights = 0;
                    for (int i = 0; i < kabkota.size(); i++) {
                        sum += population[i] * values[i][y][l];
                        weights += population[i];
                    }
                    obs.add(new Observation(p.kode(), DEMO_YEARS.get(y), leaves.get(l).id(),
                            clampRound(sum / weights, lo[l], lo[l] + span[l])));
                }
            }
        }
        return new Stored(spec, List.copyOf(obs), true,
                "DATA DEMO: nilai indikator dibangkitkan (acak dengan benih tetap) dari struktur spesifikasi " + spec.ref()
                        + " untuk 38 provinsi dan 514 kab/kota, " + DEMO_YEARS.get(0) + "-"
                        + DEMO_YEARS.get(DEMO_YEARS.size() - 1) + "; bukan data resmi.",
                Map.of(), Map.of());
    }

    /** The plausible range of an indicator: its goalposts when it has them, else its possible range, else 0-100. */
    private static double[] range(SpecNode leaf) {
        Normalisation n = leaf.normalisation();
        if (n != null && n.min() != null && n.max() != null) {
            return new double[] {n.min(), n.max()};
        }
        if (leaf.impossible() != null) {
            return new double[] {leaf.impossible().min(), leaf.impossible().max()};
        }
        return new double[] {0, 100};
    }

    /** A fixed seed per index, so the demo data are the same on every start and every machine. */
    private static long seed(IndexSpec spec) {
        return 20_240_101L + spec.id().hashCode();
    }

    private static double clampRound(double v, double min, double max) {
        return BigDecimal.valueOf(Math.max(min, Math.min(max, v))).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    private static List<CSVRecord> csv(String resource) {
        try (InputStream in = IndexDatasets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped data " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
