package id.matagaruda.nlp;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.AuditTrail;
import id.matagaruda.access.CurrentUser;
import id.matagaruda.access.Role;
import id.matagaruda.nlp.internal.ActiveClassifier;
import id.matagaruda.nlp.internal.NlpRepository;
import id.matagaruda.nlp.internal.TrainingJobs;
import id.matagaruda.shared.ConflictException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import id.matagaruda.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analysts label event texts, retrain the TF-IDF logistic regression on their labels (optionally with the shipped sample) in the
 * background, and choose which model the application uses. Only ADMIN_PUSAT and ANALIS_PUSAT change anything; every
 * change is audited.
 */
@Service
public class NlpService {

    /** Fewer rows than this give held-out metrics that mean nothing. */
    public static final int MIN_TRAINING_ROWS = 20;
    static final int MAX_TEXT = 100_000;
    static final String SAMPLE = "/nlp/sampel_berlabel.csv";

    private final NlpRepository repository;
    private final TrainingJobs jobs;
    private final ActiveClassifier active;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final boolean runPeer;

    NlpService(NlpRepository repository, TrainingJobs jobs, ActiveClassifier active, AccessPolicy access,
            AuditTrail audit, PlatformTransactionManager transactions,
            @Value("${matagaruda.nlp.peer:auto}") String peer) {
        this.runPeer = !"off".equalsIgnoreCase(peer.trim());
        this.repository = repository;
        this.jobs = jobs;
        this.active = active;
        this.access = access;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** May the signed-in user label, retrain and activate? */
    public boolean canManage() {
        return access.currentUser().map(u -> u.role() == Role.ADMIN_PUSAT || u.role() == Role.ANALIS_PUSAT)
                .orElse(false);
    }

    private CurrentUser requireManager() {
        CurrentUser user = access.requireUser();
        if (user.role() != Role.ADMIN_PUSAT && user.role() != Role.ANALIS_PUSAT) {
            throw new AccessDeniedException("nlp: " + user.role());
        }
        return user;
    }

    /**
     * Labels an event (or relabels it: one label per event). {@code version}, when given, must be the version the
     * analyst saw, or the change is refused with 409.
     */
    @Transactional
    public EventLabel label(String eventId, String teks, String kategori, Integer version) {
        CurrentUser user = requireManager();
        List<FieldProblem> problems = new ArrayList<>();
        String e = eventId == null ? "" : eventId.trim();
        String t = teks == null ? "" : IndonesianText.clean(teks);
        if (e.isEmpty()) {
            problems.add(FieldProblem.of("event_id", "nlp.validation.required"));
        } else if (e.length() > 200) {
            problems.add(FieldProblem.of("event_id", "nlp.validation.tooLong", 200));
        }
        if (t.isEmpty()) {
            problems.add(FieldProblem.of("teks", "nlp.validation.required"));
        } else if (t.length() > MAX_TEXT) {
            problems.add(FieldProblem.of("teks", "nlp.validation.tooLong", MAX_TEXT));
        }
        if (kategori == null || !Classifiers.CATEGORIES.contains(kategori)) {
            problems.add(FieldProblem.of("kategori", "nlp.validation.kategori", String.valueOf(kategori),
                    String.join(", ", Classifiers.CATEGORIES)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<EventLabel> before = repository.label(e);
        if (before.isEmpty()) {
            if (version != null && version != 0) {
                throw new ConflictException("nlp.label.conflict", e);
            }
            try {
                repository.insertLabel(e, t, kategori, user.username());
            } catch (DuplicateKeyException race) {
                throw new ConflictException("nlp.label.conflict", e);
            }
        } else {
            int expected = version == null ? before.get().version() : version;
            if (!repository.updateLabel(e, t, kategori, user.username(), expected)) {
                throw new ConflictException("nlp.label.conflict", e);
            }
        }
        EventLabel after = repository.label(e).orElseThrow();
        // the audit log keeps ids up to 100 characters; the full id is in the "after" view
        audit.record(before.isEmpty() ? "nlp.label.buat" : "nlp.label.ubah", "nlp_label",
                e.length() > 100 ? e.substring(0, 100) : e, "00",
                before.map(NlpService::auditView).orElse(null), auditView(after));
        return after;
    }

    private static Map<String, Object> auditView(EventLabel l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", l.eventId());
        m.put("kategori", l.kategori());
        m.put("version", l.version());
        m.put("teks", l.teks().length() > 200 ? l.teks().substring(0, 200) + "…" : l.teks());
        return m;
    }

    public List<EventLabel> labels(String kategori, int limit) {
        requireManager();
        if (kategori != null && !Classifiers.CATEGORIES.contains(kategori)) {
            throw new InvalidInputException(FieldProblem.of("kategori", "nlp.validation.kategori", kategori,
                    String.join(", ", Classifiers.CATEGORIES)));
        }
        return repository.labels(kategori, Math.max(1, Math.min(limit, 5000)));
    }

    /** Labels per category, every category listed (zero when none). */
    public Map<String, Integer> labelCounts() {
        Map<String, Integer> stored = repository.labelCounts();
        Map<String, Integer> m = new LinkedHashMap<>();
        Classifiers.CATEGORIES.forEach(k -> m.put(k, stored.getOrDefault(k, 0)));
        return m;
    }

    /** Starts a retraining run on the labels (and the shipped sample if asked); answers at once with the job. */
    public TrainingJob startTraining(boolean withSample) {
        CurrentUser user = requireManager();
        List<String[]> labelled = repository.trainingRows();
        int sampleRows = withSample ? sample().rows().size() : 0;
        long categories = labelled.stream().map(r -> r[1]).distinct().count();
        if (labelled.size() + sampleRows < MIN_TRAINING_ROWS || (!withSample && categories < 2)) {
            throw new InvalidInputException(FieldProblem.of("label", "nlp.validation.tooFew", labelled.size(),
                    MIN_TRAINING_ROWS));
        }
        TrainingJob job = jobs.submit(user.username(), handle -> train(handle, user.username(), withSample));
        tx.executeWithoutResult(s -> audit.record("nlp.model.latih.mulai", "nlp_job", job.id(), "00", null,
                Map.of("label", labelled.size(), "sertakan_sampel", withSample)));
        return job;
    }

    private long train(TrainingJobs.Handle handle, String who, boolean withSample) throws IOException {
        handle.progress("membaca", 0.01);
        List<LabelledText> rows = new ArrayList<>();
        StringBuilder canonical = new StringBuilder();
        for (String[] r : repository.trainingRows()) {
            rows.add(new LabelledText(r[0], r[1]));
            canonical.append(r[1]).append('\t').append(r[0]).append('\n');
        }
        String source = "nlp_label (" + rows.size() + " label analis)";
        if (withSample) {
            LabelledData sample = sample();
            rows.addAll(sample.rows());
            source += " + sampel_berlabel.csv (sha256 " + sample.sha256() + ")";
            sample.rows().forEach(r -> canonical.append(r.kategori()).append('\t').append(r.teks()).append('\n'));
        }
        LabelledData data = new LabelledData(rows, source,
                LabelledFiles.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)), 0);
        TrainingOptions options = TrainingOptions.defaults();
        TrainedModel model = ModelTraining.train(data, options,
                (phase, fraction) -> handle.progress(phase, 0.02 + 0.8 * fraction));
        model.provenance().put("peer", peer(rows, options, handle));
        handle.progress("menyimpan", 0.95);
        // two runs may finish within the same second: the random part keeps their files apart
        String file = model.provenance().get("model_id") + "-" + java.util.UUID.randomUUID().toString().substring(0, 8)
                + ".zip";
        model.save(active.modelDir().resolve(file));
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) model.provenance().get("metrics_holdout");
        return tx.execute(s -> {
            long id = repository.insertModel(String.valueOf(model.provenance().get("model_id")), file, who,
                    model.provenance(), metrics);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("berkas", file);
            after.put("baris", rows.size());
            after.put("metrik", metrics == null ? null : Map.of("accuracy", metrics.get("accuracy"),
                    "macro_f1", metrics.get("macro_f1")));
            audit.recordAs(who, "nlp.model.latih", "nlp_model", String.valueOf(id), "00", null, after);
            return id;
        });
    }

    /**
     * The scikit-learn peer on the same split, so the page can show the model beside it; its figures, or why it did
     * not run (switched off with matagaruda.nlp.peer=off, no held-out rows, or no scikit-learn here).
     */
    private Map<String, Object> peer(List<LabelledText> rows, TrainingOptions options, TrainingJobs.Handle handle)
            throws IOException {
        if (!runPeer) {
            return Map.of("skipped", "matagaruda.nlp.peer=off");
        }
        ModelTraining.Split split = ModelTraining.split(rows, options.holdout(), options.seed());
        if (split.test().isEmpty()) {
            return Map.of("skipped", "tidak ada baris uji");
        }
        handle.progress("peer", 0.85);
        Path dir = Files.createTempDirectory("nlp-peer");
        try {
            return PeerBenchmark.run(split.train(), split.test(), dir).toMap();
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public Optional<TrainingJob> job(String id) {
        access.requireUser();
        return jobs.job(id);
    }

    public List<ModelRecord> models() {
        return repository.models();
    }

    /** The classifier in use: "leksikon" or "model:&lt;id&gt;". */
    public String activeName() {
        return active.name();
    }

    /** Makes a model the one the application uses (whatever its metrics: they are shown beside the button). */
    @Transactional
    public ModelRecord activate(long id) {
        CurrentUser user = requireManager();
        ModelRecord model = repository.model(id).orElseThrow(() -> new NotFoundException("nlp.model.notFound", id));
        Optional<ModelRecord> before = repository.activeModel();
        repository.activate(id, user.username());
        audit.record("nlp.model.aktifkan", "nlp_model", String.valueOf(id), "00",
                before.map(m -> Map.of("aktif", (Object) m.id())).orElse(Map.of("aktif", "leksikon")),
                Map.of("aktif", id, "macro_f1", String.valueOf(model.macroF1())));
        reloadAfterCommit();
        return repository.model(id).orElseThrow();
    }

    /** Back to the shipped lexicon. */
    @Transactional
    public void deactivate() {
        CurrentUser user = requireManager();
        Optional<ModelRecord> before = repository.activeModel();
        repository.activate(null, user.username());
        audit.record("nlp.model.nonaktifkan", "nlp_model", before.map(m -> String.valueOf(m.id())).orElse("-"), "00",
                before.map(m -> Map.of("aktif", (Object) m.id())).orElse(null), Map.of("aktif", "leksikon"));
        reloadAfterCommit();
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    active.reload();
                }
            });
        } else {
            active.reload();
        }
    }

    static LabelledData sample() {
        try (InputStream in = NlpService.class.getResourceAsStream(SAMPLE)) {
            return LabelledFiles.read(in.readAllBytes(), "sampel_berlabel.csv", "teks", "kategori");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
