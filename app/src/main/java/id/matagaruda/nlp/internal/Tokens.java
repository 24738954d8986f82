package id.matagaruda.nlp.internal;

import id.matagaruda.nlp.IndonesianText;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * The standardised words of a text with the span each came from in the original text. Standardising shifts offsets
 * (NFKC, "yg" -> "yang", "polres" -> "kepolisian resor"), so the text is standardised word by word: every standard
 * word keeps the [start, end) of the original word it came from and evidence can be highlighted in what the user sees.
 * Words are the runs of letters and digits, as in {@link IndonesianText#standardise}.
 */
public final class Tokens {

    private String[] words;
    private int[] starts;
    private int[] ends;
    private int size;

    private Tokens(int capacity) {
        words = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
    }

    public static Tokens of(String text) {
        Tokens t = new Tokens(Math.max(8, text == null ? 0 : text.length() / 5));
        if (text == null) {
            return t;
        }
        int n = text.length();
        int i = 0;
        char[] buf = new char[64];
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int j = i;
            boolean ascii = true;
            while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                ascii &= text.charAt(j) < 128;
                j++;
            }
            String word;
            if (ascii) {
                if (buf.length < j - i) {
                    buf = new char[j - i];
                }
                for (int k = i; k < j; k++) {
                    char ch = text.charAt(k);
                    buf[k - i] = ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
                }
                word = new String(buf, 0, j - i);
            } else {
                word = Normalizer.normalize(text.substring(i, j), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
            }
            String standard = IndonesianText.standardWord(word);
            if (standard.indexOf(' ') < 0 && standard.indexOf('-') < 0) {
                t.add(standard, i, j);
            } else {
                for (String part : standard.split("[ \\-]+")) {
                    if (!part.isEmpty()) {
                        t.add(part, i, j);
                    }
                }
            }
            i = j;
        }
        return t;
    }

    private void add(String word, int start, int end) {
        if (size == words.length) {
            int cap = size * 2;
            words = Arrays.copyOf(words, cap);
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
        }
        words[size] = word;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    public int size() {
        return size;
    }

    public String word(int i) {
        return words[i];
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The standard words joined by single spaces (what the character n-grams are taken from). */
    public String joined() {
        StringBuilder sb = new StringBuilder(size * 7);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(words[i]);
        }
        return sb.toString();
    }
}
