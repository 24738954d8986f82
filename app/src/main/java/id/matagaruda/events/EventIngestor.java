package id.matagaruda.events;

import id.matagaruda.events.internal.Ingestion;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.nlp.TextClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Ingests event files (JSON Lines or CSV, optionally gzip) into a Parquet lake: validation with reasons, Indonesian
 * normalisation, exact and near-duplicate removal against everything already in the lake, classification and geoparsing
 * where the input gives no category or region, and crash-safe appends (a batch becomes visible by atomic renames only;
 * re-ingesting a file adds nothing; a killed run rerun from the start ends with the same lake as an uninterrupted one).
 * One ingestion at a time per lake ({@link LakeBusyException}). Memory does not grow with the file size.
 */
public final class EventIngestor {

    /** Events per committed batch (per Parquet commit) by default. */
    public static final int DEFAULT_BATCH = 100_000;

    private final Path lake;
    private final TextClassifier classifier;
    private final Geoparser geoparser;
    private final int batchSize;
    private final int threads;
    private final IngestLimits limits;

    public EventIngestor(Path lake, TextClassifier classifier, Geoparser geoparser) {
        this(lake, classifier, geoparser, DEFAULT_BATCH, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public EventIngestor(Path lake, TextClassifier classifier, Geoparser geoparser, int batchSize, int threads) {
        this(lake, classifier, geoparser, batchSize, threads, IngestLimits.DEFAULT);
    }

    public EventIngestor(Path lake, TextClassifier classifier, Geoparser geoparser, int batchSize, int threads,
            IngestLimits limits) {
        this.limits = Objects.requireNonNull(limits);
        this.lake = Objects.requireNonNull(lake);
        this.classifier = Objects.requireNonNull(classifier);
        this.geoparser = Objects.requireNonNull(geoparser);
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batchSize and threads must be positive");
        }
        this.batchSize = batchSize;
        this.threads = threads;
    }

    /** With other limits for malformed and compressed input. */
    public EventIngestor withLimits(IngestLimits other) {
        return new EventIngestor(lake, classifier, geoparser, batchSize, threads, other);
    }

    public Path lake() {
        return lake;
    }

    public IngestSummary ingest(Path input) throws IOException {
        return ingest(input, p -> { });
    }

    public IngestSummary ingest(Path input, Consumer<IngestProgress> progress) throws IOException {
        try (InputStream in = Files.newInputStream(input)) {
            return ingest(in, input.getFileName().toString(), Files.size(input), progress);
        }
    }

    /**
     * Ingests a stream; {@code name} is recorded as {@code berkas} (and tells CSV from JSON Lines by its extension),
     * {@code totalBytes} is only for progress (0 when unknown).
     */
    public IngestSummary ingest(InputStream in, String name, long totalBytes, Consumer<IngestProgress> progress)
            throws IOException {
        return new Ingestion(lake, classifier, geoparser, batchSize, threads, limits).run(in, name, totalBytes, progress);
    }

    /** Whether the lake holds any event file yet. */
    public static boolean hasEvents(Path lake) {
        return Ingestion.hasEvents(lake);
    }
}
