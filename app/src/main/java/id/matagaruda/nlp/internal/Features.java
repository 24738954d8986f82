package id.matagaruda.nlp.internal;

import java.util.Arrays;
import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * Hashed features of a text: word unigrams and bigrams of the stemmed standard words (Lucene's Indonesian stemmer,
 * which over-stems: "pemilihan" and "pemilih" meet, so do "pilih" and "memilih", which is mostly what we want) and
 * character n-grams of the unstemmed standard words, which keep what the stemmer throws away. Values are sublinear
 * term frequencies; the model weighs them by idf and normalises.
 */
public final class Features {

    private static final int WORD = 0x2c1b3c6d;
    private static final int BIGRAM = 0x297a2d39;
    private static final int CHAR = 0x1b873593;

    private final int dim;
    private final int minChar;
    private final int maxChar;

    public Features(int dim, int minChar, int maxChar) {
        if (Integer.bitCount(dim) != 1) {
            throw new IllegalArgumentException("dim must be a power of two: " + dim);
        }
        this.dim = dim;
        this.minChar = minChar;
        this.maxChar = maxChar;
    }

    public int dim() {
        return dim;
    }

    /** A sparse vector: distinct indices and their values. */
    public record Vector(int[] index, float[] value) {}

    public Vector extract(String text) {
        return extract(Tokens.of(text), null);
    }

    /** The features of the tokens; {@code unigramOfToken}, if given, receives each token's unigram feature index. */
    public Vector extract(Tokens tokens, int[] unigramOfToken) {
        int n = tokens.size();
        String joined = " " + tokens.joined() + " ";
        // Counting in an open-addressing table (indices are already hashed): sorting ~2,000 n-grams per text was
        // most of the time of a prediction. Insertion order is the text's order, so the result is deterministic.
        int expected = 2 * n + joined.length() * (maxChar - minChar + 1) + 8;
        int cap = Integer.highestOneBit(expected * 2 - 1) << 1;
        Counter counter = new Counter(cap);
        IndonesianStemmer stemmer = new IndonesianStemmer();
        char[] buf = new char[32];
        String previous = null;
        for (int i = 0; i < n; i++) {
            String w = tokens.word(i);
            if (buf.length < w.length()) {
                buf = new char[w.length() * 2];
            }
            w.getChars(0, w.length(), buf, 0);
            int len = stemmer.stem(buf, w.length(), true);
            String stem = len == w.length() ? w : new String(buf, 0, len);
            int uni = index(mix(stem.hashCode() ^ WORD));
            counter.add(uni);
            if (unigramOfToken != null) {
                unigramOfToken[i] = uni;
            }
            if (previous != null) {
                counter.add(index(mix(previous.hashCode() * 31 + stem.hashCode() ^ BIGRAM)));
            }
            previous = stem;
        }
        int m = joined.length();
        for (int i = 0; i < m; i++) {
            int h = CHAR;
            for (int k = 0; k < maxChar && i + k < m; k++) {
                h = h * 31 + joined.charAt(i + k);
                if (k + 1 >= minChar) {
                    counter.add(index(mix(h + k)));
                }
            }
        }
        return counter.vector();
    }

    /** 1 + ln(count) for small counts: nearly every n-gram occurs once or twice, and log was the hot spot. */
    private static final float[] SUBLINEAR = new float[64];

    static {
        for (int c = 1; c < SUBLINEAR.length; c++) {
            SUBLINEAR[c] = (float) (1 + Math.log(c));
        }
    }

    /** Distinct feature indices with their counts, in first-seen order. */
    private static final class Counter {
        private final int[] slots;
        private final int[] order;
        private final float[] counts;
        private int size;

        Counter(int capacity) {
            slots = new int[capacity];
            Arrays.fill(slots, -1);
            order = new int[capacity / 2];
            counts = new float[capacity / 2];
        }

        void add(int feature) {
            int mask = slots.length - 1;
            int s = (feature * 0x9E3779B1) >>> 7 & mask;
            while (true) {
                int at = slots[s];
                if (at < 0) {
                    slots[s] = size;
                    order[size] = feature;
                    counts[size] = 1;
                    size++;
                    return;
                }
                if (order[at] == feature) {
                    counts[at]++;
                    return;
                }
                s = (s + 1) & mask;
            }
        }

        Vector vector() {
            int[] index = Arrays.copyOf(order, size);
            float[] value = new float[size];
            for (int i = 0; i < size; i++) {
                int c = (int) counts[i];
                value[i] = c < SUBLINEAR.length ? SUBLINEAR[c] : (float) (1 + Math.log(c));
            }
            return new Vector(index, value);
        }
    }

    private int index(int h) {
        return h & (dim - 1);
    }

    /** The finaliser of MurmurHash3: spreads String.hashCode's weak low bits over the whole word. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
