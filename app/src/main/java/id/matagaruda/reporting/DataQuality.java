package id.matagaruda.reporting;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.AuditTrail;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.IndicatorService;
import id.matagaruda.indicator.Satuan;
import id.matagaruda.indicator.UnitRules;
import id.matagaruda.indicator.ValueRule;
import id.matagaruda.region.RegionService;
import id.matagaruda.reporting.internal.QualityRepository;
import id.matagaruda.reporting.internal.QualityRepository.Observation;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.Methodology;
import id.matagaruda.shared.NumberText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data quality of realisations: validation rules held as data, and outliers by robust z, checked on save and in a
 * nightly run whose findings are listed per region.
 *
 * <p>Why robust z: regional values are skewed and few (a province's kab/kota, a region's last quarters), and one wrong
 * entry drags a mean and inflates a standard deviation until it hides itself. Median and median absolute deviation
 * (MAD) are not moved by the outliers they are looking for and assume no normal shape; 0.6745 scales MAD to a standard
 * deviation for normal data, so z reads on the familiar scale. Why 3.5: Iglewicz and Hoaglin (1993, "How to Detect
 * and Handle Outliers") recommend flagging modified z beyond 3.5, which on normal data flags about one value in
 * several thousand, so a flag is worth an operator's comment. When MAD is 0 (more than half the reference values are
 * the same, common for small counts) z falls back to the mean absolute deviation about the median times 1.253314
 * (sqrt(pi/2), its ratio to a standard deviation for normal data); when every reference value is equal there is no
 * spread to judge by and nothing is flagged.
 */
@Service
public class DataQuality {

    // The thresholds are methodology held as data (methodology/unit-rules.yaml, section kewajaran), read once.
    private static final Methodology RULES = UnitRules.methodology();
    static final BigDecimal THRESHOLD = RULES.decimal("kewajaran.ambang_z");
    static final BigDecimal CONSISTENCY = RULES.decimal("kewajaran.konstanta_mad");
    static final BigDecimal MEAN_AD_FACTOR = RULES.decimal("kewajaran.faktor_simpangan_rata");
    /** Fewer comparable regions than this and a median says too little to call anything unusual. */
    static final int MIN_PEERS = RULES.integer("kewajaran.minimal_pembanding");
    static final int MIN_HISTORY = RULES.integer("kewajaran.minimal_riwayat");

    static final String ACROSS = "antarwilayah";
    static final String HISTORY = "riwayat";
    static final String BOTH = "keduanya";

    private static final Logger log = LoggerFactory.getLogger(DataQuality.class);
    private static final String SYSTEM = "sistem";
    private static final int MAX_CASCADE_DEPTH = 10;

    private final QualityRepository repository;
    private final IndicatorService indicators;
    private final RegionService regions;
    private final AccessPolicy access;
    private final AuditTrail audit;

