package id.matagaruda.reporting;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.AuditTrail;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.IndicatorService;
import id.matagaruda.indicator.UnitRules;
import id.matagaruda.indicator.ValueRule;
import id.matagaruda.region.RegionService;
import id.matagaruda.reporting.internal.EvidenceStore;
import id.matagaruda.reporting.internal.FileTypes;
import id.matagaruda.reporting.internal.RealisationRepository;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.ZipGuard;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import id.matagaruda.shared.NumberReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reporting as the users say it: enter a realisation, attach data dukung, submit, approve or return with a reason,
 * reopen; and read achievement (capaian) and completeness. Every change is region-scoped, versioned and audited.
 */
@Service
public class ReportingService {

    /** Deadlines are judged in western Indonesian time, where the ministry sits. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final RealisationRepository repository;
    private final TransactionTemplate transactions;
    private final ZipGuard zipLimits;
    private final EvidenceStore store;
    private final IndicatorService indicators;
    private final RegionService regions;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DataQuality quality;
    private final long maxEvidenceBytes;

    ReportingService(RealisationRepository repository, EvidenceStore store, IndicatorService indicators,
            RegionService regions, AccessPolicy access, AuditTrail audit, ApplicationEventPublisher events,
            DataQuality quality, @Value("${matagaruda.evidence.max-bytes:26214400}") long maxEvidenceBytes,
            PlatformTransactionManager transactionManager,
            @Value("${matagaruda.evidence.zip.max-uncompressed-bytes:1073741824}") long zipMaxBytes,
            @Value("${matagaruda.evidence.zip.max-ratio:100}") long zipMaxRatio,
            @Value("${matagaruda.evidence.zip.max-entries:10000}") int zipMaxEntries) {
        this.zipLimits = new ZipGuard(zipMaxBytes, zipMaxRatio, zipMaxEntries);
        this.transactions = new TransactionTemplate(transactionManager);
        this.repository = repository;
        this.store = store;
        this.indicators = indicators;
        this.regions = regions;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.quality = quality;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    /**
     * Creates a draft. Two requests for the same indicator, region and period may both pass the existence check;
     * the database's unique key lets one insert win, and the other is answered 409 naming the record that won
     * (looked up after its transaction ended, since PostgreSQL refuses further statements in a failed one).
     */
    public Realisation create(String indicator, String region, String period, BigDecimal value, String note,
            String outlierConfirmation) {
        String[] key = new String[3];
        try {
            return transactions.execute(s -> createInTransaction(indicator, region, period, value, note,
                    outlierConfirmation, key));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            if (key[0] != null) {
                Optional<Realisation> existing = repository.find(key[0], key[1], key[2]);
                if (existing.isPresent()) {
                    throw new ConflictException("reporting.exists.record", key[0], key[1], key[2],
                            String.valueOf(existing.get().id()));
                }
            }
            throw e;
        }
    }

