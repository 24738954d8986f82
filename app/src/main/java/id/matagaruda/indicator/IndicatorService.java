package id.matagaruda.indicator;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.AuditTrail;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.indicator.internal.IndicatorRepository;
import id.matagaruda.indicator.internal.IndicatorRepository.Stored;
import id.matagaruda.indicator.internal.LinkSuggester;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import id.matagaruda.region.RegionService;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator catalogue as users work with it: import (whole file or nothing, only the user's own regions), list and
 * export within the user's scope, the cascade tree, the sync report, and accepting or rejecting suggested links.
 */
@Service
public class IndicatorService {

    private final IndicatorRepository repository;
    private final RegionService regions;
    private final AccessPolicy access;
    private final AuditTrail audit;

    IndicatorService(IndicatorRepository repository, RegionService regions, AccessPolicy access, AuditTrail audit) {
        this.repository = repository;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
    }

    /** Imports a CSV or XLSX catalogue on behalf of the signed-in user. */
    @Transactional
    public ImportResult importCatalogue(InputStream file) throws IOException {
        CurrentUser user = access.requireUser();
        return importRows(read(file), user.username(), row -> mayEdit(user, row.kodeWilayah()));
    }

    /** Imports as the system (demo seeding, the server-side CLI): no region scope applies. */
    @Transactional
    public ImportResult importAsSystem(InputStream file, String actor) throws IOException {
        return importRows(read(file), actor, row -> true);
    }

    public boolean isEmpty() {
        return repository.empty();
    }

    /** Every stored indicator, without a user: for seeding and scheduled jobs that run as the system. */
    public List<CatalogueRow> allForSystem() {
        return repository.all().stream().map(Stored::row).toList();
    }

    /** Indicators the user may read: national ones, those of the regions above its own, and those inside its scope. */
    public List<CatalogueRow> list(String region, Tingkat tingkat) {
        CurrentUser user = access.requireUser();
        if (region != null && !region.isBlank() && !region.equals("00")) {
            regions.get(region);
        }
        return repository.all().stream().map(Stored::row)
                .filter(r -> readable(user, r.kodeWilayah()))
                .filter(r -> region == null || region.isBlank() || r.kodeWilayah().equals(region.trim()))
                .filter(r -> tingkat == null || r.tingkat() == tingkat)
                .toList();
    }

    public CatalogueRow get(String kode) {
        CurrentUser user = access.requireUser();
        CatalogueRow row = repository.find(kode).map(Stored::row)
                .orElseThrow(() -> new NotFoundException("indicator.notfound", kode));
        if (!readable(user, row.kodeWilayah())) {
            throw new AccessDeniedException("indicator " + kode + " is outside the user's scope");
        }
        return row;
    }

    /**
     * The hard rule a value of {@code row} must satisfy: its unit's rule from {@code methodology/unit-rules.yaml},
     * with the range and decimals declared in the catalogue on the row or its nearest cascade parent of the same unit.
     */
    public ValueRule valueRule(CatalogueRow row) {
        return UnitRules.effective(row, k -> repository.find(k).map(Stored::row).orElse(null));
    }

    /** The indicator's cascade: from its national root down through every readable indicator that carries it. */
    public CascadeNode cascade(String kode) {
        CatalogueRow start = get(kode);
        CurrentUser user = access.requireUser();
        List<CatalogueRow> all = repository.all().stream().map(Stored::row).toList();
        Map<String, CatalogueRow> byCode = new HashMap<>();
        Map<String, List<CatalogueRow>> children = new HashMap<>();
        for (CatalogueRow r : all) {
            byCode.put(r.kode(), r);
            if (r.kodeInduk() != null && readable(user, r.kodeWilayah())) {
                children.computeIfAbsent(r.kodeInduk(), k -> new ArrayList<>()).add(r);
            }
        }
        CatalogueRow root = start;
        while (root.kodeInduk() != null && byCode.containsKey(root.kodeInduk())
                && readable(user, byCode.get(root.kodeInduk()).kodeWilayah())) {
            root = byCode.get(root.kodeInduk());
        }
        return node(root, children, 0);
    }

    private CascadeNode node(CatalogueRow r, Map<String, List<CatalogueRow>> children, int depth) {
        List<CascadeNode> kids = depth > 3 ? List.of() : children.getOrDefault(r.kode(), List.of()).stream()
                .sorted(Comparator.comparing(CatalogueRow::kode)).map(c -> node(c, children, depth + 1)).toList();
        return new CascadeNode(r.kode(), r.nama(), r.tingkat(), r.kodeWilayah(), r.satuan(), kids);
    }

    /**
     * The sync report over the stored catalogue, limited to the user's scope: {@code region} 00 gives the national
     * aggregate rows, a province its own rows and those of its kab/kota, empty everything the user may read.
     */
    public List<SyncReportRow> syncReport(String region) {
        CurrentUser user = access.requireUser();
        List<CatalogueRow> all = repository.all().stream().map(Stored::row).toList();
        SyncChecker checker = new SyncChecker(k -> regions.find(k).map(Region::population).orElse(null),
                k -> k.equals("00") ? "Indonesia" : regions.name(k));
        String filter = region == null || region.isBlank() ? null : region.trim();
        if (filter != null && !filter.equals("00")) {
            regions.get(filter);
        }
        return checker.check(all).stream()
                .filter(r -> r.kodeWilayah().equals("00") ? user.isNational() : access.inScope(user, r.kodeWilayah()))
                .filter(r -> filter == null || AccessPolicy.within(r.kodeWilayah(), filter)
                        && (!filter.equals("00") || r.kodeWilayah().equals("00")))
                .toList();
    }

    /** Suggested national indicators for the readable regional indicators without kode_induk, minus rejected ones. */
    public List<LinkSuggestion> suggestions(String region) {
        CurrentUser user = access.requireUser();
        List<CatalogueRow> all = repository.all().stream().map(Stored::row).toList();
        Map<String, String> decisions = repository.decisions();
        List<CatalogueRow> national = all.stream().filter(r -> r.tingkat() == Tingkat.NASIONAL).toList();
        List<CatalogueRow> regional = all.stream().filter(r -> r.tingkat() != Tingkat.NASIONAL)
                .filter(r -> access.inScope(user, r.kodeWilayah()))
                .filter(r -> region == null || region.isBlank() || AccessPolicy.within(r.kodeWilayah(), region.trim()))
                .toList();
        return LinkSuggester.suggest(national, regional).stream()
                .filter(s -> !"ditolak".equals(decisions.get(s.kodeIndikatorDaerah() + "|" + s.saranKodeNasional())))
                .toList();
    }

    /** Accepts (sets kode_induk) or rejects (never suggested again) a suggested link; audited and remembered. */
    @Transactional
    public void decide(String kodeDaerah, String kodeNasional, boolean accept) {
        CurrentUser user = access.requireUser();
        Map<String, Stored> byCode = new HashMap<>();
        repository.all().forEach(s -> byCode.put(s.row().kode(), s));
        Stored daerah = byCode.get(kodeDaerah);
        Stored nasional = byCode.get(kodeNasional);
        if (daerah == null) {
            throw new NotFoundException("indicator.notfound", kodeDaerah);
        }
        if (nasional == null || nasional.row().tingkat() != Tingkat.NASIONAL) {
            throw new InvalidInputException(FieldProblem.of("kodeNasional", "indicator.link.national", kodeNasional));
        }
        if (!mayEdit(user, daerah.row().kodeWilayah())) {
            throw new AccessDeniedException("user may not change the plan of " + daerah.row().kodeWilayah());
        }
        repository.decide(kodeDaerah, kodeNasional, accept ? "diterima" : "ditolak", user.username());
        if (accept) {
            CatalogueRow before = daerah.row();
            CatalogueRow after = withInduk(before, kodeNasional);
            long planId = repository.plan(before.kodeWilayah(), CatalogueRow.FIRST_YEAR).orElseThrow().id();
            if (!repository.update(daerah.id(), daerah.version(), planId, after, user.username())) {
                throw new ConflictException("indicator.stale", kodeDaerah);
            }
            audit.record("TAUTKAN", "indikator", kodeDaerah, before.kodeWilayah(), before, after);
        }
        audit.record(accept ? "SARAN_DITERIMA" : "SARAN_DITOLAK", "saran_tautan", kodeDaerah + "->" + kodeNasional,
                daerah.row().kodeWilayah(), null, null);
    }

    public List<Plan> plans() {
        CurrentUser user = access.requireUser();
        return repository.plans().stream().filter(p -> readable(user, p.kodeWilayah()))
                .map(p -> new Plan(p.id(), p.kodeWilayah(), p.nama(), p.jenis(), p.periodeMulai(), p.periodeSelesai(),
                        p.status(), p.version()))
                .toList();
    }

    /** Marks a plan final (no further imports) or back to draft; {@code version} is the one the user read. */
    @Transactional
    public Plan setPlanStatus(long id, String status, Integer version) {
        CurrentUser user = access.requireUser();
        List<FieldProblem> problems = new ArrayList<>();
        if (!"draft".equals(status) && !"final".equals(status)) {
            problems.add(FieldProblem.of("status", "indicator.plan.status"));
        }
        if (version == null) {
            problems.add(FieldProblem.of("version", "validation.version"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        IndicatorRepository.Plan plan = repository.plans().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("indicator.plan.notfound", id));
        if (!mayEdit(user, plan.kodeWilayah())) {
            throw new AccessDeniedException("user may not change the plan of " + plan.kodeWilayah());
        }
        if (repository.setPlanStatus(id, status, version, user.username()) == 0) {
            throw new ConflictException("indicator.plan.stale", plan.nama());
        }
        Plan after = plans().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
        audit.record("STATUS_RENCANA", "rencana", String.valueOf(id), plan.kodeWilayah(), plan, after);
        return after;
    }

    private List<CatalogueRow> read(InputStream file) throws IOException {
        Map<String, CatalogueRow> known = new HashMap<>();
        repository.all().forEach(s -> known.put(s.row().kode(), s.row()));
        return new CatalogueReader(k -> regions.find(k).filter(r -> r.level() == RegionLevel.PROVINSI
                || r.level() == RegionLevel.KABKOTA), known).read(file);
    }

    private ImportResult importRows(List<CatalogueRow> rows, String who, java.util.function.Predicate<CatalogueRow> allowed) {
        List<RowProblem> problems = new ArrayList<>();
        for (CatalogueRow r : rows) {
            if (!allowed.test(r)) {
                problems.add(RowProblem.of(r.row(), "kode_wilayah", "catalogue.regionOutOfScope", r.kodeWilayah()));
            }
        }
        Map<String, Stored> existing = new HashMap<>();
        repository.all().forEach(s -> existing.put(s.row().kode(), s));
        Map<String, IndicatorRepository.Plan> plans = new HashMap<>();
        int plansCreated = 0;
        for (CatalogueRow r : rows) {
            Stored old = existing.get(r.kode());
            if (old != null && !old.row().kodeWilayah().equals(r.kodeWilayah()) && !allowed.test(old.row())) {
                problems.add(RowProblem.of(r.row(), "kode", "catalogue.codeTaken", r.kode(), old.row().kodeWilayah()));
            }
            if (plans.containsKey(r.kodeWilayah())) {
                continue;
            }
            Optional<IndicatorRepository.Plan> plan = repository.plan(r.kodeWilayah(), CatalogueRow.FIRST_YEAR);
            if (plan.isPresent() && plan.get().periodeSelesai() < CatalogueRow.LAST_YEAR) {
                problems.add(RowProblem.of(r.row(), "target_" + CatalogueRow.LAST_YEAR, "catalogue.planNotCovering",
                        plan.get().nama(), String.valueOf(plan.get().periodeMulai()),
                        String.valueOf(plan.get().periodeSelesai()), String.valueOf(CatalogueRow.LAST_YEAR)));
            } else if (plan.isPresent() && plan.get().status().equals("final")) {
                problems.add(RowProblem.of(r.row(), "kode_wilayah", "catalogue.planFinal", plan.get().nama()));
            }
            plans.put(r.kodeWilayah(), plan.orElse(null));
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(RowProblem::row));
            throw new FileRejectedException(CatalogueReader.SUBJECT, problems);
        }
        Map<String, Long> planIds = new HashMap<>();
        for (Map.Entry<String, IndicatorRepository.Plan> e : plans.entrySet()) {
            if (e.getValue() != null) {
                planIds.put(e.getKey(), e.getValue().id());
            } else {
                planIds.put(e.getKey(), repository.createPlan(e.getKey(), planName(e.getKey()), planKind(e.getKey()),
                        CatalogueRow.FIRST_YEAR, CatalogueRow.LAST_YEAR, who));
                plansCreated++;
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CatalogueRow r : rows) {
            CatalogueRow normal = new CatalogueRow(0, r.kode(), r.nama(), r.tingkat(), r.kodeWilayah(), r.satuan(),
                    r.polaritas(), r.frekuensi(), r.baseline(), r.targets(), r.kodeInduk(), r.wajibDaerah(), r.definisi(),
                    r.dataDukung(), r.kumulatif(), r.details());
            Stored old = existing.get(r.kode());
            if (old == null) {
                repository.insert(planIds.get(r.kodeWilayah()), normal, who);
                audit.recordAs(who, "IMPOR_BUAT", "indikator", r.kode(), r.kodeWilayah(), null, normal);
                created++;
            } else if (same(old.row(), normal)) {
                unchanged++;
            } else {
                if (!repository.update(old.id(), old.version(), planIds.get(r.kodeWilayah()), normal, who)) {
                    throw new ConflictException("indicator.stale", r.kode());
                }
                audit.recordAs(who, "IMPOR_UBAH", "indikator", r.kode(), r.kodeWilayah(), old.row(), normal);
                updated++;
            }
        }
        return new ImportResult(rows.size(), created, updated, unchanged, plansCreated);
    }

    private static boolean same(CatalogueRow a, CatalogueRow b) {
        return a.nama().equals(b.nama()) && a.tingkat() == b.tingkat() && a.kodeWilayah().equals(b.kodeWilayah())
                && a.satuan().equals(b.satuan()) && a.polaritas() == b.polaritas() && a.frekuensi() == b.frekuensi()
                && eq(a.baseline(), b.baseline()) && Objects.equals(a.kodeInduk(), b.kodeInduk())
                && a.wajibDaerah() == b.wajibDaerah() && Objects.equals(a.definisi(), b.definisi())
                && a.dataDukung().equals(b.dataDukung()) && a.kumulatif() == b.kumulatif()
                && a.details().sameAs(b.details())
                && a.targets().keySet().equals(b.targets().keySet())
                && a.targets().keySet().stream().allMatch(y -> eq(a.targets().get(y), b.targets().get(y)));
    }

    private static boolean eq(java.math.BigDecimal x, java.math.BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private static CatalogueRow withInduk(CatalogueRow r, String induk) {
        return new CatalogueRow(0, r.kode(), r.nama(), r.tingkat(), r.kodeWilayah(), r.satuan(), r.polaritas(),
                r.frekuensi(), r.baseline(), r.targets(), induk, r.wajibDaerah(), r.definisi(), r.dataDukung(),
                r.kumulatif(), r.details());
    }

    private String planName(String kodeWilayah) {
        return kodeWilayah.equals("00") ? "RPJMN 2025-2029 / Renstra Ditjen Polpum"
                : (kodeWilayah.contains(".") ? "Renstra Kesbangpol " : "RPJMD / Renstra Kesbangpol ")
                        + regions.name(kodeWilayah) + " 2025-2029";
    }

    private static String planKind(String kodeWilayah) {
        return kodeWilayah.equals("00") ? "RPJMN" : kodeWilayah.contains(".") ? "RENSTRA" : "RPJMD";
    }

    /** Reading: national, the user's own region's ancestors (to link to them), and everything in the user's scope. */
    private boolean readable(CurrentUser user, String kodeWilayah) {
        return kodeWilayah.equals("00") || access.inScope(user, kodeWilayah)
                || AccessPolicy.within(user.regionKode(), kodeWilayah);
    }

    /** The national plan: ADMIN_PUSAT and ANALIS_PUSAT; a regional plan: ADMIN_PUSAT or an operator of that region. */
    private static boolean mayEdit(CurrentUser user, String kodeWilayah) {
        if (user.role() == Role.ADMIN_PUSAT) {
            return true;
        }
        if (kodeWilayah.equals("00")) {
            return user.role() == Role.ANALIS_PUSAT;
        }
        return user.role() == Role.OPERATOR && AccessPolicy.within(kodeWilayah, user.regionKode());
    }
}
