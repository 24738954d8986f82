package id.matagaruda.events.internal;

/**
 * 64-bit SimHash of a standardised text over word shingles. Syndicated copies (another dateline, a credit, a word
 * changed) land within a few bits of the original; different events, even from the same sentence templates, land far.
 */
final class SimHash {

    /** Words per shingle: pairs keep word order without letting one changed word disturb too many features. */
    static final int SHINGLE = 2;

    private SimHash() {
    }

    static long of(String standardised) {
        int[] counts = new int[64];
        long[] window = new long[SHINGLE];
        int words = 0;
        int n = standardised.length();
        int i = 0;
        while (i < n) {
            char c = standardised.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            long h = 0xcbf29ce484222325L;
            while (i < n && Character.isLetterOrDigit(c = standardised.charAt(i))) {
                h = (h ^ c) * 0x100000001b3L;
                i++;
            }
            window[words % SHINGLE] = h;
            words++;
            if (words >= SHINGLE) {
                long f = 0;
                for (int k = SHINGLE; k >= 1; k--) {
                    f = f * 31 + window[(words - k) % SHINGLE];
                }
                add(counts, LongHashSet.mix(f));
            }
        }
        if (words > 0 && words < SHINGLE) {
            add(counts, LongHashSet.mix(window[0]));
        }
        long hash = 0;
        for (int b = 0; b < 64; b++) {
            if (counts[b] > 0) {
                hash |= 1L << b;
            }
        }
        return hash;
    }

    private static void add(int[] counts, long f) {
        for (int b = 0; b < 64; b++) {
            counts[b] += (((int) (f >>> b)) & 1) * 2 - 1;
        }
    }
}