    private Realisation createInTransaction(String indicator, String region, String period, BigDecimal value,
            String note, String outlierConfirmation, String[] key) {
        CurrentUser user = access.requireUser();
        List<FieldProblem> problems = new ArrayList<>();
        CatalogueRow ind = indicatorFor(indicator, problems);
        String reg = region == null ? "" : region.trim();
        if (reg.isEmpty()) {
            problems.add(FieldProblem.of("region", "validation.NotBlank"));
        } else if (ind != null && !ind.kodeWilayah().equals(reg)) {
            problems.add(FieldProblem.of("region", "reporting.region.mismatch", ind.kode(), ind.kodeWilayah()));
        }
        Period p = periodFor(ind, period, problems);
        checkValue(value, ind, problems);
        checkText("note", note, 2000, problems);
        checkText("outlierConfirmation", outlierConfirmation, 1000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireEdit(user, reg);
        checkRules(ind, reg, p.toString(), value);
        key[0] = ind.kode();
        key[1] = reg;
        key[2] = p.toString();
        Optional<Realisation> existing = repository.find(ind.kode(), reg, p.toString());
        if (existing.isPresent()) {
            throw new ConflictException("reporting.exists.record", ind.kode(), reg, p.toString(),
                    String.valueOf(existing.get().id()));
        }
        long id = repository.insert(ind.kode(), reg, p.toString(), value, blank(note), blank(outlierConfirmation),
                user.username());
        Realisation created = repository.find(id).orElseThrow();
        audit.record("BUAT", "realisasi", String.valueOf(id), reg, null, created);
        return created;
    }

    /**
     * Saves many values at once (a workbook) in the caller's transaction: drafts created and changes applied in
     * batches, each value audited. The caller has checked scope, periods, versions and rules for every row; here the
     * edit scope and the versions are enforced again, and a stale version rolls the whole batch back.
     */
    @Transactional
    public int[] applyBatch(List<RealisationRepository.NewValue> creates, List<RealisationRepository.ChangedValue> updates) {
        CurrentUser user = access.requireUser();
        for (RealisationRepository.NewValue v : creates) {
            requireEdit(user, v.region());
        }
        Map<Long, Realisation> stored = new HashMap<>();
        for (RealisationRepository.ChangedValue c : updates) {
            Realisation r = repository.find(c.id()).orElseThrow(() -> new NotFoundException("reporting.notfound", c.id()));
            requireEdit(user, r.region());
            stored.put(c.id(), r);
        }
        List<Long> ids = creates.isEmpty() ? List.of() : repository.insertAll(creates, user.username());
        List<Long> stale = updates.isEmpty() ? List.of() : repository.updateAll(updates, user.username());
        if (!stale.isEmpty()) {
            Realisation r = stored.get(stale.get(0));
            throw new ConflictException("reporting.stale", r.id(), r.version(), r.version() + 1);
        }
        if (!creates.isEmpty()) {
            audit.recordAll("BUAT", "realisasi", ids.stream().map(String::valueOf).toList(),
                    creates.stream().map(RealisationRepository.NewValue::region).toList(), creates);
        }
        if (!updates.isEmpty()) {
            audit.recordAll("UBAH", "realisasi", updates.stream().map(u -> String.valueOf(u.id())).toList(),
                    updates.stream().map(u -> stored.get(u.id()).region()).toList(), updates);
        }
        return new int[] {creates.size(), updates.size()};
    }

    /** The target a period of an indicator is held to, a semester or quarter target first when one is set. */
    public Optional<BigDecimal> target(CatalogueRow indicator, Period period) {
        return Achievement.target(indicator, period,
                repository.periodTargets().get(indicator.kode() + "|" + period));
    }

    /**
     * Sets the target of one semester or quarter of an indicator (the plan's owner: an operator of its region or an
     * administrator); achievement then uses it instead of the annual target.
     */
    @Transactional
    public BigDecimal setPeriodTarget(String indicator, String period, BigDecimal value) {
        CurrentUser user = access.requireUser();
        List<FieldProblem> problems = new ArrayList<>();
        CatalogueRow ind = indicatorFor(indicator, problems);
        Period p = periodFor(ind, period, problems);
        checkValue(value, ind, problems);
        if (p != null && p.frekuensi() == id.matagaruda.indicator.Frekuensi.TAHUNAN) {
            problems.add(FieldProblem.of("period", "reporting.target.annual"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireEdit(user, ind.kodeWilayah());
        // A target is held to the unit rule as the values are: a 250% target would make every capaian meaningless.
        List<FieldProblem> unit = unitProblems(ind, value);
        if (!unit.isEmpty()) {
            throw new InvalidInputException(unit);
        }
        BigDecimal before = repository.periodTargets().get(ind.kode() + "|" + p);
        int version = repository.putPeriodTarget(ind.kode(), p.toString(), value, user.username());
        audit.record("TARGET_PERIODE", "target_periode", ind.kode() + "|" + p, ind.kodeWilayah(),
                before == null ? null : Map.of("nilai", before), Map.of("nilai", value, "version", version));
        return value;
    }

    /** Changes value and note of a draft or returned realisation; a returned one goes back to draft. */
    @Transactional
    public Realisation update(long id, Integer version, BigDecimal value, String note, String outlierConfirmation) {
        CurrentUser user = access.requireUser();
        Realisation before = readable(id);
        requireEdit(user, before.region());
        List<FieldProblem> problems = new ArrayList<>();
        if (version == null) {
            problems.add(FieldProblem.of("version", "validation.version"));
        }
        checkValue(value, indicators.get(before.indicator()), problems);
        checkText("note", note, 2000, problems);
        checkText("outlierConfirmation", outlierConfirmation, 1000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (before.status() == RealisationStatus.DIAJUKAN || before.status() == RealisationStatus.DISETUJUI) {
            throw new ConflictException("reporting.locked", id, before.status().code());
        }
        if (before.version() != version) {
            throw new ConflictException("reporting.stale", id, version, before.version());
        }
        checkRules(indicators.get(before.indicator()), before.region(), before.period(), value);
        if (!repository.update(id, version, value, blank(note), blank(outlierConfirmation), RealisationStatus.DRAFT,
                user.username())) {
            throw new ConflictException("reporting.stale", id, version, before.version() + 1);
        }
        Realisation after = repository.find(id).orElseThrow();
        audit.record("UBAH", "realisasi", String.valueOf(id), after.region(), before, after);
        return after;
    }

    /** Stores a file of data dukung (PDF, XLSX, CSV, DOCX, JPG/PNG) content-addressed, checked against its name. */
    @Transactional
    public Evidence attachFile(long id, InputStream content, String originalName, String jenis) throws IOException {
        CurrentUser user = access.requireUser();
        Realisation r = readable(id);
        requireEdit(user, r.region());
        requireOpen(r);
        String type = checkJenis(jenis);
        String name = FileTypes.neutralise(originalName);
        String ext = FileTypes.extension(name);
        String contentType = FileTypes.contentType(ext).orElseThrow(() -> new UnsupportedEvidenceException(
                "reporting.evidence.type", name));
        EvidenceStore.Stored stored;
        try {
            stored = store.put(content, maxEvidenceBytes, file -> FileTypes.contentMatches(ext, file, zipLimits));
        } catch (EvidenceStore.ContentMismatchException e) {
            throw new UnsupportedEvidenceException("reporting.evidence.mismatch", name);
        }
        if (stored.created()) {
            // A rolled-back upload leaves no file that no record points to.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        store.delete(stored);
                    }
                }
            });
        }
        long evidenceId = repository.addEvidence(id, stored.sha256(), name, contentType, type, stored.size(), null,
                user.username());
        repository.touch(id, user.username());
        Evidence e = evidence(id, evidenceId);
        audit.record("UNGGAH", "data_dukung", stored.sha256(), r.region(), null, e);
        return e;
    }

    @Transactional
    public Evidence attachLink(long id, String url, String jenis) {
        CurrentUser user = access.requireUser();
        Realisation r = readable(id);
        requireEdit(user, r.region());
        requireOpen(r);
        String type = checkJenis(jenis);
        String link = url == null ? "" : url.trim();
        try {
            URI uri = URI.create(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null || link.length() > 1000) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FieldProblem.of("url", "reporting.evidence.url"));
        }
        long evidenceId = repository.addEvidence(id, null, null, null, type, null, link, user.username());
        repository.touch(id, user.username());
        Evidence e = evidence(id, evidenceId);
        audit.record("TAUTAN", "data_dukung", String.valueOf(evidenceId), r.region(), null, e);
        return e;
    }

