package id.matagaruda.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides which features a text yields. A model file records these and refuses to load when the code
 * would extract other features than the ones its weights were learned on (another extractor version, n-gram ranges,
 * stemmer, or an edited slang list).
 *
 * <p>The default is the peer's recipe (scikit-learn {@code TfidfVectorizer}: lower-cased word 1-2-grams of tokens
 * {@code \b\w\w+\b} plus {@code char_wb} 3-5-grams, sublinear tf, smooth idf, each block L2-normalised), with the
 * slang list and the stemmer off by default: standardising slang before the word n-grams lowered macro-F1 on the
 * EmoT tweets (0.700 against 0.711 for the peer's recipe, scikit-learn prototype on the same split), and the char
 * n-grams already share most of what a stemmer would merge.
 *
 * @param extractor version of the extraction code; bumped whenever the same settings would give other features
 * @param slang     version (SHA-256 prefix) of the slang list applied to word tokens, or null when not applied
 * @param stemmer   the stemmer applied to word tokens ("lucene-IndonesianStemmer-&lt;lucene version&gt;"), or null
 */
public record FeatureSettings(String extractor, int wordMin, int wordMax, int charMin, int charMax, String lowercase,
        String tokenPattern, boolean sublinearTf, String idf, String norm, String slang, String stemmer) {

    public static final String EXTRACTOR = "tfidf-word-charwb/1";
    public static final String LOWERCASE = "java.lang.String#toLowerCase(Locale.ROOT) per token";
    public static final String TOKEN_PATTERN = "(?U)\\b\\w\\w+\\b";
    public static final String IDF = "smooth: ln((1+n)/(1+df))+1";
    public static final String NORM = "l2 per block (word, char)";

    public FeatureSettings {
        Objects.requireNonNull(extractor, "extractor");
        if (wordMin < 1 || wordMax < wordMin || wordMax > 4) {
            throw new IllegalArgumentException("rentang n-gram kata tidak valid: " + wordMin + "-" + wordMax);
        }
        if (charMin < 1 || charMax < charMin || charMax > 8) {
            throw new IllegalArgumentException("rentang n-gram karakter tidak valid: " + charMin + "-" + charMax);
        }
    }

    /** The peer's recipe: word 1-2, char_wb 3-5, no slang list, no stemmer. */
    public static FeatureSettings defaults() {
        return new FeatureSettings(EXTRACTOR, 1, 2, 3, 5, LOWERCASE, TOKEN_PATTERN, true, IDF, NORM, null, null);
    }

    /** The same settings with the shipped slang list (its current version) applied to word tokens, or without it. */
    public FeatureSettings withSlang(boolean on) {
        return new FeatureSettings(extractor, wordMin, wordMax, charMin, charMax, lowercase, tokenPattern, sublinearTf,
                idf, norm, on ? slangVersion() : null, stemmer);
    }

    public FeatureSettings withStemmer(boolean on) {
        return new FeatureSettings(extractor, wordMin, wordMax, charMin, charMax, lowercase, tokenPattern, sublinearTf,
                idf, norm, slang, on ? stemmerVersion() : null);
    }

    public FeatureSettings withWordRange(int min, int max) {
        return new FeatureSettings(extractor, min, max, charMin, charMax, lowercase, tokenPattern, sublinearTf, idf,
                norm, slang, stemmer);
    }

    public FeatureSettings withCharRange(int min, int max) {
        return new FeatureSettings(extractor, wordMin, wordMax, min, max, lowercase, tokenPattern, sublinearTf, idf,
                norm, slang, stemmer);
    }

    /**
     * What in these settings this build of the code cannot reproduce, or null when it can: a model is only usable
     * with the extractor, slang list and stemmer it was trained with.
     */
    public String incompatibility() {
        if (!EXTRACTOR.equals(extractor) || !LOWERCASE.equals(lowercase) || !TOKEN_PATTERN.equals(tokenPattern)
                || !sublinearTf || !IDF.equals(idf) || !NORM.equals(norm)) {
            return "ekstraktor fitur " + extractor + " (kode ini: " + EXTRACTOR + ")";
        }
        if (slang != null && !slang.equals(slangVersion())) {
            return "daftar slang versi " + slang + " (terpasang: " + slangVersion() + ")";
        }
        if (stemmer != null && !stemmer.equals(stemmerVersion())) {
            return "stemmer " + stemmer + " (terpasang: " + stemmerVersion() + ")";
        }
        return null;
    }

    /** As stored in model.json. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("extractor", extractor);
        m.put("word_ngram", java.util.List.of(wordMin, wordMax));
        m.put("char_wb_ngram", java.util.List.of(charMin, charMax));
        m.put("lowercase", lowercase);
        m.put("token_pattern", tokenPattern);
        m.put("sublinear_tf", sublinearTf);
        m.put("idf", idf);
        m.put("norm", norm);
        m.put("slang", slang == null ? "off" : slang);
        m.put("stemmer", stemmer == null ? "off" : stemmer);
        m.put("hashing", "none (vocabulary learned from the training rows)");
        return m;
    }

    /** Reads what {@link #toMap} wrote; a missing or malformed key is an error naming it. */
    @SuppressWarnings("unchecked")
    public static FeatureSettings fromMap(Map<String, Object> m) {
        try {
            java.util.List<Number> w = (java.util.List<Number>) m.get("word_ngram");
            java.util.List<Number> c = (java.util.List<Number>) m.get("char_wb_ngram");
            String slang = (String) m.get("slang");
            String stemmer = (String) m.get("stemmer");
            return new FeatureSettings((String) m.get("extractor"), w.get(0).intValue(), w.get(1).intValue(),
                    c.get(0).intValue(), c.get(1).intValue(), (String) m.get("lowercase"),
                    (String) m.get("token_pattern"), Boolean.TRUE.equals(m.get("sublinear_tf")), (String) m.get("idf"),
                    (String) m.get("norm"), "off".equals(slang) ? null : slang,
                    "off".equals(stemmer) ? null : stemmer);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("pengaturan fitur di berkas model tidak lengkap: " + e.getMessage(), e);
        }
    }

    private static volatile String slangVersion;

    /** First 12 hex digits of the SHA-256 of the shipped slang list: any edit gives another version. */
    public static String slangVersion() {
        String v = slangVersion;
        if (v == null) {
            try (InputStream in = FeatureSettings.class.getResourceAsStream("/nlp/slang.tsv")) {
                v = "slang.tsv@" + LabelledFiles.sha256(in.readAllBytes()).substring(0, 12);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            slangVersion = v;
        }
        return v;
    }

    public static String stemmerVersion() {
        return "lucene-IndonesianStemmer-" + org.apache.lucene.util.Version.LATEST;
    }
}
