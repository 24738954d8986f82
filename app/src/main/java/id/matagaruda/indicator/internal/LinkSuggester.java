package id.matagaruda.indicator.internal;

import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.LinkSuggestion;
import id.matagaruda.indicator.Satuan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Owns the ranking of likely national parents (kode_induk) for regional indicators that name none.
 *
 * <p>Text similarity is a TF-IDF cosine over tokens from Lucene's IndonesianAnalyzer, with IDF taken over the national
 * list: it lands in [0,1] by construction (BM25 scores are unbounded and would need an ad-hoc normalisation), needs
 * no index, is fully deterministic, and the IDF makes words most national indicators share ("indeks", "persentase")
 * count little next to the words that tell them apart. Domain synonyms are folded into one canonical
 * token before analysis and that token is shielded from the stemmer, because the stemmer would otherwise turn "pemilih"
 * and "pemilu" into different stems ("ilih", "ilu") and never let them meet.
 */
public final class LinkSuggester {

    private static final int MAX_SUGGESTIONS = 3;
    private static final double MIN_SCORE = 0.05;
    private static final double TEXT_WEIGHT = 0.8;
    private static final double UNIT_WEIGHT = 0.1;
    private static final double POLARITY_WEIGHT = 0.1;

    /** Canonical token -> the phrases planners use for the same thing in RPJMN, RPJMD and Renstra Kesbangpol. */
    private static final Map<String, List<String>> SYNONYMS = Map.ofEntries(
            Map.entry("pemilu", List.of("pemilu", "pemilih", "pemilihan", "pemilihan umum", "partisipasi politik",
                    "pilkada", "pemilihan kepala daerah", "pileg", "pilpres")),
            Map.entry("kerukunan", List.of("kerukunan", "toleransi", "kerukunan umat beragama",
                    "kerukunan antarumat beragama", "kerukunan antar umat beragama", "ikub")),
            Map.entry("konflik", List.of("konflik", "konflik sosial", "bentrokan", "kerusuhan")),
            Map.entry("ormas", List.of("ormas", "organisasi kemasyarakatan")),
            Map.entry("fkdm", List.of("fkdm", "forum kewaspadaan dini masyarakat", "kewaspadaan dini")),
            Map.entry("demokrasi", List.of("demokrasi", "idi")),
            Map.entry("harmoni", List.of("harmoni", "ihai")),
            Map.entry("ikn", List.of("ikn", "kewaspadaan nasional")),
            Map.entry("ikp", List.of("ikp", "kerawanan pemilu", "kerawanan pemilihan")),
            Map.entry("pancasila", List.of("pancasila", "aktualisasi pancasila", "iap")));

    private static final Map<String, String> CANONICAL = SYNONYMS.entrySet().stream()
            .flatMap(e -> e.getValue().stream().map(p -> Map.entry(p, e.getKey())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    // Longest phrase first so "konflik sosial" wins over "konflik" and "kerawanan pemilu" over "pemilu".
    private static final Pattern PHRASES = Pattern.compile("(?<![\\p{L}\\p{N}])(" + CANONICAL.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");

    // The whole row breaks ties so that rows sharing a kode (one per region) still come out in one order.
    private static final Comparator<CatalogueRow> REGIONAL_ORDER = Comparator
            .comparing(CatalogueRow::kode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CatalogueRow::toString);

    private LinkSuggester() {}

    public static List<LinkSuggestion> suggest(List<CatalogueRow> nationalIndicators, List<CatalogueRow> regionalIndicators) {
        try (Analyzer analyzer = new IndonesianAnalyzer(IndonesianAnalyzer.getDefaultStopSet(),
                new CharArraySet(SYNONYMS.keySet(), false))) {
            List<Map<String, Integer>> nationalTerms = nationalIndicators.stream().map(r -> terms(analyzer, r)).toList();
            Map<String, Integer> documentFrequency = new HashMap<>();
            nationalTerms.forEach(t -> t.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum)));
            int n = nationalIndicators.size();
            List<SortedMap<String, Double>> nationalVectors =
                    nationalTerms.stream().map(t -> vector(t, documentFrequency, n)).toList();

            List<LinkSuggestion> out = new ArrayList<>();
            List<CatalogueRow> orphans = regionalIndicators.stream()
                    .filter(r -> r.kodeInduk() == null || r.kodeInduk().isBlank()).sorted(REGIONAL_ORDER).toList();
            for (CatalogueRow regional : orphans) {
                SortedMap<String, Double> query = vector(terms(analyzer, regional), documentFrequency, n);
                List<Candidate> ranked = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    double score = score(cosine(query, nationalVectors.get(i)), nationalIndicators.get(i), regional);
                    if (score >= MIN_SCORE) {
                        ranked.add(new Candidate(nationalIndicators.get(i).kode(), score));
                    }
                }
                ranked.sort(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::kode, Comparator.nullsFirst(Comparator.naturalOrder())));
                for (int rank = 1; rank <= Math.min(MAX_SUGGESTIONS, ranked.size()); rank++) {
                    Candidate c = ranked.get(rank - 1);
                    out.add(new LinkSuggestion(regional.kode(), c.kode(), c.score(), rank));
                }
            }
            return List.copyOf(out);
        }
    }

    private record Candidate(String kode, double score) {}

    /** Rounded before ranking so that the order agrees with the scores a planner sees. */
    private static double score(double text, CatalogueRow national, CatalogueRow regional) {
        if (text <= 0) {
            return 0;
        }
        double unit = Satuan.same(national.satuan(), regional.satuan()) ? 1 : 0;
        double polarity = national.polaritas() != null && national.polaritas() == regional.polaritas() ? 1 : 0;
        double raw = Math.min(1, TEXT_WEIGHT * text + UNIT_WEIGHT * unit + POLARITY_WEIGHT * polarity);
        return BigDecimal.valueOf(raw).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, Integer> terms(Analyzer analyzer, CatalogueRow row) {
        String text = (Objects.toString(row.nama(), "") + " " + Objects.toString(row.definisi(), ""))
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        Matcher m = PHRASES.matcher(text);
        StringBuilder folded = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(folded, CANONICAL.get(m.group(1)));
        }
        m.appendTail(folded);
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream ts = analyzer.tokenStream("text", folded.toString())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** Smoothed IDF keeps a word absent from every national indicator weighted, so it dilutes the match as it should. */
    private static SortedMap<String, Double> vector(Map<String, Integer> counts, Map<String, Integer> df, int n) {
        SortedMap<String, Double> v = new TreeMap<>();
        counts.forEach((term, tf) -> v.put(term, tf * (Math.log((n + 1.0) / (df.getOrDefault(term, 0) + 1.0)) + 1)));
        return v;
    }

    // Sorted maps make the floating-point sums run in one order whatever order the rows came in.
    private static double cosine(SortedMap<String, Double> a, SortedMap<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : Math.min(1, dot / norms);
    }

    private static double norm(SortedMap<String, Double> v) {
        double sum = 0;
        for (double w : v.values()) {
            sum += w * w;
        }
        return Math.sqrt(sum);
    }
}
