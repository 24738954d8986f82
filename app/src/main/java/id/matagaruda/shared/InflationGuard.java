package id.matagaruda.shared;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Bounds a decompressing stream by what it yields, not by what its headers claim: more than {@code maxBytes} in all,
 * or (past the first {@link #RATIO_FLOOR} bytes, where any ratio is harmless) more than {@code maxRatio} bytes out per
 * compressed byte in, refuses the file with 413. A gzip of a gigabyte of newlines is stopped after a few megabytes
 * instead of costing half a minute of CPU downstream.
 */
public final class InflationGuard extends FilterInputStream {

    /** Below this many decompressed bytes the ratio is not checked: small, highly repetitive files are ordinary. */
    public static final long RATIO_FLOOR = 1 << 20;

    private final LongSupplier compressedRead;
    private final long maxBytes;
    private final long maxRatio;
    private final String subjectKey;
    private final String sizeKey;
    private final String ratioKey;
    private long count;

    public InflationGuard(InputStream decompressed, LongSupplier compressedRead, long maxBytes, long maxRatio,
            String subjectKey, String sizeKey, String ratioKey) {
        super(decompressed);
        this.compressedRead = compressedRead;
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
        this.subjectKey = subjectKey;
        this.sizeKey = sizeKey;
        this.ratioKey = ratioKey;
    }

    /** For gzip: the messages say "gzip". */
    public static InflationGuard gzip(InputStream decompressed, LongSupplier compressedRead, long maxBytes,
            long maxRatio, String subjectKey) {
        return new InflationGuard(decompressed, compressedRead, maxBytes, maxRatio, subjectKey, "import.gzip.size",
                "import.gzip.ratio");
    }

    /** Decompressed bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        if (s > 0) {
            add(s);
        }
        return s;
    }

    private void add(long n) {
        count += n;
        check(count, compressedRead.getAsLong(), maxBytes, maxRatio, subjectKey, sizeKey, ratioKey);
    }

    /** The same rule for callers that count themselves (zip entries). */
    public static void check(long uncompressed, long compressed, long maxBytes, long maxRatio, String subjectKey,
            String sizeKey, String ratioKey) {
        if (uncompressed > maxBytes) {
            throw FileRejectedException.ofFile(FileRejectedException.Kind.TOO_LARGE, subjectKey, sizeKey, maxBytes,
                    maxBytes);
        }
        if (uncompressed > RATIO_FLOOR && uncompressed > maxRatio * Math.max(compressed, 1)) {
            throw FileRejectedException.ofFile(FileRejectedException.Kind.TOO_LARGE, subjectKey, ratioKey, maxRatio,
                    maxRatio);
        }
    }
}
