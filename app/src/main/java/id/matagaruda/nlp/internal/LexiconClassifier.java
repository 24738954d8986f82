package id.matagaruda.nlp.internal;

import id.matagaruda.nlp.Classification;
import id.matagaruda.nlp.Classifiers;
import id.matagaruda.nlp.TextClassifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The classifier that works without training: weighted Indonesian terms per category ({@code nlp/leksikon.tsv}) and
 * co-occurrence rules ({@code nlp/aturan.tsv}), matched word by word on the standardised text. A term right after a
 * negation ("tidak", "bukan", "tanpa", ...) does not count. The category with the highest sum wins if it reaches
 * {@link #MIN_SCORE}; otherwise the text is {@code lainnya}. Immutable and thread-safe.
 */
public final class LexiconClassifier implements TextClassifier {

    /** One weak term (weight 1) is not enough to call a category: it takes a typical term or two weak ones. */
    static final double MIN_SCORE = 2.0;
    private static final int NEGATION_WINDOW = 2;
    private static final Set<String> NEGATORS = Set.of("tidak", "bukan", "tanpa", "belum", "jangan", "membantah",
            "dibantah", "menepis", "ditepis");

    /** A term in standard words; {@code prefix}: the last word matches any word it begins. */
    record Term(int id, String text, String[] words, boolean prefix) {}

    /** A category's term and its weight. */
    record Entry(int category, double weight) {}

    record Rule(int category, double weight, int[][] groups) {}

    private final String[] categories;
    private final List<Term> terms = new ArrayList<>();
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<List<Entry>> entries = new ArrayList<>();
    private final Map<String, List<Term>> byFirstWord = new HashMap<>();
    private final Map<String, List<Term>> byPrefix = new HashMap<>();
    /** Few terms are prefixes: testing each against every word is cheaper than hashing the word's prefixes. */
    private Term[] prefixTerms = new Term[0];
    private final List<Rule> rules = new ArrayList<>();

    private LexiconClassifier(List<String> categories) {
        this.categories = categories.toArray(String[]::new);
    }

    public static LexiconClassifier shipped() {
        try (InputStream lexicon = LexiconClassifier.class.getResourceAsStream("/nlp/leksikon.tsv");
                InputStream rules = LexiconClassifier.class.getResourceAsStream("/nlp/aturan.tsv")) {
            return read(lexicon, rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LexiconClassifier read(InputStream lexicon, InputStream rules) throws IOException {
        LexiconClassifier c = new LexiconClassifier(Classifiers.CATEGORIES);
        int lineNo = 0;
        for (String line : lines(lexicon)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            if (p.length != 3) {
                throw new IllegalStateException("leksikon.tsv baris " + lineNo + ": perlu kategori, bobot, istilah");
            }
            int category = c.category(p[0].trim(), lineNo);
            Term t = c.term(p[2].trim());
            c.entries.get(t.id()).add(new Entry(category, Double.parseDouble(p[1].trim())));
        }
        lineNo = 0;
        for (String line : lines(rules)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t");
            if (p.length < 4) {
                throw new IllegalStateException("aturan.tsv baris " + lineNo + ": perlu kategori, bobot, dua kelompok");
            }
            String[] groupTexts = Arrays.copyOfRange(p, 2, p.length);
            int[][] groups = new int[groupTexts.length][];
            for (int g = 0; g < groupTexts.length; g++) {
                groups[g] = Arrays.stream(groupTexts[g].split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .mapToInt(s -> c.term(s).id()).toArray();
            }
            c.rules.add(new Rule(c.category(p[0].trim(), lineNo), Double.parseDouble(p[1].trim()), groups));
        }
        c.prefixTerms = c.byPrefix.values().stream().flatMap(List::stream).toArray(Term[]::new);
        return c;
    }

    private int category(String name, int lineNo) {
        for (int i = 0; i < categories.length; i++) {
            if (categories[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("baris " + lineNo + ": kategori '" + name + "' tidak dikenal");
    }

    private Term term(String text) {
        boolean prefix = text.endsWith("*");
        String body = prefix ? text.substring(0, text.length() - 1) : text;
        Tokens tokens = Tokens.of(body);
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.word(i);
        }
        if (words.length == 0) {
            throw new IllegalStateException("istilah kosong: '" + text + "'");
        }
        String key = String.join(" ", words) + (prefix ? "*" : "");
        Integer existing = termIds.get(key);
        if (existing != null) {
            return terms.get(existing);
        }
        Term t = new Term(terms.size(), key, words, prefix);
        terms.add(t);
        entries.add(new ArrayList<>());
        termIds.put(key, t.id());
        if (prefix && words.length == 1) {
            byPrefix.computeIfAbsent(words[0], k -> new ArrayList<>()).add(t);
        } else {
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(t);
        }
        return t;
    }

    @Override
    public String name() {
        return "leksikon";
    }

    @Override
    public Classification classify(String text) {
        Tokens tokens = Tokens.of(text);
        int n = tokens.size();
        // first (non-negated) match of each term: token index of its start and its end
        int[] firstStart = new int[terms.size()];
        int[] firstEnd = new int[terms.size()];
        BitSet found = new BitSet(terms.size());
        for (int i = 0; i < n; i++) {
            String w = tokens.word(i);
            List<Term> candidates = byFirstWord.get(w);
            if (candidates != null) {
                for (Term t : candidates) {
                    if (!found.get(t.id()) && matches(t, tokens, i) && !negated(tokens, i)) {
                        found.set(t.id());
                        firstStart[t.id()] = i;
                        firstEnd[t.id()] = i + t.words().length - 1;
                    }
                }
            }
            for (Term t : prefixTerms) {
                if (w.startsWith(t.words()[0]) && !found.get(t.id()) && !negated(tokens, i)) {
                    found.set(t.id());
                    firstStart[t.id()] = i;
                    firstEnd[t.id()] = i;
                }
            }
        }
        if (found.isEmpty()) {
            return new Classification(Classifiers.LAINNYA, 0.5, List.of());
        }
        double[] score = new double[categories.length];
        List<List<int[]>> evidence = new ArrayList<>(categories.length);
        for (int c = 0; c < categories.length; c++) {
            evidence.add(new ArrayList<>());
        }
        for (int id = found.nextSetBit(0); id >= 0; id = found.nextSetBit(id + 1)) {
            for (Entry e : entries.get(id)) {
                score[e.category()] += e.weight();
                evidence.get(e.category()).add(new int[] {id});
            }
        }
        for (Rule r : rules) {
            int[] hits = new int[r.groups().length];
            boolean all = true;
            for (int g = 0; g < r.groups().length && all; g++) {
                hits[g] = -1;
                for (int id : r.groups()[g]) {
                    if (found.get(id)) {
                        hits[g] = id;
                        break;
                    }
                }
                all = hits[g] >= 0;
            }
            if (all) {
                score[r.category()] += r.weight();
                for (int id : hits) {
                    evidence.get(r.category()).add(new int[] {id});
                }
            }
        }
        int best = -1;
        double total = 0;
        for (int c = 0; c < categories.length; c++) {
            total += score[c];
            if (score[c] > 0 && (best < 0 || score[c] > score[best])) {
                best = c;
            }
        }
        if (best < 0 || score[best] < MIN_SCORE) {
            return new Classification(Classifiers.LAINNYA, 0.5, List.of());
        }
        double skor = (score[best] / total) * (1 - Math.exp(-score[best] / 3));
        Set<Integer> seen = new TreeSet<>();
        List<Classification.Evidence> bukti = new ArrayList<>();
        for (int[] e : evidence.get(best)) {
            if (seen.add(e[0])) {
                Term t = terms.get(e[0]);
                bukti.add(new Classification.Evidence(tokens.start(firstStart[e[0]]), tokens.end(firstEnd[e[0]]),
                        t.text(), categories[best]));
            }
        }
        bukti.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return new Classification(categories[best], Math.round(skor * 1000) / 1000.0, List.copyOf(bukti));
    }

    private static boolean matches(Term t, Tokens tokens, int at) {
        String[] words = t.words();
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            String w = tokens.word(at + k);
            if (t.prefix() && k == words.length - 1 ? !w.startsWith(words[k]) : !w.equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean negated(Tokens tokens, int at) {
        for (int k = Math.max(0, at - NEGATION_WINDOW); k < at; k++) {
            if (NEGATORS.contains(tokens.word(k))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(InputStream in) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
