package id.matagaruda.events;

import id.matagaruda.access.AuditTrail;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.lake.LakeLayout;
import id.matagaruda.nlp.TextClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.InflationGuard;
import id.matagaruda.shared.RowProblem;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Ingestion jobs of the server's lake ({@code ${matagaruda.data-dir}/lake}): an upload is stored under
 * {@code _ingest/unggahan/}, then ingested in the background while its progress can be read. One job at a time per lake
 * (a second is refused with {@link LakeBusyException}); jobs are remembered in memory (the last 100). A job that
 * ingested events publishes {@link EventsIngested} before it is reported done.
 */
@Service
public class IngestJobs {

    private static final Logger log = LoggerFactory.getLogger(IngestJobs.class);
    private static final int REMEMBERED = 100;

    /** A job as the API shows it. {@code state}: queued, running, done, failed. */
    public record Job(String id, String state, String file, String submittedBy, Instant submittedAt, Instant finishedAt,
            IngestProgress progress, Summary summary, String error) {}

    /** The summary of a finished job, with the counts by reason. */
    public record Summary(long read, long ingested, long duplicates, long nearDuplicates, long rejected,
            Map<String, Long> reasons, String rejectsFile, double seconds) {

        static Summary of(IngestSummary s) {
            return new Summary(s.read(), s.ingested(), s.duplicates(), s.nearDuplicates(), s.rejected(), s.reasons(),
                    s.rejectsFile() == null ? null : s.rejectsFile().getFileName().toString(), s.seconds());
        }
    }

    private final Path lake;
    private final ObjectProvider<TextClassifier> classifiers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final IngestLimits limits;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ingest-job");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private String active;

    IngestJobs(@Value("${matagaruda.events.lake:${matagaruda.data-dir}/lake}") Path lake,
            ObjectProvider<TextClassifier> classifiers, AuditTrail audit, ApplicationEventPublisher events,
            MessageSource messages,
            @Value("${matagaruda.events.limits.max-field-chars:65536}") int maxFieldChars,
            @Value("${matagaruda.events.limits.max-line-chars:1048576}") int maxLineChars,
            @Value("${matagaruda.events.limits.max-uncompressed-bytes:21474836480}") long maxUncompressedBytes,
            @Value("${matagaruda.events.limits.max-ratio:100}") long maxRatio) {
        this.lake = lake.toAbsolutePath().normalize();
        this.classifiers = classifiers;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.limits = new IngestLimits(maxFieldChars, maxLineChars, maxUncompressedBytes, maxRatio);
        removeStaleUploads();
    }

