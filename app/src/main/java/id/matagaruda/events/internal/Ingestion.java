package id.matagaruda.events.internal;

import id.matagaruda.events.IngestLimits;
import id.matagaruda.events.IngestProgress;
import id.matagaruda.events.IngestSummary;
import id.matagaruda.events.LakeBusyException;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.lake.LakeLayout;
import id.matagaruda.nlp.TextClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One ingestion run. The reader hands chunks of lines to the worker threads (parsing, normalisation, hashing,
 * classification, geoparsing); the results are taken back strictly in input order, so de-duplication decisions and the
 * lake's content do not depend on thread timing.
 */
public final class Ingestion {

    static final int CHUNK = 1000;

    private final Path lake;
    private final TextClassifier classifier;
    private final Geoparser geoparser;
    private final int batchSize;
    private final int threads;
    private final IngestLimits limits;

    private long read;
    private long ingested;
    private long duplicates;
    private long near;
    private long rejected;
    private final TreeMap<String, Long> reasons = new TreeMap<>();

    public Ingestion(Path lake, TextClassifier classifier, Geoparser geoparser, int batchSize, int threads,
            IngestLimits limits) {
        this.limits = limits;
        this.lake = lake;
        this.classifier = classifier;
        this.geoparser = geoparser;
        this.batchSize = batchSize;
        this.threads = threads;
    }

    public static boolean hasEvents(Path lake) {
        return LakeWriter.hasEvents(lake);
    }

    public IngestSummary run(InputStream input, String name, long totalBytes, Consumer<IngestProgress> progress)
            throws IOException {
        long start = System.nanoTime();
        Path state = LakeLayout.ingestState(lake);
        Files.createDirectories(state);
        try (FileChannel lockFile = FileChannel.open(state.resolve("kunci"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = lockFile.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new LakeBusyException(lake.toString());
            }
            try {
                return locked(input, name, totalBytes, progress, start);
            } catch (SQLException e) {
                throw new IOException("DuckDB: " + e.getMessage(), e);
            } finally {
                lock.release();
            }
        }
    }

    private IngestSummary locked(InputStream input, String name, long totalBytes, Consumer<IngestProgress> progress,
            long start) throws IOException, SQLException {
        LakeWriter.recover(lake);
        LakeWriter.ensurePopulation(lake);
        DedupState dedup = DedupState.load(lake);
        String runId = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                + String.format("-%04x", ThreadLocalRandom.current().nextInt(1 << 16));
        String berkas = Path.of(name).getFileName().toString();
        Path rejectsPath = LakeLayout.ingestState(lake).resolve("ditolak")
                .resolve(berkas.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + runId + ".jsonl");
        EventParser parser = new EventParser(classifier, geoparser, berkas);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest-worker");
            t.setDaemon(true);
            return t;
        });
        long files;
        Path rejectsFile;
        try (LineSource source = new LineSource(input, berkas, limits); RejectLog rejects = new RejectLog(rejectsPath);
                LakeWriter writer = new LakeWriter(lake, batchSize, runId)) {
            // Writing (DuckDB append and Parquet commits) runs on its own thread, so that reading, de-duplication and
            // enrichment go on while a batch is compressed; the queue is bounded, so memory stays bounded.
            BlockingQueue<List<EventRow>> toWrite = new ArrayBlockingQueue<>(4);
            AtomicReference<Throwable> writeFailure = new AtomicReference<>();
            Thread writerThread = new Thread(() -> {
                try {
                    while (true) {
                        List<EventRow> rows = toWrite.take();
                        if (rows == END) {
                            writer.commit();
                            return;
                        }
                        for (EventRow r : rows) {
                            writer.append(r);
                        }
                    }
                } catch (Throwable e) {
                    // Throwable, OutOfMemoryError included: a writer that died silently would leave the reader waiting
                    writeFailure.set(e);
                    toWrite.clear();
                }
            }, "ingest-writer");
            writerThread.setDaemon(true);
            writerThread.start();
            boolean finished = false;
            try {
                ArrayDeque<Future<Outcome[]>> inFlight = new ArrayDeque<>();
                while (writeFailure.get() == null) {
                    List<RawLine> chunk = source.next(CHUNK);
                    if (chunk.isEmpty()) {
                        break;
                    }
                    inFlight.add(pool.submit(() -> {
                        Outcome[] out = new Outcome[chunk.size()];
                        for (int i = 0; i < out.length; i++) {
                            out[i] = parser.parse(chunk.get(i));
                        }
                        return out;
                    }));
                    if (inFlight.size() > 2 * threads) {
                        put(toWrite, take(inFlight.poll(), dedup, rejects), writeFailure);
                        progress.accept(progress(source, totalBytes));
                    }
                }
                while (!inFlight.isEmpty() && writeFailure.get() == null) {
                    put(toWrite, take(inFlight.poll(), dedup, rejects), writeFailure);
                }
                put(toWrite, END, writeFailure);
                writerThread.join();
                finished = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("ingestion interrupted", e);
            } finally {
                if (!finished) {
                    // Whatever ended the run (a refused file, an Error), the writer must stop before the lake writer
                    // closes under it; otherwise it waits forever holding its DuckDB connection.
                    writerThread.interrupt();
                    try {
                        writerThread.join(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
            rethrow(writeFailure.get());
            files = writer.files();
            progress.accept(progress(source, totalBytes));
            rejectsFile = rejects.file();
        } finally {
            pool.shutdownNow();
        }
        IngestSummary summary = new IngestSummary(read, ingested, duplicates, near, rejected, reasons, rejectsFile, files,
                (System.nanoTime() - start) / 1e9);
        Files.writeString(LakeLayout.ingestState(lake).resolve("riwayat.jsonl"), "{\"run\":\"" + runId
                + "\",\"berkas\":\"" + berkas.replace("\"", "") + "\",\"ringkasan\":" + summary.toJson() + "}\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return summary;
    }

    private static final List<EventRow> END = new ArrayList<>();

    private static void put(BlockingQueue<List<EventRow>> queue, List<EventRow> rows, AtomicReference<Throwable> failure)
            throws InterruptedException {
        while (failure.get() == null && !queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
            // the writer is busy committing a batch; wait, unless it has failed
        }
    }

    private static void rethrow(Throwable e) throws IOException, SQLException {
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof SQLException sql) {
            throw sql;
        }
        if (e != null) {
            throw new IOException("writing the lake failed: " + e, e);
        }
    }

    /** Takes a chunk's outcomes in input order: counts, rejects, de-duplication; returns the rows to store. */
    private List<EventRow> take(Future<Outcome[]> future, DedupState dedup, RejectLog rejects) throws IOException {
        Outcome[] outcomes;
        try {
            outcomes = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingestion interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("enrichment failed: " + e.getCause(), e.getCause());
        }
        List<EventRow> accepted = new ArrayList<>(outcomes.length);
        for (Outcome o : outcomes) {
            read++;
            if (o.row() == null) {
                rejected++;
                reasons.merge(o.reason(), 1L, Long::sum);
                rejects.write(o.line(), o.reason(), o.detail(), o.excerpt());
                continue;
            }
            switch (dedup.offer(o.row())) {
                case DUPLICATE -> duplicates++;
                case NEAR_DUPLICATE -> near++;
                case NEW -> {
                    ingested++;
                    accepted.add(o.row());
                }
            }
        }
        return accepted;
    }

    private IngestProgress progress(LineSource source, long totalBytes) {
        return new IngestProgress(source.bytesRead(), totalBytes, read, ingested, duplicates, near, rejected);
    }
}
