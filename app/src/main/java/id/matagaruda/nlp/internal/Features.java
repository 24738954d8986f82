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

    /** A sparse vector: sorted distinct indices and their values. */
    public record Vector(int[] index, float[] value) {}

    public Vector extract(String text) {
        return extract(Tokens.of(text), null);
    }

    /** The features of the tokens; {@code unigramOfToken}, if given, receives each token's unigram feature index. */
    public Vector extract(Tokens tokens, int[] unigramOfToken) {
        int n = tokens.size();
        String joined = " " + tokens.joined() + " ";
        int[] hashes = new int[Math.max(16, n * 3 + joined.length() * (maxChar - minChar + 1) + 8)];
        int count = 0;
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
            hashes[count++] = uni;
            if (unigramOfToken != null) {
                unigramOfToken[i] = uni;
            }
            if (previous != null) {
                hashes[count++] = index(mix(previous.hashCode() * 31 + stem.hashCode() ^ BIGRAM));
            }
            previous = stem;
        }
        int m = joined.length();
        for (int i = 0; i < m; i++) {
            int h = CHAR;
            for (int k = 0; k < maxChar && i + k < m; k++) {
                h = h * 31 + joined.charAt(i + k);
                if (k + 1 >= minChar) {
                    if (count == hashes.length) {
                        hashes = Arrays.copyOf(hashes, count * 2);
                    }
                    hashes[count++] = index(mix(h + k));
                }
            }
        }
        Arrays.sort(hashes, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                distinct++;
            }
        }
        int[] index = new int[distinct];
        float[] value = new float[distinct];
        int d = -1;
        for (int i = 0; i < count; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                d++;
                index[d] = hashes[i];
            }
            value[d]++;
        }
        for (int i = 0; i < distinct; i++) {
            value[i] = (float) (1 + Math.log(value[i]));
        }
        return new Vector(index, value);
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