    /**
     * Uploads left by a process that died mid-job are removed at start: their job is gone with the process, and a
     * file nobody will ingest should not fill the disk. Files newer than this process belong to a live instance.
     */
    private void removeStaleUploads() {
        Path dir = LakeLayout.ingestState(lake).resolve("unggahan");
        if (!Files.isDirectory(dir)) {
            return;
        }
        long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                try {
                    if (Files.isRegularFile(f) && Files.getLastModifiedTime(f).toMillis() < started) {
                        Files.deleteIfExists(f);
                        log.info("Removed the upload {} left by an earlier process", f.getFileName());
                    }
                } catch (IOException e) {
                    log.warn("Could not remove the stale upload {}: {}", f, e.toString());
                }
            }
        } catch (IOException e) {
            log.warn("Could not list {}: {}", dir, e.toString());
        }
    }

    /** The limits each job applies to its file. */
    public IngestLimits limits() {
        return limits;
    }

    public Path lake() {
        return lake;
    }

    /** A job cut short here leaves the lake as a killed run does: consistent, and completed by the next ingestion. */
    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Stores the upload and starts ingesting it; refused while another job runs on this lake, and refused at once
     * (413, nothing kept) when it is a gzip that inflates past the limits.
     */
    public Job submit(InputStream upload, String fileName, String actor) throws IOException {
        String id = UUID.randomUUID().toString();
        String name = safeName(fileName);
        reserve(id, name, actor);
        Path stored = LakeLayout.ingestState(lake).resolve("unggahan").resolve(id + "-" + name);
        boolean scheduled = false;
        try {
            Files.createDirectories(stored.getParent());
            Files.copy(upload, stored, StandardCopyOption.REPLACE_EXISTING);
            checkCompression(stored);
            audit.record("events.ingest", "ingest_job", id, "00", null,
                    Map.of("berkas", name, "bytes", Files.size(stored)));
            schedule(id, stored, name, actor, true);
            scheduled = true;
            return find(id).orElseThrow();
        } catch (IOException | RuntimeException | Error e) {
            finish(id, null, reason(e));
            throw e;
        } finally {
            if (!scheduled) {
                deleteQuietly(stored);
            }
        }
    }

    /**
     * Reads the head of a gzip upload through the same guard the job uses, so a bomb is answered 413 in the request
     * rather than as a failed job; the head is enough, since a bomb shows its ratio within a few megabytes.
     */
    private void checkCompression(Path stored) throws IOException {
        try (InputStream raw = Files.newInputStream(stored)) {
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
            in.mark(4);
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            int b3 = in.read();
            if (b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4) {
                // A zip (an XLSX, a DOCX or a plain archive) is no event file; read as text it would only fill the
                // reject log, and a bomb among them should never reach a job.
                throw FileRejectedException.ofFile(FileRejectedException.Kind.UNSUPPORTED, "import.subject.eventFile",
                        "events.ingest.zip");
            }
            if (b0 != 0x1f || b1 != 0x8b) {
                return;
            }
            in.reset();
            long[] compressed = {0};
            InputStream counting = new java.io.FilterInputStream(in) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        compressed[0] += n;
                    }
                    return n;
                }
            };
            InflationGuard guard = InflationGuard.gzip(new java.util.zip.GZIPInputStream(counting, 1 << 16),
                    () -> compressed[0], limits.maxUncompressedBytes(), limits.maxRatio(), "import.subject.eventFile");
            byte[] buf = new byte[1 << 16];
            while (guard.count() < HEAD_CHECKED && guard.read(buf) > 0) {
                // only counting
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // a corrupt or truncated gzip is reported by the job at the line it reaches
        }
    }

    /** How much of a gzip upload is inflated before the job starts: 64 MB, well past where a bomb shows. */
    private static final long HEAD_CHECKED = 64L << 20;

    /** Ingests a file already on disk (the demo data), as the system. */
    public Job submitFile(Path file, String actor, Consumer<IngestProgress> listener) {
        String id = UUID.randomUUID().toString();
        String name = file.getFileName().toString();
        reserve(id, name, actor);
        schedule(id, file, name, actor, false, listener);
        return find(id).orElseThrow();
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public synchronized boolean busy() {
        return active != null;
    }

    private synchronized void reserve(String id, String name, String actor) {
        if (active != null) {
            throw new LakeBusyException(lake.toString());
        }
        active = id;
        jobs.put(id, new Job(id, "queued", name, actor, Instant.now(), null, IngestProgress.NONE, null, null));
        while (jobs.size() > REMEMBERED) {
            jobs.remove(jobs.keySet().iterator().next());
        }
    }

    private void schedule(String id, Path file, String name, String actor, boolean deleteAfter) {
        schedule(id, file, name, actor, deleteAfter, p -> { });
    }

    private void schedule(String id, Path file, String name, String actor, boolean deleteAfter,
            Consumer<IngestProgress> listener) {
        worker.submit(() -> run(id, file, name, actor, deleteAfter, listener));
    }

    /**
     * One job, start to end. Whatever is thrown, OutOfMemoryError included, the job ends failed with a reason, the
     * lake is released for the next one and the upload is removed: a job that never ends would refuse every later
     * ingestion with 409 until a restart.
     */
    private void run(String id, Path file, String name, String actor, boolean deleteAfter,
            Consumer<IngestProgress> listener) {
        IngestSummary summary = null;
        String error = "pekerjaan berhenti tanpa alasan yang tercatat";
        try {
            TextClassifier classifier = classifiers.getIfAvailable();
            if (classifier == null) {
                throw new IllegalStateException("tidak ada pengklasifikasi teks (TextClassifier) yang terpasang");
            }
            update(id, "running", IngestProgress.NONE);
            EventIngestor ingestor = new EventIngestor(lake, classifier, Geoparser.shipped()).withLimits(limits);
            try (InputStream in = Files.newInputStream(file)) {
                summary = ingestor.ingest(in, name, Files.size(file), p -> {
                    update(id, "running", p);
                    listener.accept(p);
                });
            }
            audit.recordAs(actor, "events.ingest.done", "ingest_job", id, "00", null,
                    Map.of("berkas", name, "ringkasan", summary.toJson()));
            announce(id, summary);
        } catch (Throwable e) {
            summary = null;
            error = reason(e);
            log.warn("Ingestion job {} ({}) failed: {}", id, name, e.toString());
        } finally {
            try {
                if (deleteAfter) {
                    deleteQuietly(file);
                }
            } finally {
                finish(id, summary, summary == null ? error : null);
            }
        }
    }

    /** The reason a failed job shows, in Bahasa Indonesia (the job outlives the request that started it). */
    private String reason(Throwable e) {
        if (e instanceof FileRejectedException f && !f.problems().isEmpty()) {
            RowProblem p = f.problems().get(0);
            Locale id = Locale.forLanguageTag("id");
            return messages.getMessage(f.subjectKey(), null, f.subjectKey(), id) + ": "
                    + messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), id);
        }
        if (e instanceof OutOfMemoryError) {
            return "memori server habis saat ingesti (" + e.getMessage() + "); pekerjaan dihentikan";
        }
        if (e instanceof Error) {
            return "kesalahan server saat ingesti: " + e;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete upload {}: {}", file, e.toString());
        }
    }

    /** Tells the other modules (the alert detection) about new events; their failure does not fail the ingestion. */
    private void announce(String id, IngestSummary summary) {
        if (summary.ingested() <= 0) {
            return;
        }
        try {
            events.publishEvent(new EventsIngested(id, summary.ingested(), lake));
        } catch (RuntimeException e) {
            log.warn("A listener of ingestion job {} failed: {}", id, e.toString());
        }
    }

    private synchronized void update(String id, String state, IngestProgress p) {
        Job j = jobs.get(id);
        if (j != null) {
            jobs.put(id, new Job(id, state, j.file(), j.submittedBy(), j.submittedAt(), null, p, null, null));
        }
    }

    private synchronized void finish(String id, IngestSummary summary, String error) {
        Job j = jobs.get(id);
        if (j != null) {
            IngestProgress p = summary == null ? j.progress() : new IngestProgress(j.progress().bytesTotal(),
                    j.progress().bytesTotal(), summary.read(), summary.ingested(), summary.duplicates(),
                    summary.nearDuplicates(), summary.rejected());
            jobs.put(id, new Job(id, summary != null ? "done" : "failed", j.file(), j.submittedBy(), j.submittedAt(),
                    Instant.now(), p, summary == null ? null : Summary.of(summary), error));
        }
        if (id.equals(active)) {
            active = null;
        }
    }

    private static String safeName(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "unggahan.jsonl" : Path.of(fileName).getFileName().toString();
        n = n.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.length() > 100 ? n.substring(n.length() - 100) : n;
    }
}
