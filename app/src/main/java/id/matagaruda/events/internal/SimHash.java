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

    /**
     * Per byte value, the bits 0-3 (LO) and 4-7 (HI) as four 16-bit counters in one long: adding LO[b] and HI[b] counts
     * the set bits of a byte eight at a time instead of one by one.
     */
    private static final long[] LO = new long[256];
    private static final long[] HI = new long[256];

    /** Counters hold 16 bits: fold them into the int totals well before they could overflow. */
    private static final int FOLD_EVERY = 60_000;

    static {
        for (int v = 0; v < 256; v++) {
            for (int b = 0; b < 4; b++) {
                LO[v] |= (long) ((v >>> b) & 1) << (16 * b);
                HI[v] |= (long) ((v >>> (b + 4)) & 1) << (16 * b);
            }
        }
    }

    static long of(String standardised) {
        Ones ones = new Ones();
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
                ones.add(LongHashSet.mix(f));
            }
        }
        if (words > 0 && words < SHINGLE) {
            ones.add(LongHashSet.mix(window[0]));
        }
        return ones.majority();
    }

    /** How often each of the 64 bits was set over the features added; a bit of the hash is set when it won the vote. */
    private static final class Ones {
        private final long[] lanes = new long[16];
        private final int[] totals = new int[64];
        private int pending;
        private int features;

        void add(long f) {
            for (int j = 0; j < 8; j++) {
                int v = (int) (f >>> (8 * j)) & 0xff;
                lanes[2 * j] += LO[v];
                lanes[2 * j + 1] += HI[v];
            }
            features++;
            if (++pending == FOLD_EVERY) {
                fold();
            }
        }

        private void fold() {
            for (int b = 0; b < 64; b++) {
                int lane = (b / 8) * 2 + (b % 8) / 4;
                totals[b] += (int) ((lanes[lane] >>> (16 * (b % 4))) & 0xffff);
            }
            java.util.Arrays.fill(lanes, 0);
            pending = 0;
        }

        /** Bit b is set when it was set in more than half of the features (the +1/-1 vote of SimHash). */
        long majority() {
            fold();
            long hash = 0;
            for (int b = 0; b < 64; b++) {
                if (2 * totals[b] > features) {
                    hash |= 1L << b;
                }
            }
            return hash;
        }
    }
}
