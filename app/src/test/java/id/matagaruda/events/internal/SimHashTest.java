package id.matagaruda.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimHashTest {

    /** The textbook SimHash: +1/-1 per bit and feature, bit set when the sum is positive. */
    private static long reference(String standardised) {
        int[] counts = new int[64];
        long[] window = new long[SimHash.SHINGLE];
        int words = 0;
        int i = 0;
        int n = standardised.length();
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
            window[words % SimHash.SHINGLE] = h;
            words++;
            if (words >= SimHash.SHINGLE) {
                long f = 0;
                for (int k = SimHash.SHINGLE; k >= 1; k--) {
                    f = f * 31 + window[(words - k) % SimHash.SHINGLE];
                }
                vote(counts, LongHashSet.mix(f));
            }
        }
        if (words > 0 && words < SimHash.SHINGLE) {
            vote(counts, LongHashSet.mix(window[0]));
        }
        long hash = 0;
        for (int b = 0; b < 64; b++) {
            if (counts[b] > 0) {
                hash |= 1L << b;
            }
        }
        return hash;
    }

    private static void vote(int[] counts, long f) {
        for (int b = 0; b < 64; b++) {
            counts[b] += ((f >>> b) & 1) == 1 ? 1 : -1;
        }
    }

    @Test
    void countingBitsEightAtATimeGivesTheTextbookHash() {
        SplittableRandom random = new SplittableRandom(11);
        String[] words = {"warga", "bentrok", "di", "kota", "bogor", "polisi", "menangkap", "dua", "pelaku", "unjuk", "rasa"};
        for (int t = 0; t < 500; t++) {
            StringBuilder sb = new StringBuilder();
            int n = t == 0 ? 65_000 : random.nextInt(0, 200);
            for (int w = 0; w < n; w++) {
                sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? ", " : " ");
            }
            String text = sb.toString();
            assertThat(SimHash.of(text)).as(text.length() > 80 ? text.substring(0, 80) : text).isEqualTo(reference(text));
        }
    }
}