    public EvidenceFile download(long id, String sha256) throws IOException {
        Realisation r = readable(id);
        Evidence e = r.evidence().stream().filter(x -> sha256.equals(x.sha256())).findFirst()
                .orElseThrow(() -> new NotFoundException("reporting.evidence.notfound", sha256));
        return new EvidenceFile(e.namaBerkas(), e.contentType(), store.read(sha256));
    }

    /**
     * Submits a draft: refused (422) while a type of data dukung the catalogue requires is missing, naming each type,
     * or while an implausible value has no confirming comment, naming the value and the rule.
     */
    @Transactional
    public Realisation submit(long id) {
        CurrentUser user = access.requireUser();
        Realisation r = readable(id);
        requireEdit(user, r.region());
        requireStatus(r, RealisationStatus.DRAFT);
        CatalogueRow ind = indicators.get(r.indicator());
        List<FieldProblem> problems = new ArrayList<>();
        for (String missing : missingEvidence(ind, r)) {
            problems.add(FieldProblem.of("evidence", "reporting.evidence.missingType", missing));
        }
        // A value far from comparable regions or from the region's own history is allowed, but only once the
        // operator has confirmed it with a comment.
        Optional<QualityFinding> outlier = quality.outlier(r.indicator(), r.region(), r.period(), r.value());
        if (outlier.isPresent() && (r.outlierConfirmation() == null || r.outlierConfirmation().isBlank())) {
            problems.add(FieldProblem.of("outlierConfirmation", "reporting.plausibility.confirm",
                    Achievement.plain(r.value()).toPlainString(), quality.plausibilityReference(),
                    outlier.get().detail()));
        }
        if (!problems.isEmpty()) {
            throw new SubmissionRefusedException(problems);
        }
        return move(r, RealisationStatus.DRAFT, RealisationStatus.DIAJUKAN, null, "AJUKAN", user);
    }

