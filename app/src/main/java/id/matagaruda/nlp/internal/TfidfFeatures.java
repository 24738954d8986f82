package id.matagaruda.nlp.internal;

import id.matagaruda.nlp.FeatureSettings;
import id.matagaruda.nlp.IndonesianText;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.id.IndonesianStemmer;

/**
 * TF-IDF features with a vocabulary learned from the training rows, built as scikit-learn's {@code TfidfVectorizer}
 * builds them so that our figures and the peer's differ only by the solver: word n-grams of the tokens
 * {@code \b\w\w+\b} of the lower-cased text and {@code char_wb} n-grams (each whitespace-separated word padded with
 * one space on each side), tf replaced by 1 + ln(tf), times the smooth idf, and each of the two blocks L2-normalised
 * on its own (as a {@code FeatureUnion} of two vectorizers does). Terms not in the vocabulary are ignored.
 * Immutable and thread-safe once fitted.
 */
public final class TfidfFeatures {

    private static final Pattern TOKEN = Pattern.compile("\\b\\w\\w+\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private final FeatureSettings settings;
    private final Map<String, Integer> index;
    private final String[] terms;
    private final int words;
    private final float[] idf;

    private TfidfFeatures(FeatureSettings settings, String[] terms, int words, float[] idf) {
        this.settings = settings;
        this.terms = terms;
        this.words = words;
        this.idf = idf;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            index.put(terms[i], i);
        }
    }

    public FeatureSettings settings() {
        return settings;
    }

    /** Number of features (word block first, then char block). */
    public int size() {
        return terms.length;
    }

    public int wordFeatures() {
        return words;
    }

    public String term(int feature) {
        return terms[feature];
    }

    /** A sparse row: ascending feature indices and their values. */
    public record Vector(int[] index, float[] value) {

        public double valueOf(int feature) {
            int at = Arrays.binarySearch(index, feature);
            return at < 0 ? 0 : value[at];
        }
    }

    /** A word token of the text with the span of the original text it came from. */
    public record Token(String term, int start, int end) {}

