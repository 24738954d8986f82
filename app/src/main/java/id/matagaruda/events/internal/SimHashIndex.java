package id.matagaruda.events.internal;

/**
 * Near-duplicate look-up over SimHashes by banded LSH: the 64 bits split into {@link #BANDS} bands; two hashes within
 * {@link #MAX_DISTANCE} bits agree on at least one band (pigeonhole), so only the hashes in the same bucket of some band
 * are compared. Buckets are primitive arrays (no boxing).
 */
final class SimHashIndex {

    static final int BANDS = 4;
    static final int BAND_BITS = 64 / BANDS;
    static final int MAX_DISTANCE = BANDS - 1;

    private final long[][][] buckets = new long[BANDS][1 << BAND_BITS][];
    private final int[][] fill = new int[BANDS][1 << BAND_BITS];
    private int size;

    void add(long hash) {
        for (int b = 0; b < BANDS; b++) {
            int key = band(hash, b);
            long[] bucket = buckets[b][key];
            int n = fill[b][key];
            if (bucket == null) {
                bucket = new long[2];
                buckets[b][key] = bucket;
            } else if (n == bucket.length) {
                bucket = java.util.Arrays.copyOf(bucket, n * 2);
                buckets[b][key] = bucket;
            }
            bucket[n] = hash;
            fill[b][key] = n + 1;
        }
        size++;
    }

    /** True when a stored hash lies within {@link #MAX_DISTANCE} bits of {@code hash}. */
    boolean hasNear(long hash) {
        for (int b = 0; b < BANDS; b++) {
            int key = band(hash, b);
            long[] bucket = buckets[b][key];
            int n = fill[b][key];
            for (int i = 0; i < n; i++) {
                if (Long.bitCount(bucket[i] ^ hash) <= MAX_DISTANCE) {
                    return true;
                }
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    private static int band(long hash, int b) {
        return (int) ((hash >>> (b * BAND_BITS)) & ((1L << BAND_BITS) - 1));
    }
}
