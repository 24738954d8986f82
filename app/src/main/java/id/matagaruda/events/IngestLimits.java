package id.matagaruda.events;

/**
 * What one input file may hold, so a malformed or hostile file is refused within seconds instead of holding the lake:
 * a CSV field over {@code maxFieldChars} or a record (a line, or the lines of one quoted field) over
 * {@code maxLineChars} is rejected with its line number and reading goes on at the next line; a gzip that decompresses
 * to more than {@code maxUncompressedBytes}, or at a ratio above {@code maxRatio}:1, ends the job as failed.
 * Settings: {@code matagaruda.events.limits.*}.
 */
public record IngestLimits(int maxFieldChars, int maxLineChars, long maxUncompressedBytes, long maxRatio) {

    /** 64 KB per field and 1 MB per line; 20 GB decompressed; 100:1 (news text gzips about 3-8:1). */
    public static final IngestLimits DEFAULT = new IngestLimits(64 * 1024, 1 << 20, 20L << 30, 100);

    public IngestLimits {
        if (maxFieldChars < 1 || maxLineChars < maxFieldChars || maxUncompressedBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("ingest limits must be positive and a line must hold a field: "
                    + maxFieldChars + ", " + maxLineChars + ", " + maxUncompressedBytes + ", " + maxRatio);
        }
    }
}