    /** Learns the vocabulary and idf from {@code texts} (sorted terms, like scikit-learn's, so runs are repeatable). */
    public static TfidfFeatures fit(List<String> texts, FeatureSettings settings) {
        TfidfFeatures empty = new TfidfFeatures(settings, new String[0], 0, new float[0]);
        Map<String, int[]> wordDf = new HashMap<>();
        Map<String, int[]> charDf = new HashMap<>();
        for (String text : texts) {
            for (String t : distinct(empty.wordTerms(empty.tokens(text)))) {
                wordDf.computeIfAbsent(t, k -> new int[1])[0]++;
            }
            for (String t : distinct(empty.charTerms(text))) {
                charDf.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        TreeMap<String, int[]> w = new TreeMap<>(wordDf);
        TreeMap<String, int[]> c = new TreeMap<>(charDf);
        String[] terms = new String[w.size() + c.size()];
        float[] idf = new float[terms.length];
        int i = 0;
        double n = texts.size();
        for (TreeMap<String, int[]> block : List.of(w, c)) {
            for (Map.Entry<String, int[]> e : block.entrySet()) {
                terms[i] = e.getKey();
                idf[i] = (float) (Math.log((1 + n) / (1 + e.getValue()[0])) + 1);
                i++;
            }
        }
        return new TfidfFeatures(settings, terms, w.size(), idf);
    }

    private static List<String> distinct(List<String> terms) {
        return new ArrayList<>(new java.util.HashSet<>(terms));
    }

    public Vector transform(String text) {
        return transform(text, tokens(text));
    }

    /** The features of a text whose word tokens are {@code tokens} (from {@link #tokens}). */
    public Vector transform(String text, List<Token> tokens) {
        List<String> w = wordTerms(tokens);
        List<String> c = charTerms(text);
        int[] found = new int[w.size() + c.size()];
        int m = 0;
        for (List<String> block : List.of(w, c)) {
            for (String t : block) {
                Integer at = index.get(t);
                if (at != null) {
                    found[m++] = at;
                }
            }
        }
        Arrays.sort(found, 0, m);
        int[] idx = new int[m];
        float[] val = new float[m];
        int k = 0;
        for (int a = 0; a < m; ) {
            int b = a;
            while (b < m && found[b] == found[a]) {
                b++;
            }
            idx[k] = found[a];
            val[k] = (float) ((1 + Math.log(b - a)) * idf[found[a]]);
            k++;
            a = b;
        }
        // each block on its own unit length, as two vectorizers joined in a FeatureUnion
        int split = 0;
        while (split < k && idx[split] < words) {
            split++;
        }
        normalise(val, 0, split);
        normalise(val, split, k);
        return new Vector(Arrays.copyOf(idx, k), Arrays.copyOf(val, k));
    }

    private static void normalise(float[] v, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += (double) v[i] * v[i];
        }
        if (s > 0) {
            double scale = 1 / Math.sqrt(s);
            for (int i = from; i < to; i++) {
                v[i] = (float) (v[i] * scale);
            }
        }
    }

    /** The word tokens (after the slang list and stemmer when the settings apply them), with their spans. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        IndonesianStemmer stemmer = settings.stemmer() == null ? null : new IndonesianStemmer();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (settings.slang() != null) {
                String standard = IndonesianText.standardWord(word);
                if (!standard.equals(word)) {
                    Matcher parts = TOKEN.matcher(standard);
                    while (parts.find()) {
                        out.add(new Token(stem(stemmer, parts.group()), m.start(), m.end()));
                    }
                    continue;
                }
            }
            out.add(new Token(stem(stemmer, word), m.start(), m.end()));
        }
        return out;
    }

    private static String stem(IndonesianStemmer stemmer, String word) {
        if (stemmer == null) {
            return word;
        }
        char[] buf = word.toCharArray();
        int len = stemmer.stem(buf, buf.length, true);
        return len == buf.length ? word : new String(buf, 0, len);
    }

    /** Feature index of a word unigram, or -1 when it is not in the vocabulary. */
    public int unigram(String term) {
        Integer at = index.get(term);
        return at == null || at >= words ? -1 : at;
    }

    private List<String> wordTerms(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size() * (settings.wordMax() - settings.wordMin() + 1));
        for (int n = settings.wordMin(); n <= settings.wordMax(); n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                if (n == 1) {
                    out.add(tokens.get(i).term());
                } else {
                    StringBuilder sb = new StringBuilder(tokens.get(i).term());
                    for (int j = 1; j < n; j++) {
                        sb.append(' ').append(tokens.get(i + j).term());
                    }
                    out.add(sb.toString());
                }
            }
        }
        return out;
    }

    /** scikit-learn's {@code _char_wb_ngrams} over code points (Python indexes strings by code point). */
    private List<String> charTerms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && space(lower.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && !space(lower.charAt(j))) {
                j++;
            }
            if (j > i) {
                int[] w = (" " + lower.substring(i, j) + " ").codePoints().toArray();
                for (int g = settings.charMin(); g <= settings.charMax(); g++) {
                    int offset = 0;
                    out.add(new String(w, offset, Math.min(g, w.length - offset)));
                    while (offset + g < w.length) {
                        offset++;
                        out.add(new String(w, offset, g));
                    }
                    if (offset == 0) {
                        break;
                    }
                }
            }
            i = j;
        }
        return out;
    }

    /** Python's str.split() separators. */
    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    public void write(DataOutputStream out) throws IOException {
        out.writeInt(terms.length);
        out.writeInt(words);
        for (int i = 0; i < terms.length; i++) {
            out.writeUTF(terms[i]);
            out.writeFloat(idf[i]);
        }
    }

    public static TfidfFeatures read(DataInputStream in, FeatureSettings settings) throws IOException {
        int size = in.readInt();
        int words = in.readInt();
        if (size < 0 || words < 0 || words > size) {
            throw new IOException("kosakata rusak");
        }
        String[] terms = new String[size];
        float[] idf = new float[size];
        for (int i = 0; i < size; i++) {
            terms[i] = in.readUTF();
            idf[i] = in.readFloat();
        }
        return new TfidfFeatures(settings, terms, words, idf);
    }
}
