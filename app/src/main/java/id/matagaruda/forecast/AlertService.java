package id.matagaruda.forecast;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.AuditTrail;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.events.EventsIngested;
import id.matagaruda.forecast.internal.AlertRepository;
import id.matagaruda.forecast.internal.LakeEvents;
import id.matagaruda.forecast.internal.SpikeDetector;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Early warning: spikes in the lake's event counts per kab/kota (and province) and category, by month and by ISO week,
 * become alerts that analysts move through baru -> ditinjau -> ditindaklanjuti -> selesai. Everyone sees the alerts of
 * their own scope only. The detection runs on request and, as the system, after every ingestion that added events.
 */
@Service
public class AlertService {

    /** The audit actor of detections nobody asked for (after an ingestion). */
    static final String SYSTEM = "sistem";

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);

    private final AlertRepository alerts;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Path lake;

    AlertService(AlertRepository alerts, AccessPolicy access, AuditTrail audit,
            @Value("${matagaruda.events.lake:${matagaruda.data-dir}/lake}") Path lake) {
        this.alerts = alerts;
        this.access = access;
        this.audit = audit;
        this.lake = lake;
    }

    /** Alerts within the user's scope, optionally only those of one region (and the regions inside it). */
    public List<Alert> list(String region) {
        CurrentUser user = access.requireUser();
        return alerts.all().stream().filter(a -> access.inScope(user, a.kodeWilayah()))
                .filter(a -> region == null || region.isBlank() || AccessPolicy.within(a.kodeWilayah(), region))
                .toList();
    }

    public Alert get(long id) {
        Alert a = alerts.find(id).orElseThrow(() -> new NotFoundException("forecast.alert.notFound", id));
        if (!access.canRead(a.kodeWilayah())) {
            throw new NotFoundException("forecast.alert.notFound", id);
        }
        return a;
    }

    /** Runs the detection on the lake now (national analysts and administrators); returns the new alerts. */
    @Transactional
    public List<Alert> detectNow() {
        CurrentUser user = access.requireUser();
        if (!user.isNational() || (user.role() != Role.ADMIN_PUSAT && user.role() != Role.ANALIS_PUSAT)) {
            throw new AccessDeniedException("only national analysts and administrators start a detection");
        }
        return detect(lake, user.username());
    }

    /**
     * New events in the lake: the same detection as {@link #detectNow()}, run as the system on the ingestion job's
     * thread (so the alert inbox fills after the demo events load).
     */
    @EventListener
    @Transactional
    public void onEventsIngested(EventsIngested ingested) {
        List<Alert> created = detect(ingested.lake(), SYSTEM);
        log.info("Alert detection after ingestion job {} ({} events): {} new alerts", ingested.jobId(),
                ingested.ingested(), created.size());
    }

    private List<Alert> detect(Path on, String actor) {
        List<Alert> created = new ArrayList<>();
        for (Candidate c : detect(LakeEvents.read(on))) {
            alerts.insertIfNew(c.kode, c.kategori, c.jenis, c.periode, c.spike.count(), c.spike.expected(),
                    c.spike.pValue(), c.spike.severity(), c.evidence, c.metodologi).ifPresent(id -> {
                        Alert a = alerts.find(id).orElseThrow();
                        audit.recordAs(actor, "alert.created", "risk_alert", Long.toString(id), a.kodeWilayah(), null,
                                a);
                        created.add(a);
                    });
        }
        return created;
    }

    /** Moves an alert's status at the version the user read; 409 when someone else moved it first. */
    @Transactional
    public Alert changeStatus(long id, String status, Integer version, String note) {
        CurrentUser user = access.requireUser();
        Alert before = get(id);
        List<FieldProblem> problems = new ArrayList<>();
        AlertStatus next = AlertStatus.parse(status).orElse(null);
        if (next == null) {
            problems.add(FieldProblem.of("status", "forecast.error.status"));
        }
        if (version == null) {
            problems.add(FieldProblem.of("version", "forecast.error.version"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (user.role() == Role.PIMPINAN || !access.canRead(before.kodeWilayah())) {
            throw new AccessDeniedException("user may not handle alerts of " + before.kodeWilayah());
        }
        if (before.version() != version) {
            throw new ConflictException("forecast.alert.conflict", id);
        }
        AlertStatus current = AlertStatus.parse(before.status()).orElseThrow();
        if (!current.canMoveTo(next)) {
            throw new InvalidInputException(FieldProblem.of("status", "forecast.error.transition", current.code(),
                    next.code()));
        }
        String clean = note == null || note.isBlank() ? null : note.trim();
        if (!alerts.move(id, version, next.code(), clean, user.username())) {
            throw new ConflictException("forecast.alert.conflict", id);
        }
        Alert after = alerts.find(id).orElseThrow();
        audit.record("alert.status", "risk_alert", Long.toString(id), after.kodeWilayah(), before, after);
        return after;
    }

    record Candidate(String kode, String kategori, String jenis, String periode, SpikeDetector.Spike spike,
            List<Alert.Evidence> evidence, String metodologi) {}

    /**
     * Tests the latest month and the latest ISO week of every region and category (kab/kota, and province for the
     * events known only by province) against their trailing window. Pure: the lake rows in, the spikes out.
     */
    static List<Candidate> detect(List<LakeEvents.Row> rows) {
        List<Candidate> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        out.addAll(detect(rows, "bulan"));
        out.addAll(detect(rows, "minggu"));
        return out;
    }

    private static List<Candidate> detect(List<LakeEvents.Row> rows, String jenis) {
        boolean monthly = jenis.equals("bulan");
        Map<String, TreeMap<Integer, List<LakeEvents.Row>>> series = new HashMap<>();
        int last = Integer.MIN_VALUE;
        for (LakeEvents.Row r : rows) {
            if (r.tanggal() == null || r.tanggal().length() < 10) {
                continue;
            }
            LocalDate d = LocalDate.parse(r.tanggal().substring(0, 10));
            int p = monthly ? d.getYear() * 12 + d.getMonthValue() - 1
                    : (int) Math.floorDiv(d.with(java.time.DayOfWeek.MONDAY).toEpochDay(), 7);
            last = Math.max(last, p);
            String kode = r.kodeKabkota() != null && !r.kodeKabkota().isBlank() ? r.kodeKabkota() : r.kodeProvinsi();
            if (kode == null || kode.isBlank()) {
                continue;
            }
            String kategori = r.kategori() == null || r.kategori().isBlank() ? "lainnya" : r.kategori();
            series.computeIfAbsent(kode + "|" + kategori, k -> new TreeMap<>())
                    .computeIfAbsent(p, k -> new ArrayList<>()).add(r);
        }
        SpikeDetector.Settings settings = SpikeDetector.Settings.shipped();
        int season = monthly ? 12 : 52;
        // enough periods for the history and for the same period a season ago
        int span = Math.max(settings.history(), season) + 1;
        List<String> keys = new ArrayList<>(series.keySet());
        keys.sort(null);
        Map<String, double[]> counts = new HashMap<>();
        List<Double> own = new ArrayList<>();
        for (String key : keys) {
            TreeMap<Integer, List<LakeEvents.Row>> byPeriod = series.get(key);
            double[] c = new double[span];
            for (int i = 0; i < span; i++) {
                List<LakeEvents.Row> at = byPeriod.get(last - span + 1 + i);
                c[i] = at == null ? 0 : at.size();
            }
            counts.put(key, c);
            own.add(SpikeDetector.ownDispersion(c, settings.poolDefault(), settings));
        }
        // every region's dispersion is shrunk towards the median of all regions' estimates of this run
        double pooled = SpikeDetector.pooledDispersion(own, settings);
        List<Candidate> out = new ArrayList<>();
        for (String key : keys) {
            SpikeDetector.Result result = SpikeDetector.evaluate(counts.get(key), season, pooled, settings);
            if (result == null || !result.alert()) {
                continue;
            }
            List<Alert.Evidence> evidence = series.get(key).get(last).stream().limit(20)
                    .map(r -> new Alert.Evidence(r.id(), r.sumber(), r.judul())).toList();
            String[] parts = key.split("\\|", 2);
            out.add(new Candidate(parts[0], parts[1], jenis, label(last, monthly), result.spike(), evidence,
                    settings.reference()));
        }
        return out;
    }

    private static String label(int p, boolean monthly) {
        if (monthly) {
            return String.format("%04d-%02d", Math.floorDiv(p, 12), Math.floorMod(p, 12) + 1);
        }
        LocalDate monday = LocalDate.ofEpochDay(p * 7L + 4);
        // ISO week labels as the lake writes them ("2024-W07")
        return String.format("%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
