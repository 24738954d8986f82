package id.matagaruda.geoparse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text as the gazetteer reads it: each word it knows as one char (see {@link Vocabulary}), each run of unknown words
 * and punctuation that may not sit inside a name (comma, bracket, sentence end) as one {@link #BREAK}, with the
 * original offsets of every known word. Spaces, hyphens and the dot after a known abbreviation ("Kab.", "Kep.") join
 * words; so "Bau-Bau", "Kab. Bogor" and "Kab.Bogor" read as the names they are.
 */
public final class Tokens implements CharSequence {

    static final char BREAK = 1;

    final char[] seq;
    final int[] start;
    final int[] end;
    final int length;

    private Tokens(char[] seq, int[] start, int[] end, int length) {
        this.seq = seq;
        this.start = start;
        this.end = end;
        this.length = length;
    }

    static Tokens of(String text, Vocabulary vocabulary, boolean[] abbreviation) {
        int n = text.length();
        int cap = Math.max(8, n / 3 + 2);
        char[] seq = new char[cap];
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        int len = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                boolean joins = c == ' ' || c == '-' || c == '_' || c == '\u2010' || c == '\u2011' || c == '\t'
                        || c == '\u00a0' || (c == '.' && len > 0 && seq[len - 1] != BREAK && ends[len - 1] == i
                        && seq[len - 1] < abbreviation.length && abbreviation[seq[len - 1]]);
                if (!joins && len > 0 && seq[len - 1] != BREAK) {
                    if (len == cap) {
                        cap *= 2;
                        seq = java.util.Arrays.copyOf(seq, cap);
                        starts = java.util.Arrays.copyOf(starts, cap);
                        ends = java.util.Arrays.copyOf(ends, cap);
                    }
                    seq[len] = BREAK;
                    starts[len] = i;
                    ends[len] = i;
                    len++;
                }
                i++;
                continue;
            }
            int from = i;
            int hash = 0;
            while (i < n) {
                char d = text.charAt(i);
                if (isWordChar(d)) {
                    hash = Vocabulary.step(hash, Vocabulary.lower(d));
                    i++;
                } else if ((d == '\'' || d == '\u2019') && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    hash = Vocabulary.step(hash, '\'');
                    i++;
                } else {
                    break;
                }
            }
            char code = vocabulary.code(text, from, i, Vocabulary.mix(hash));
            if (code == Vocabulary.NONE) {
                code = BREAK;
                if (len > 0 && seq[len - 1] == BREAK) {
                    continue;
                }
            }
            if (len == cap) {
                cap *= 2;
                seq = java.util.Arrays.copyOf(seq, cap);
                starts = java.util.Arrays.copyOf(starts, cap);
                ends = java.util.Arrays.copyOf(ends, cap);
            }
            seq[len] = code;
            starts[len] = from;
            ends[len] = i;
            len++;
        }
        return new Tokens(seq, starts, ends, len);
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** The words of a name, lower-cased (dots and hyphens dropped, inner apostrophes kept). */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        int n = name.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(name.charAt(i))) {
                i++;
                continue;
            }
            StringBuilder w = new StringBuilder();
            while (i < n) {
                char d = name.charAt(i);
                if (isWordChar(d)) {
                    w.append(Vocabulary.lower(d));
                    i++;
                } else if ((d == '\'' || d == '\u2019') && i + 1 < n && isWordChar(name.charAt(i + 1))) {
                    w.append('\'');
                    i++;
                } else {
                    break;
                }
            }
            out.add(w.toString());
        }
        return out;
    }

    /** The canonical key of a name: its words joined by single spaces. */
    public static String key(String name) {
        return String.join(" ", words(name)).toLowerCase(Locale.ROOT);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return seq[index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new String(seq, from, to - from);
    }

    @Override
    public String toString() {
        return new String(seq, 0, length);
    }
}
