package id.matagaruda.geoparse.internal;

import java.util.Collection;

/**
 * The words of the gazetteer's names, each given one char so that a name becomes a short string of word chars and
 * the Aho-Corasick automaton steps once per word, not once per letter. Lookup compares the text's letters lower-cased
 * in place, so reading a text allocates nothing per word. Immutable after construction.
 */
final class Vocabulary {

    /** Word codes start above the control and Latin-1 range and stay clear of the surrogates. */
    static final char FIRST_CODE = 0x100;
    static final char NONE = 0;

    private final char[][] words;
    private final char[] codes;
    private final int mask;
    private final int size;

    Vocabulary(Collection<String> distinctWords) {
        int capacity = Integer.highestOneBit(Math.max(16, distinctWords.size() * 3)) << 1;
        if (FIRST_CODE + distinctWords.size() >= 0xD800) {
            throw new IllegalStateException("Too many gazetteer words: " + distinctWords.size());
        }
        words = new char[capacity][];
        codes = new char[capacity];
        mask = capacity - 1;
        char next = FIRST_CODE;
        for (String w : distinctWords) {
            char[] chars = w.toCharArray();
            int slot = hash(chars) & mask;
            while (words[slot] != null) {
                slot = (slot + 1) & mask;
            }
            words[slot] = chars;
            codes[slot] = next++;
        }
        size = distinctWords.size();
    }

    int size() {
        return size;
    }

    /** The code of a word already lower-cased, or {@link #NONE}. */
    char code(String word) {
        char[] w = word.toCharArray();
        int slot = hash(w) & mask;
        while (words[slot] != null) {
            if (java.util.Arrays.equals(words[slot], w)) {
                return codes[slot];
            }
            slot = (slot + 1) & mask;
        }
        return NONE;
    }

    /** The code of {@code text[from, to)} read lower-case, given the hash {@link #step} built over it. */
    char code(String text, int from, int to, int hash) {
        int slot = hash & mask;
        int len = to - from;
        while (true) {
            char[] w = words[slot];
            if (w == null) {
                return NONE;
            }
            if (w.length == len && same(w, text, from)) {
                return codes[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    private static boolean same(char[] w, String text, int from) {
        for (int i = 0; i < w.length; i++) {
            if (w[i] != lower(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    static int step(int hash, char lowered) {
        return hash * 31 + lowered;
    }

    private static int hash(char[] w) {
        int h = 0;
        for (char c : w) {
            h = step(h, c);
        }
        return mix(h);
    }

    static int mix(int h) {
        return h ^ (h >>> 16);
    }
}