    DataQuality(QualityRepository repository, IndicatorService indicators, RegionService regions, AccessPolicy access,
            AuditTrail audit) {
        this.repository = repository;
        this.indicators = indicators;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Every finding on a value about to be saved: the active rules it breaks (also rules whose right side is this
     * indicator, against the stored left value) and the outlier check. Reads only; the caller must be able to read
     * the region.
     */
    public List<QualityFinding> check(String indicator, String region, String period, BigDecimal value) {
        Input in = input(indicator, region, period, value);
        Snapshot data = snapshotFor(in);
        OffsetDateTime at = now();
        List<QualityFinding> out = new ArrayList<>(ruleFindings(in.row(), in.region(), in.period(), in.value(), data,
                activeRules(), true, null, at));
        outlierFinding(in.row(), in.region(), in.period(), in.value(), data, null, at).ifPresent(out::add);
        return out;
    }

    /** A value about to be saved as part of a batch. */
    public record Candidate(String indicator, String region, String period, BigDecimal value) {}

    /**
     * The broken rules of many values saved together (a workbook), aligned with {@code values}: one catalogue read and
     * one snapshot of the periods for the lot, with every value of the batch in place of what is stored, so rules
     * comparing two indicators of the same upload see each other. Scope is the caller's business (already checked).
     */
    public List<List<QualityFinding>> ruleCheckBatch(List<Candidate> values) {
        Map<String, CatalogueRow> catalogue = catalogue();
        Map<String, Observation> byKey = new LinkedHashMap<>();
        values.stream().map(Candidate::period).distinct().forEach(period -> {
            for (Observation o : repository.observations(period)) {
                byKey.put(key(o.indicator(), o.region(), o.period()), o);
            }
        });
        for (Candidate c : values) {
            byKey.put(key(c.indicator(), c.region(), c.period()),
                    new Observation(c.indicator(), c.region(), c.period(), c.value()));
        }
        Snapshot data = new Snapshot(byKey.values(), catalogue);
        List<ValidationRule> rules = activeRules();
        OffsetDateTime at = now();
        List<List<QualityFinding>> out = new ArrayList<>(values.size());
        for (Candidate c : values) {
            CatalogueRow row = catalogue.get(c.indicator());
            out.add(row == null ? List.of()
                    : ruleFindings(row, c.region(), c.period(), c.value(), data, rules, true, null, at));
        }
        return out;
    }

    /**
     * The outlier check alone: robust z against the same period's values of comparable regions (indicators sharing
     * the cascade parent, same unit, same level by code depth; at least {@value #MIN_PEERS}) and against the region's
     * own earlier periods (at least {@value #MIN_HISTORY}); present when |z| > 3.5 on either.
     */
    public Optional<QualityFinding> outlier(String indicator, String region, String period, BigDecimal value) {
        Input in = input(indicator, region, period, value);
        return outlierFinding(in.row(), in.region(), in.period(), in.value(), snapshotFor(in), null, now());
    }

    /** Checks every stored realisation and replaces the previous run's findings with this run's, in one transaction. */
    @Scheduled(cron = "${matagaruda.quality.cron:0 0 2 * * *}", zone = "Asia/Jakarta")
    @Transactional
    public List<QualityFinding> run() {
        String who = access.currentUser().map(CurrentUser::username).orElse(SYSTEM);
        Map<String, CatalogueRow> catalogue = catalogue();
        List<Observation> all = repository.allObservations();
        Snapshot data = new Snapshot(all, catalogue);
        List<ValidationRule> rules = activeRules();
        long run = repository.startRun(who, all.size());
        OffsetDateTime at = now();
        List<QualityFinding> found = new ArrayList<>();
        for (Observation o : all) {
            CatalogueRow row = catalogue.get(o.indicator());
            if (row == null) {
                continue;
            }
            // One side only: a pair of indicators breaking a rule is reported once, on its left side.
            found.addAll(ruleFindings(row, o.region(), o.period(), o.value(), data, rules, false, run, at));
            outlierFinding(row, o.region(), o.period(), o.value(), data, run, at).ifPresent(found::add);
        }
        repository.finishRun(run, found);
        audit.recordAs(who, "PERIKSA_MUTU", "cek_mutu", String.valueOf(run), null, null,
                Map.of("realisasi", all.size(), "temuan", found.size()));
        log.info("Pemeriksaan mutu data {} oleh {}: {} realisasi, {} temuan", run, who, all.size(), found.size());
        return repository.findings(run);
    }

    /** The latest run's findings the user may read, within {@code region} (and every region inside it) when given. */
    public List<QualityFinding> findings(String region) {
        CurrentUser user = access.requireUser();
        String reg = region == null || region.isBlank() ? null : region.trim();
        if (reg != null && !reg.equals("00")) {
            regions.get(reg);
        }
        return repository.latestRun().map(repository::findings).orElse(List.of()).stream()
                .filter(f -> access.inScope(user, f.region()))
                .filter(f -> reg == null || AccessPolicy.within(f.region(), reg))
                .toList();
    }

    public List<ValidationRule> rules() {
        return repository.rules();
    }

    /** The method plausibility is judged by, as a flag or a refused submission names it: "kewajaran, unit-rules v1". */
    public String plausibilityReference() {
        return "kewajaran (|z| > " + number(THRESHOLD) + "), " + RULES.reference();
    }

    // ---- robust z ------------------------------------------------------------------------------------------------

    /** Median, spread (MAD, or mean absolute deviation when {@code meanDeviation}) and robust z of one value. */
    record Score(BigDecimal median, BigDecimal spread, boolean meanDeviation, double z, boolean flagged) {}

    /**
     * Robust z of {@code x} against {@code reference} (which does not contain x); empty when the reference has fewer
     * than {@code minimum} values or no spread at all. The flag compares without dividing, so it is exact: shifting
     * every value by a constant never changes it.
     */
    static Optional<Score> score(BigDecimal x, List<BigDecimal> reference, int minimum) {
        if (reference.size() < minimum || reference.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal median = median(reference);
        List<BigDecimal> deviations = reference.stream().map(v -> v.subtract(median).abs()).toList();
        BigDecimal mad = median(deviations);
        BigDecimal offset = x.subtract(median);
        if (mad.signum() > 0) {
            boolean flagged = CONSISTENCY.multiply(offset.abs()).compareTo(THRESHOLD.multiply(mad)) > 0;
            double z = CONSISTENCY.multiply(offset).divide(mad, MathContext.DECIMAL64).doubleValue();
            return Optional.of(new Score(median, mad, false, z, flagged));
        }
        BigDecimal sum = deviations.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal n = BigDecimal.valueOf(deviations.size());
        boolean flagged = offset.abs().multiply(n).compareTo(THRESHOLD.multiply(MEAN_AD_FACTOR).multiply(sum)) > 0;
        BigDecimal meanAd = sum.divide(n, MathContext.DECIMAL64);
        double z = offset.divide(MEAN_AD_FACTOR.multiply(meanAd), MathContext.DECIMAL64).doubleValue();
        return Optional.of(new Score(median, meanAd, true, z, flagged));
    }

    static BigDecimal median(Collection<BigDecimal> values) {
        BigDecimal[] sorted = values.toArray(BigDecimal[]::new);
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : sorted[mid - 1].add(sorted[mid]).divide(BigDecimal.valueOf(2));
    }

    // ---- evaluation ----------------------------------------------------------------------------------------------

    private record Input(CatalogueRow row, String region, String period, BigDecimal value,
            Map<String, CatalogueRow> catalogue) {}

    private Input input(String indicator, String region, String period, BigDecimal value) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, CatalogueRow> catalogue = catalogue();
        String kode = indicator == null ? "" : indicator.trim();
        CatalogueRow row = catalogue.get(kode);
        if (kode.isEmpty()) {
            problems.add(FieldProblem.of("indicator", "validation.NotBlank"));
        } else if (row == null) {
            problems.add(FieldProblem.of("indicator", "reporting.indicator.unknown", kode));
        }
        String reg = region == null ? "" : region.trim();
        if (reg.isEmpty()) {
            problems.add(FieldProblem.of("region", "validation.NotBlank"));
        } else if (row != null && !row.kodeWilayah().equals(reg)) {
            problems.add(FieldProblem.of("region", "reporting.region.mismatch", row.kode(), row.kodeWilayah()));
        }
        Optional<Period> p = Period.parse(period);
        if (p.isEmpty()) {
            problems.add(FieldProblem.of("period", "reporting.period.format", String.valueOf(period)));
        } else if (row != null && p.get().frekuensi() != row.frekuensi()) {
            problems.add(FieldProblem.of("period", "reporting.period.frequency", period, row.frekuensi().code()));
        }
        if (value == null) {
            problems.add(FieldProblem.of("value", "validation.NotBlank"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        access.requireRead(reg);
        return new Input(row, reg, p.get().toString(), value, catalogue);
    }

    /** The period's stored values and the region's own series, with the value being checked in place of the stored one. */
    private Snapshot snapshotFor(Input in) {
        Map<String, Observation> byKey = new LinkedHashMap<>();
        for (Observation o : repository.observations(in.period())) {
            byKey.put(key(o.indicator(), o.region(), o.period()), o);
        }
        for (Observation o : repository.observations(in.row().kode(), in.region())) {
            byKey.put(key(o.indicator(), o.region(), o.period()), o);
        }
        byKey.put(key(in.row().kode(), in.region(), in.period()),
                new Observation(in.row().kode(), in.region(), in.period(), in.value()));
        return new Snapshot(byKey.values(), in.catalogue());
    }

    private List<QualityFinding> ruleFindings(CatalogueRow row, String region, String period, BigDecimal value,
            Snapshot data, List<ValidationRule> rules, boolean bothSides, Long run, OffsetDateTime at) {
        List<QualityFinding> out = new ArrayList<>();
        // A range the catalogue declares for this indicator (a growth rate in persen that may be negative) replaces
        // the range of its unit, so a rule over the whole unit (satuan:persen) does not judge it; rules naming the
        // indicator or its cascade still do.
        boolean declared = UnitRules.effective(row, data.catalogue::get).declared();
        for (ValidationRule rule : rules) {
            if (declared && rule.sisiKiri().trim().startsWith("satuan:")) {
                continue;
            }
            if (applies(rule, row, data.catalogue)) {
                if (!rule.comparesIndicators()) {
                    if (!rule.holds(value, rule.nilaiKanan())) {
                        out.add(ruleFinding(rule, row, region, period, value, run, at, "Nilai " + number(value)
                                + " melanggar aturan " + rule.kode() + ": " + rule.deskripsi() + " (syarat: nilai "
                                + condition(rule, number(rule.nilaiKanan())) + ")."));
                    }
                } else {
                    Optional<String> other = resolve(rule.indikatorKanan(), region, data.catalogue);
                    Optional<BigDecimal> right = other.flatMap(code -> data.value(code, region, period));
                    if (right.isPresent() && !rule.holds(value, right.get())) {
                        out.add(ruleFinding(rule, row, region, period, value, run, at, "Nilai " + number(value)
                                + " melanggar aturan " + rule.kode() + ": " + rule.deskripsi() + " (syarat: nilai "
                                + condition(rule, "realisasi " + other.get() + " periode yang sama, yaitu "
                                        + number(right.get())) + ")."));
                    }
                }
            }
            if (bothSides && rule.comparesIndicators()
                    && resolve(rule.indikatorKanan(), region, data.catalogue).filter(row.kode()::equals).isPresent()) {
                for (CatalogueRow left : data.catalogue.values()) {
                    if (left.kode().equals(row.kode()) || !left.kodeWilayah().equals(region)
                            || !applies(rule, left, data.catalogue)) {
                        continue;
                    }
                    Optional<BigDecimal> lv = data.value(left.kode(), region, period);
                    if (lv.isPresent() && !rule.holds(lv.get(), value)) {
                        out.add(ruleFinding(rule, row, region, period, value, run, at, "Realisasi " + left.kode()
                                + " periode yang sama (" + number(lv.get()) + ") melanggar aturan " + rule.kode()
                                + " terhadap nilai ini (" + number(value) + "): " + rule.deskripsi()));
                    }
                }
            }
        }
        // The unit rule last, after the rules administrators keep in the database, so their names come first.
        unitFinding(row, region, period, value, data.catalogue, run, at).ifPresent(out::add);
        return out;
    }

    /**
     * The unit rule (methodology/unit-rules.yaml with the catalogue's declared range) as a finding: the grid shows it
     * while typing, a workbook row is refused by it, and the nightly run lists stored values that break it.
     */
    private static Optional<QualityFinding> unitFinding(CatalogueRow row, String region, String period,
            BigDecimal value, Map<String, CatalogueRow> catalogue, Long run, OffsetDateTime at) {
        ValueRule rule = UnitRules.effective(row, catalogue::get);
        Optional<ValueRule.Breach> breach = rule.breach(value);
        if (breach.isEmpty()) {
            return Optional.empty();
        }
        String name = ReportingService.ruleName(rule);
        String detail = switch (breach.get()) {
            case BELOW_MIN -> "Nilai " + number(value) + " di bawah batas " + number(rule.min()) + " untuk satuan "
                    + rule.satuan() + " (aturan " + name + ").";
            case ABOVE_MAX -> "Nilai " + number(value) + " di atas batas " + number(rule.max()) + " untuk satuan "
                    + rule.satuan() + " (aturan " + name + ").";
            case NOT_WHOLE -> "Nilai " + number(value) + " bukan bilangan bulat; satuan " + rule.satuan()
                    + " dihitung utuh (aturan " + name + ").";
            case TOO_MANY_DECIMALS -> "Nilai " + value.toPlainString() + " memakai " + ValueRule.decimalsOf(value)
                    + " desimal; paling banyak " + rule.decimals() + " (aturan " + name + ").";
        };
        Integer version = RULES.version().matches("\\d{1,9}") ? Integer.valueOf(RULES.version()) : null;
        String code = rule.reference().length() > 60 ? rule.reference().substring(0, 60) : rule.reference();
        return Optional.of(new QualityFinding(null, run, region, period, row.kode(), QualityFinding.ATURAN, code,
                version, value, null, null, limit(detail), at));
    }

    private static QualityFinding ruleFinding(ValidationRule rule, CatalogueRow row, String region, String period,
            BigDecimal value, Long run, OffsetDateTime at, String detail) {
        return new QualityFinding(null, run, region, period, row.kode(), QualityFinding.ATURAN, rule.kode(),
                rule.version(), value, null, null, limit(detail), at);
    }

    private Optional<QualityFinding> outlierFinding(CatalogueRow row, String region, String period, BigDecimal value,
            Snapshot data, Long run, OffsetDateTime at) {
        List<BigDecimal> peers = data.peers(row, region, period);
        List<BigDecimal> history = data.history(row.kode(), region, period);
        Optional<Score> across = score(value, peers, MIN_PEERS).filter(Score::flagged);
        Optional<Score> own = score(value, history, MIN_HISTORY).filter(Score::flagged);
        if (across.isEmpty() && own.isEmpty()) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        across.ifPresent(s -> reasons.add("dibanding " + peers.size() + " wilayah sebanding (median "
                + number(s.median()) + "; z robust " + z(s.z()) + ")"));
        own.ifPresent(s -> reasons.add("dibanding riwayatnya sendiri, " + history.size() + " periode sebelumnya (median "
                + number(s.median()) + "; z robust " + z(s.z()) + ")"));
        double strongest = across.isPresent() && own.isPresent()
                ? Math.abs(across.get().z()) >= Math.abs(own.get().z()) ? across.get().z() : own.get().z()
                : across.or(() -> own).get().z();
        String acuan = across.isPresent() && own.isPresent() ? BOTH : across.isPresent() ? ACROSS : HISTORY;
        String detail = "Nilai " + number(value) + " tidak lazim " + String.join(" dan ", reasons)
                + "; batas |z| " + number(THRESHOLD) + " (" + RULES.reference() + "). Periksa kembali dan beri konfirmasi dengan komentar sebelum diajukan.";
        return Optional.of(new QualityFinding(null, run, region, period, row.kode(), QualityFinding.PENCILAN, null, null,
                value, BigDecimal.valueOf(strongest).setScale(2, RoundingMode.HALF_UP), acuan, limit(detail), at));
    }

    private List<ValidationRule> activeRules() {
        return repository.rules().stream().filter(ValidationRule::aktif).toList();
    }

    private static boolean applies(ValidationRule rule, CatalogueRow row, Map<String, CatalogueRow> catalogue) {
        if (!selects(rule.sisiKiri(), row, catalogue)) {
            return false;
        }
        if (rule.kecuali() == null) {
            return true;
        }
        return Arrays.stream(rule.kecuali().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .noneMatch(s -> selects(s, row, catalogue));
    }

    /** {@code satuan:<unit>}, {@code induk:<code>} (the code and everything cascaded from it) or an indicator code. */
    private static boolean selects(String selector, CatalogueRow row, Map<String, CatalogueRow> catalogue) {
        String s = selector.trim();
        if (s.startsWith("satuan:")) {
            return Satuan.same(row.satuan(), s.substring("satuan:".length()));
        }
        if (s.startsWith("induk:")) {
            String root = s.substring("induk:".length()).trim();
            CatalogueRow r = row;
            for (int depth = 0; r != null && depth < MAX_CASCADE_DEPTH; depth++) {
                if (r.kode().equals(root)) {
                    return true;
                }
                r = r.kodeInduk() == null ? null : catalogue.get(r.kodeInduk());
            }
            return false;
        }
        return row.kode().equals(s);
    }

    /** The region's indicator a right side names: the code itself, or the one indicator of the region under induk:X. */
    private static Optional<String> resolve(String reference, String region, Map<String, CatalogueRow> catalogue) {
        String ref = reference.trim();
        if (ref.startsWith("satuan:")) {
            return Optional.empty();
        }
        if (!ref.startsWith("induk:")) {
            return Optional.of(ref);
        }
        List<String> matches = catalogue.values().stream()
                .filter(r -> r.kodeWilayah().equals(region) && selects(ref, r, catalogue)).map(CatalogueRow::kode)
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The whole catalogue, not the user's view of it: the peers of a kab/kota are its neighbours, whose indicators its
     * own operator may not list, yet only their median reaches the operator; the nightly run has no user at all.
     */
    private Map<String, CatalogueRow> catalogue() {
        Map<String, CatalogueRow> byCode = new HashMap<>();
        indicators.allForSystem().forEach(r -> byCode.put(r.kode(), r));
        return byCode;
    }

    /** Stored values indexed for the checks: by cell, by comparable group within a period, and by series. */
    private static final class Snapshot {

        final Map<String, CatalogueRow> catalogue;
        private final Map<String, BigDecimal> cells = new HashMap<>();
        private final Map<String, List<Observation>> groups = new HashMap<>();
        private final Map<String, List<Observation>> series = new HashMap<>();

        Snapshot(Collection<Observation> observations, Map<String, CatalogueRow> catalogue) {
            this.catalogue = catalogue;
            for (Observation o : observations) {
                cells.put(key(o.indicator(), o.region(), o.period()), o.value());
                series.computeIfAbsent(o.indicator() + "|" + o.region(), k -> new ArrayList<>()).add(o);
                CatalogueRow row = catalogue.get(o.indicator());
                if (row != null) {
                    groups.computeIfAbsent(group(row, o.region(), o.period()), k -> new ArrayList<>()).add(o);
                }
            }
        }

        Optional<BigDecimal> value(String indicator, String region, String period) {
            return Optional.ofNullable(cells.get(key(indicator, region, period)));
        }

        /** Same period, same level, same unit, same cascade parent (or the same code), other regions. */
        List<BigDecimal> peers(CatalogueRow row, String region, String period) {
            return groups.getOrDefault(group(row, region, period), List.of()).stream()
                    .filter(o -> !o.region().equals(region)).map(Observation::value).toList();
        }

        /** The region's own values of the indicator in earlier periods of the same frequency. */
        List<BigDecimal> history(String indicator, String region, String period) {
            Period now = Period.parse(period).orElseThrow();
            return series.getOrDefault(indicator + "|" + region, List.of()).stream()
                    .filter(o -> Period.parse(o.period()).filter(p -> p.frekuensi() == now.frekuensi()
                            && (p.year() < now.year() || p.year() == now.year() && p.part() < now.part())).isPresent())
                    .map(Observation::value).toList();
        }

        private static String group(CatalogueRow row, String region, String period) {
            String family = row.kodeInduk() != null ? "induk:" + row.kodeInduk() : "kode:" + row.kode();
            return period + "|" + depth(region) + "|" + Satuan.normalise(row.satuan()) + "|" + family;
        }
    }

    /** 1 for a province (32), 2 for a kab/kota (32.73); the nation (00) is a level of its own. */
    private static int depth(String region) {
        return region.equals("00") ? 0 : region.split("\\.").length;
    }

    private static String key(String indicator, String region, String period) {
        return indicator + "|" + region + "|" + period;
    }

    private static String condition(ValidationRule rule, String right) {
        return switch (rule.operator()) {
            case "between" -> "antara " + number(rule.nilaiKanan()) + " dan " + number(rule.nilaiKananAtas());
            case "<" -> "kurang dari " + right;
            case "<=" -> "paling besar " + right;
            case ">" -> "lebih dari " + right;
            case ">=" -> "paling kecil " + right;
            default -> "sama dengan " + right;
        };
    }

    /** Numbers as Indonesian readers write them: 1.234,5. */
    private static String number(BigDecimal v) {
        return NumberText.format(v, INDONESIAN, 4);
    }

    private static String z(double z) {
        return NumberText.fixed(z, INDONESIAN, 2);
    }

    // Findings are stored as Indonesian sentences (the verifier's record), whatever the language of the operator.
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static String limit(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
