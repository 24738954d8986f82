package id.matagaruda.events;

/** How far a running ingestion is: input bytes consumed (compressed, against the file size) and counts so far. */
public record IngestProgress(long bytesRead, long bytesTotal, long read, long ingested, long duplicates,
        long nearDuplicates, long rejected) {

    public static final IngestProgress NONE = new IngestProgress(0, 0, 0, 0, 0, 0, 0);
}