    /** The required types of data dukung (as the catalogue lists them) that the value has nothing for yet. */
    public static List<String> missingEvidence(CatalogueRow ind, Realisation r) {
        Set<String> present = r.evidence().stream().map(e -> e.jenis().trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return ind.dataDukung().stream().filter(t -> !present.contains(t.trim().toLowerCase(Locale.ROOT))).toList();
    }

    @Transactional
    public Realisation approve(long id) {
        CurrentUser user = access.requireUser();
        Realisation r = readable(id);
        requireDecider(r, user);
        requireStatus(r, RealisationStatus.DIAJUKAN);
        if (user.username().equals(r.submittedBy())) {
            throw new AccessDeniedException("a realisation cannot be approved by the account that submitted it");
        }
        requireIntactEvidence(r);
        Realisation after = move(r, RealisationStatus.DIAJUKAN, RealisationStatus.DISETUJUI, null, "SETUJUI", user);
        events.publishEvent(new RealisationApproved(after.id(), after.indicator(), after.region(), after.period(),
                after.value()));
        return after;
    }

    @Transactional
    public Realisation returnWithReason(long id, String reason) {
        CurrentUser user = access.requireUser();
        Realisation r = readable(id);
        requireDecider(r, user);
        String why = requireReason(reason);
        requireStatus(r, RealisationStatus.DIAJUKAN);
        return move(r, RealisationStatus.DIAJUKAN, RealisationStatus.DIKEMBALIKAN, why, "KEMBALIKAN", user);
    }

    /** Unlocks an approved value for correction; only a verifier of the region or an administrator, with a reason. */
    @Transactional
    public Realisation reopen(long id, String reason) {
        CurrentUser user = access.requireUser();
        Realisation r = readable(id);
        requireDecider(r, user);
        String why = requireReason(reason);
        requireStatus(r, RealisationStatus.DISETUJUI);
        return move(r, RealisationStatus.DISETUJUI, RealisationStatus.DRAFT, why, "BUKA_KEMBALI", user);
    }

    /** Who may decide a value now, seen from the signed-in user: the verifier's page shows buttons accordingly. */
    public enum Decider { DECIDES, MAY_TAKE_OVER, TAKEN_OVER_BY_OTHER, NONE }

    public Decider decider(Realisation r) {
        CurrentUser user = access.requireUser();
        if (!access.canVerify(r.region())) {
            return Decider.NONE;
        }
        if (!kabKota(r.region())) {
            return Decider.DECIDES;
        }
        Optional<Transition> take = currentTakeOver(r);
        if (national(user)) {
            return take.filter(t -> t.oleh().equals(user.username())).isPresent() ? Decider.DECIDES
                    : take.isPresent() ? Decider.TAKEN_OVER_BY_OTHER : Decider.MAY_TAKE_OVER;
        }
        return take.isPresent() ? Decider.TAKEN_OVER_BY_OTHER : Decider.DECIDES;
    }

    /**
     * A national verifier takes over the decision on a submitted (or approved) kab/kota value from its province's
     * verifier, with a reason: recorded in the value's history, where the province sees who took it over and why, and
     * audited. Until the next decision only the one who took it over decides.
     */
    @Transactional
    public Realisation takeOver(long id, String reason) {
        CurrentUser user = access.requireUser();
        Realisation r = readable(id);
        requireVerifier(r);
        if (!kabKota(r.region()) || !national(user)) {
            throw new VerificationChainException("reporting.takeover.notNeeded", r.region());
        }
        String why = requireReason(reason);
        if (r.status() != RealisationStatus.DIAJUKAN && r.status() != RealisationStatus.DISETUJUI) {
            throw new ConflictException("reporting.transition", r.id(), r.status().code(),
                    RealisationStatus.DIAJUKAN.code());
        }
        Optional<Transition> take = currentTakeOver(r);
        if (take.isPresent()) {
            throw new ConflictException("reporting.takeover.already", take.get().oleh());
        }
        if (!repository.note(r.id(), r.version(), r.status(), Transition.TAKE_OVER, why, user.username())) {
            throw new ConflictException("reporting.stale", r.id(), r.version(), r.version() + 1);
        }
        Realisation after = repository.find(id).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("diambilAlihOleh", user.username());
        detail.put("alasan", why);
        detail.put("verifikatorSemestinya", "verifikator provinsi " + province(r.region()));
        detail.put("version", after.version());
        audit.record("AMBIL_ALIH", "realisasi", String.valueOf(id), r.region(),
                Map.of("status", r.status().code(), "version", r.version()), detail);
        return after;
    }

    /**
     * The verifier's checklist of a value: each required type of data dukung with what was given for it, then other
     * attached types; every stored file is re-read and re-hashed, so a file changed in storage shows as failed.
     */
    public EvidenceChecklist checklist(Realisation r) {
        access.requireRead(r.region());
        CatalogueRow ind = indicators.get(r.indicator());
        Map<String, List<EvidenceChecklist.Check>> byType = new LinkedHashMap<>();
        Map<String, String> label = new HashMap<>();
        for (String t : ind.dataDukung()) {
            String k = t.trim().toLowerCase(Locale.ROOT);
            byType.putIfAbsent(k, new ArrayList<>());
            label.putIfAbsent(k, t.trim());
        }
        Set<String> required = Set.copyOf(byType.keySet());
        for (Evidence e : r.evidence()) {
            String k = e.jenis().trim().toLowerCase(Locale.ROOT);
            label.putIfAbsent(k, e.jenis().trim());
            byType.computeIfAbsent(k, x -> new ArrayList<>()).add(new EvidenceChecklist.Check(e, intact(e)));
        }
        List<EvidenceChecklist.Item> items = new ArrayList<>();
        byType.forEach((k, files) -> items.add(new EvidenceChecklist.Item(label.get(k), required.contains(k), files)));
        boolean complete = items.stream().filter(EvidenceChecklist.Item::wajib).allMatch(EvidenceChecklist.Item::present);
        boolean allIntact = items.stream().flatMap(i -> i.files().stream()).allMatch(EvidenceChecklist.Check::intact);
        Optional<Transition> take = currentTakeOver(r);
        return new EvidenceChecklist(items, complete, allIntact, take.map(Transition::oleh).orElse(null),
                take.map(Transition::alasan).orElse(null));
    }

    public Realisation get(long id) {
        return readable(id);
    }

    /** Realisations the user may read, filtered by region (and everything inside it), period and status. */
    public List<Realisation> list(String region, String period, String status) {
        return list(region, period, status, null);
    }

    // The year filter runs in the database: the dashboard of one year must not read every year's values.
    private List<Realisation> list(String region, String period, String status, Integer year) {
        CurrentUser user = access.requireUser();
        String st = null;
        if (status != null && !status.isBlank()) {
            st = RealisationStatus.fromCode(status).orElseThrow(() -> new InvalidInputException(
                    FieldProblem.of("status", "reporting.status.invalid", status))).code();
        }
        String reg = region == null || region.isBlank() ? null : region.trim();
        if (reg != null && !reg.equals("00")) {
            regions.get(reg);
        }
        return repository.search(period == null || period.isBlank() ? null : period.trim(), st, null, year).stream()
                .filter(r -> access.inScope(user, r.region()))
                .filter(r -> reg == null || AccessPolicy.within(r.region(), reg))
                .toList();
    }

    /**
     * Capaian of approved realisations (and of submitted ones too when {@code includeSubmitted}) the user may read,
     * filtered by region, year and period.
     */
    public List<Capaian> achievements(String region, Integer year, String period, boolean includeSubmitted) {
        Map<String, CatalogueRow> byCode = new HashMap<>();
        indicators.list(null, null).forEach(i -> byCode.put(i.kode(), i));
        Map<String, BigDecimal> periodTargets = repository.periodTargets();
        List<Capaian> out = new ArrayList<>();
        for (Realisation r : list(region, period, null, year)) {
            boolean counted = r.status() == RealisationStatus.DISETUJUI
                    || includeSubmitted && r.status() == RealisationStatus.DIAJUKAN;
            Period p = Period.parse(r.period()).orElseThrow();
            if (!counted || year != null && p.year() != year) {
                continue;
            }
            CatalogueRow ind = byCode.get(r.indicator());
            if (ind == null) {
                continue;
            }
            Optional<BigDecimal> target = Achievement.target(ind, p, periodTargets.get(ind.kode() + "|" + r.period()));
            Optional<BigDecimal> c = target.flatMap(t -> Achievement.capaian(r.value(), t, ind.polaritas()));
            String note = target.isEmpty() ? "target tahun " + p.year() + " belum ditetapkan"
                    : c.isEmpty() ? "target nol; capaian tidak dapat dihitung" : null;
            out.add(new Capaian(r.indicator(), ind.nama(), r.region(), r.period(), r.value(),
                    target.map(Achievement::plain).orElse(null), c.orElse(null),
                    c.map(Achievement::category).orElse(null), r.status().code(), note,
                    c.isPresent() ? Achievement.BANDS.reference() : null));
        }
        return out;
    }

    /** Per region: how many realisations the period expects, how many were submitted/approved, on time or late. */
    public List<Completeness> completeness(String period) {
        Period p = Period.parse(period).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("period", "reporting.period.format", String.valueOf(period))));
        LocalDate due = dueDate(p);
        Map<String, List<CatalogueRow>> expected = expected(p);
        Map<String, Realisation> reported = new HashMap<>();
        list(null, p.toString(), null).forEach(r -> reported.put(r.indicator() + "|" + r.region(), r));
        List<Completeness> out = new ArrayList<>();
        for (Map.Entry<String, List<CatalogueRow>> e : expected.entrySet()) {
            int submitted = 0;
            int approved = 0;
            int onTime = 0;
            int late = 0;
            for (CatalogueRow ind : e.getValue()) {
                Realisation r = reported.get(ind.kode() + "|" + e.getKey());
                if (r == null || r.submittedAt() == null || r.status() == RealisationStatus.DRAFT) {
                    continue;
                }
                submitted++;
                approved += r.status() == RealisationStatus.DISETUJUI ? 1 : 0;
                if (r.submittedAt().atZoneSameInstant(WIB).toLocalDate().isAfter(due)) {
                    late++;
                } else {
                    onTime++;
                }
            }
            int n = e.getValue().size();
            out.add(new Completeness(e.getKey(), e.getKey().equals("00") ? "Indonesia" : regions.name(e.getKey()),
                    p.toString(), due, n, submitted, approved, onTime, late, n - submitted,
                    n == 0 ? 0 : round(100.0 * submitted / n), n == 0 ? 0 : round(100.0 * approved / n)));
        }
        return out;
    }

    /** What regions in the user's scope still owe for a period, late items first: the verifier's reminder list. */
    public List<Reminder> reminders(String period) {
        Period p = Period.parse(period).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("period", "reporting.period.format", String.valueOf(period))));
        LocalDate due = dueDate(p);
        boolean late = LocalDate.now(WIB).isAfter(due);
        Map<String, Realisation> reported = new HashMap<>();
        list(null, p.toString(), null).forEach(r -> reported.put(r.indicator() + "|" + r.region(), r));
        List<Reminder> out = new ArrayList<>();
        expected(p).forEach((region, list) -> {
            for (CatalogueRow ind : list) {
                Realisation r = reported.get(ind.kode() + "|" + region);
                String state = r == null || r.status() == RealisationStatus.DRAFT ? "belum_diajukan"
                        : r.status() == RealisationStatus.DIKEMBALIKAN ? "dikembalikan"
                        : r.status() == RealisationStatus.DIAJUKAN ? "menunggu_verifikasi" : null;
                if (state != null) {
                    out.add(new Reminder(region, ind.kode(), ind.nama(), p.toString(), due, state,
                            late && !state.equals("menunggu_verifikasi"), r == null ? null : r.id()));
                }
            }
        });
        out.sort(Comparator.comparing(Reminder::terlambat).reversed().thenComparing(Reminder::region)
                .thenComparing(Reminder::indicator));
        return out;
    }

    public LocalDate dueDate(Period p) {
        return repository.dueDates().getOrDefault(p.toString(), p.defaultDueDate());
    }

    private Map<String, List<CatalogueRow>> expected(Period p) {
        CurrentUser user = access.requireUser();
        Map<String, List<CatalogueRow>> out = new TreeMap<>();
        for (CatalogueRow ind : indicators.list(null, null)) {
            if (ind.frekuensi() == p.frekuensi() && p.year() >= CatalogueRow.FIRST_YEAR && p.year() <= CatalogueRow.LAST_YEAR
                    && access.inScope(user, ind.kodeWilayah())) {
                out.computeIfAbsent(ind.kodeWilayah(), k -> new ArrayList<>()).add(ind);
            }
        }
        return out;
    }

    /**
     * A value that breaks a validation rule held as data (the database rules, then the unit rule of its indicator) is
     * refused on save, naming the rule.
     */
    private void checkRules(CatalogueRow ind, String region, String period, BigDecimal value) {
        List<FieldProblem> broken = new ArrayList<>(quality.check(ind.kode(), region, period, value).stream()
                .filter(f -> QualityFinding.ATURAN.equals(f.jenis()))
                .filter(f -> f.kodeAturan() == null || !f.kodeAturan().startsWith(UnitRules.ID))
                .map(f -> FieldProblem.of("value", "reporting.rule.broken", f.kodeAturan(), f.detail()))
                .toList());
        broken.addAll(unitProblems(ind, value));
        if (!broken.isEmpty()) {
            throw new InvalidInputException(broken);
        }
    }

    /** The unit rule of the indicator (methodology/unit-rules.yaml and the catalogue's declared range), both languages. */
    private List<FieldProblem> unitProblems(CatalogueRow ind, BigDecimal value) {
        ValueRule rule = indicators.valueRule(ind);
        Optional<ValueRule.Breach> breach = rule.breach(value);
        if (breach.isEmpty()) {
            return List.of();
        }
        String v = value.toPlainString();
        String name = ruleName(rule);
        return List.of(switch (breach.get()) {
            case BELOW_MIN -> FieldProblem.of("value", "reporting.unit.min", v, plain(rule.min()), rule.satuan(), name);
            case ABOVE_MAX -> FieldProblem.of("value", "reporting.unit.max", v, plain(rule.max()), rule.satuan(), name);
            case NOT_WHOLE -> FieldProblem.of("value", "reporting.unit.whole", v, rule.satuan(), name);
            case TOO_MANY_DECIMALS -> FieldProblem.of("value", "reporting.unit.decimals", v,
                    ValueRule.decimalsOf(value), rule.decimals(), name);
        });
    }

    /** "unit-rules v1: persen", and the indicator whose declared range replaced the unit's ("+ katalog POLPUM-07"). */
    static String ruleName(ValueRule rule) {
        return rule.declared() ? rule.reference() + " + katalog " + rule.declaredBy() : rule.reference();
    }

    private static String plain(BigDecimal v) {
        return Achievement.plain(v).toPlainString();
    }

    /** Approval is refused while any stored file of the value no longer hashes to the SHA-256 it was stored under. */
    private void requireIntactEvidence(Realisation r) {
        for (Evidence e : r.evidence()) {
            if (!intact(e)) {
                throw new ConflictException("reporting.evidence.tampered", e.namaBerkas(), e.sha256());
            }
        }
    }

    private boolean intact(Evidence e) {
        if (e.sha256() == null) {
            return true;
        }
        try {
            store.read(e.sha256());
            return true;
        } catch (IOException | RuntimeException ex) {
            // Missing, unreadable or changed: in every case the file the operator attached is not what is stored.
            return false;
        }
    }

    /**
     * The verification chain: a kab/kota value is decided by its province's verifier; a national verifier (or the
     * national administrator) decides it only after taking it over with a reason, and then alone.
     */
    private void requireDecider(Realisation r, CurrentUser user) {
        requireVerifier(r);
        if (!kabKota(r.region())) {
            return;
        }
        Optional<Transition> take = currentTakeOver(r);
        if (national(user)) {
            if (take.isEmpty() || !take.get().oleh().equals(user.username())) {
                throw new VerificationChainException("reporting.chain.province", r.region(), province(r.region()));
            }
        } else if (take.isPresent()) {
            throw new ConflictException("reporting.takeover.taken", r.id(), take.get().oleh());
        }
    }

    /** A take-over is in force until the next status change: it is the last step of the value's history. */
    private static Optional<Transition> currentTakeOver(Realisation r) {
        List<Transition> h = r.history();
        return h.isEmpty() || !h.get(h.size() - 1).takeOver() ? Optional.empty() : Optional.of(h.get(h.size() - 1));
    }

    private static boolean national(CurrentUser user) {
        return "00".equals(user.regionKode()) && (user.role() == Role.VERIFIKATOR || user.role() == Role.ADMIN_PUSAT);
    }

    private static boolean kabKota(String region) {
        return region.split("\\.").length == 2;
    }

    private static String province(String region) {
        return region.substring(0, region.indexOf('.'));
    }

    private Realisation move(Realisation r, RealisationStatus from, RealisationStatus to, String reason, String action,
            CurrentUser user) {
        if (!repository.move(r.id(), r.version(), from, to, reason, user.username())) {
            throw new ConflictException("reporting.stale", r.id(), r.version(), r.version() + 1);
        }
        Realisation after = repository.find(r.id()).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("status", after.status().code());
        detail.put("version", after.version());
        if (reason != null) {
            detail.put("alasan", reason);
        }
        audit.record(action, "realisasi", String.valueOf(r.id()), r.region(),
                Map.of("status", r.status().code(), "version", r.version()), detail);
        return after;
    }

    private Realisation readable(long id) {
        Realisation r = repository.find(id).orElseThrow(() -> new NotFoundException("reporting.notfound", id));
        access.requireRead(r.region());
        return r;
    }

    private Evidence evidence(long realisationId, long evidenceId) {
        return repository.find(realisationId).orElseThrow().evidence().stream().filter(e -> e.id() == evidenceId)
                .findFirst().orElseThrow();
    }

    private void requireEdit(CurrentUser user, String region) {
        if (!access.canEdit(region)) {
            throw new AccessDeniedException(user.username() + " may not report for region " + region);
        }
    }

    private void requireVerifier(Realisation r) {
        if (!access.canVerify(r.region())) {
            throw new AccessDeniedException("user may not verify region " + r.region());
        }
    }

    private static void requireStatus(Realisation r, RealisationStatus expected) {
        if (r.status() != expected) {
            throw new ConflictException("reporting.transition", r.id(), r.status().code(), expected.code());
        }
    }

    private static void requireOpen(Realisation r) {
        if (r.status() == RealisationStatus.DIAJUKAN || r.status() == RealisationStatus.DISETUJUI) {
            throw new ConflictException("reporting.locked", r.id(), r.status().code());
        }
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.length() < 5) {
            throw new InvalidInputException(FieldProblem.of("reason", "reporting.reason.required", 5));
        }
        if (why.length() > 2000) {
            throw new InvalidInputException(FieldProblem.of("reason", "validation.maxLength", 2000));
        }
        return why;
    }

    private CatalogueRow indicatorFor(String kode, List<FieldProblem> problems) {
        if (kode == null || kode.isBlank()) {
            problems.add(FieldProblem.of("indicator", "validation.NotBlank"));
            return null;
        }
        try {
            return indicators.get(kode.trim());
        } catch (NotFoundException e) {
            problems.add(FieldProblem.of("indicator", "reporting.indicator.unknown", kode));
            return null;
        }
    }

    private static Period periodFor(CatalogueRow ind, String period, List<FieldProblem> problems) {
        Optional<Period> p = Period.parse(period);
        if (p.isEmpty()) {
            problems.add(FieldProblem.of("period", "reporting.period.format", String.valueOf(period)));
            return null;
        }
        if (ind != null && p.get().frekuensi() != ind.frekuensi()) {
            problems.add(FieldProblem.of("period", "reporting.period.frequency", period, ind.frekuensi().code()));
        } else if (p.get().year() < CatalogueRow.FIRST_YEAR || p.get().year() > CatalogueRow.LAST_YEAR) {
            problems.add(FieldProblem.of("period", "reporting.period.plan", period, CatalogueRow.FIRST_YEAR,
                    CatalogueRow.LAST_YEAR));
        }
        return p.get();
    }

    private void checkValue(BigDecimal value, CatalogueRow ind, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(FieldProblem.of("value", "validation.NotBlank"));
        } else {
            // The reader has already refused what no number can be; here the precision is held: refused, never
            // rounded. When the indicator's own rule is at least as strict as the 4 decimals the stored column keeps,
            // that rule answers later, naming itself ("paling banyak 2 desimal, aturan unit-rules v1: persen").
            NumberReader.Refusal range = NumberReader.check(value).refusal();
            if (range != null) {
                problems.add(range.problem("value"));
            } else {
                ValueRule rule = ind == null ? null : indicators.valueRule(ind);
                if (rule == null || rule.decimals() > NumberReader.DEFAULT_DECIMALS) {
                    NumberReader.scaleProblem(value, NumberReader.DEFAULT_DECIMALS, "value").ifPresent(problems::add);
                }
            }
        }
    }

    private static void checkText(String field, String text, int max, List<FieldProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(FieldProblem.of(field, "validation.maxLength", max));
        }
    }

    private static String checkJenis(String jenis) {
        String j = jenis == null ? "" : jenis.trim();
        if (j.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("type", "validation.NotBlank"));
        }
        if (j.length() > 100) {
            throw new InvalidInputException(FieldProblem.of("type", "validation.maxLength", 100));
        }
        return j;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Evidence whose declared type is not accepted or whose content does not match it (415). */
    public static class UnsupportedEvidenceException extends RuntimeException {
        private final String messageKey;
        private final String name;

        UnsupportedEvidenceException(String messageKey, String name) {
            super(messageKey + " " + name);
            this.messageKey = messageKey;
            this.name = name;
        }

        public String messageKey() {
            return messageKey;
        }

        public String name() {
            return name;
        }
    }
}
