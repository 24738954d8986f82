package id.matagaruda.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Normalisation of Indonesian text shared by ingestion, classification and geoparsing.
 * {@link #clean} keeps the wording (Unicode NFKC, no control characters, single spaces) and is what the lake stores;
 * {@link #standardise} also lower-cases and expands informal spellings (yg -> yang, dgn -> dengan, ...) for matching.
 */
public final class IndonesianText {

    private static final Map<String, String> SLANG = load();

    /** Longest informal spelling in the list. */
    private static final int MAX_KEY = SLANG.keySet().stream().mapToInt(String::length).max().orElse(0);

    /** FIRST[len][c]: some informal spelling has this length and starts with this ASCII character (cheap pre-check). */
    private static final boolean[][] FIRST = firstChars();

    private IndonesianText() {
    }

    /** Unicode NFKC, control and zero-width characters removed, runs of whitespace as one space, trimmed. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c > ' ' && c < 0x7f) {
                // printable ASCII, the common case: kept as it is
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT) {
                // dropped: control characters, zero-width joiners, byte-order marks
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #clean}, lower case, and every informal spelling in the slang list replaced by its standard form. */
    public static String standardise(String s) {
        String c = clean(s).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(c.length() + 16);
        int i = 0;
        while (i < c.length()) {
            char ch = c.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                int j = i;
                while (j < c.length() && (Character.isLetterOrDigit(c.charAt(j)))) {
                    j++;
                }
                String word = c.substring(i, j);
                out.append(SLANG.getOrDefault(word, word));
                i = j;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    /** The standard form of one informal word, or the word itself. */
    public static String standardWord(String lowerCaseWord) {
        int len = lowerCaseWord.length();
        if (len == 0 || len > MAX_KEY) {
            return lowerCaseWord;
        }
        char first = lowerCaseWord.charAt(0);
        if (first < 128 && !FIRST[len][first]) {
            return lowerCaseWord;
        }
        return SLANG.getOrDefault(lowerCaseWord, lowerCaseWord);
    }

    private static boolean[][] firstChars() {
        boolean[][] f = new boolean[MAX_KEY + 1][128];
        for (String k : SLANG.keySet()) {
            if (k.charAt(0) < 128) {
                f[k.length()][k.charAt(0)] = true;
            } else {
                java.util.Arrays.fill(f[k.length()], true);
            }
        }
        return f;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                IndonesianText.class.getResourceAsStream("/nlp/slang.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                m.put(p[0].trim(), p[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }
}
