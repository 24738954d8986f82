package id.matagaruda.geoparse.internal;

import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.ahocorasick.trie.PayloadTrie;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Every name the geoparser knows, built once from the shipped region tables (provinces, kab/kota, kecamatan, the
 * alias table) and the geoparse resources (short, English, historical and foreign names; names that are also ordinary
 * words), compiled into one Aho-Corasick automaton over folded text. Immutable after construction, so thread-safe.
 */
public final class Gazetteer {

    private static final Pattern KABKOTA_PREFIX =
            Pattern.compile("^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) ");
    private static final Pattern DIRECTION =
            Pattern.compile(".*\\b(barat|timur|utara|selatan|tengah|daya|laut|hulu|hilir|kepulauan|pulau)\\b.*");
    /** Kecamatan names too generic to be read without a "kecamatan" cue. */
    private static final Set<String> GENERIC =
            Set.of("kota", "barat", "timur", "utara", "selatan", "tengah", "pusat", "baru", "tanjung", "kampung");

    /** Words that may stand before a name and say what kind of region it is; kept in the vocabulary. */
    static final List<String> CUE_WORDS = List.of("kabupaten", "kab", "pemkab", "bupati", "kota", "kot", "kotamadya",
            "kodya", "pemkot", "walikota", "provinsi", "propinsi", "prov", "prop", "pemprov", "gubernur", "kecamatan",
            "kec", "distrik", "camat", "administrasi", "madya", "of", "city", "regency", "province", "municipality",
            "subdistrict", "desa", "kelurahan", "dusun", "kampung", "jalan", "jl", "gang", "gg", "perumahan", "perum",
            "komplek", "kompleks", "dukuh", "gampong", "nagari", "lingkungan", "dari", "asal");
    /** Abbreviations whose dot does not end a name ("Kep. Seribu", "D.I. Yogyakarta", "Kab. Bogor"). */
    static final List<String> ABBREVIATIONS = List.of("kab", "kec", "kep", "kot", "kel", "prov", "prop", "gn", "d", "i", "jl", "gg");

    private final Map<String, Place> places;
    private final Map<String, Term> terms;
    private final Vocabulary vocabulary;
    private final boolean[] abbreviation;
    private final PayloadTrie<Term> trie;
    private final long buildMillis;

    private Gazetteer(Map<String, Place> places, Map<String, Term> terms, Vocabulary vocabulary, boolean[] abbreviation,
            PayloadTrie<Term> trie, long buildMillis) {
        this.places = places;
        this.terms = terms;
        this.vocabulary = vocabulary;
        this.abbreviation = abbreviation;
        this.trie = trie;
        this.buildMillis = buildMillis;
    }

    public static Gazetteer build(ReferenceRegions regions) {
        long t0 = System.nanoTime();
        Map<String, Place> places = new HashMap<>();
        Map<String, Term> terms = new LinkedHashMap<>();
        Builder b = new Builder(places, terms);

        for (Region p : regions.provinces()) {
            Place place = new Place(p.kode(), p.nama(), Place.Level.PROVINSI, null, p.kode(), false);
            places.put(p.kode(), place);
            b.region(p.nama(), place, Term.Writing.ANY);
        }
        for (String kode : regions.codes()) {
            Region r = regions.find(kode).orElseThrow();
            if (r.level() != RegionLevel.KABKOTA) {
                continue;
            }
            Place place = new Place(r.kode(), r.nama(), Place.Level.KABKOTA, r.kode(), r.parent(), "Kota".equals(r.jenis()));
            places.put(r.kode(), place);
            String bare = KABKOTA_PREFIX.matcher(r.nama()).replaceFirst("");
            for (String variant : spellings(bare)) {
                b.region(variant, place, Term.Writing.ANY);
            }
            String[] words = bare.split(" ");
            if (words.length == 2 && !DIRECTION.matcher(bare.toLowerCase(Locale.ROOT)).matches()) {
                // "Tanjung Pinang" is also written "Tanjungpinang", "Pangkal Pinang" "Pangkalpinang".
                b.region(words[0] + words[1].toLowerCase(Locale.ROOT), place, Term.Writing.ANY);
            }
        }
        for (ReferenceRegions.Alias a : regions.aliases()) {
            Place place = places.get(a.kode());
            if (place != null) {
                b.region(a.alias(), place, acronym(a.alias()) ? Term.Writing.UPPER : Term.Writing.ANY);
            }
        }
        for (CSVRecord r : csv("nama_tambahan.csv")) {
            String jenis = r.get("jenis");
            Term.Writing writing = switch (r.get("huruf")) {
                case "besar" -> Term.Writing.UPPER;
                case "kapital" -> Term.Writing.CAPITALISED;
                default -> Term.Writing.ANY;
            };
            if (jenis.equals("luar_negeri") || jenis.equals("bukan_tempat")) {
                Term t = b.term(r.get("nama"));
                t.kind = jenis.equals("luar_negeri") ? Term.Kind.OUTSIDE : Term.Kind.NOT_A_PLACE;
                t.allowWriting(writing);
                continue;
            }
            Place place = places.get(r.get("kode"));
            if (place == null) {
                throw new IllegalStateException("geoparse/nama_tambahan.csv names unknown code " + r.get("kode"));
            }
            b.region(r.get("nama"), place, writing);
        }
        for (ReferenceRegions.Kecamatan k : regions.kecamatan()) {
            Place kab = places.get(k.kabkota());
            Place place = new Place(k.kode(), k.nama(), Place.Level.KECAMATAN, k.kabkota(), kab.provinsi(), false);
            places.put(k.kode(), place);
            for (String part : k.nama().split("/")) {
                for (String variant : spellings(part.trim())) {
                    b.term(variant).addKecamatan(place);
                }
            }
        }
        for (CSVRecord r : csv("nama_lemah.csv")) {
            Term t = terms.get(Tokens.key(r.get("nama")));
            if (t == null || t.regions.isEmpty()) {
                throw new IllegalStateException("geoparse/nama_lemah.csv names no kab/kota: " + r.get("nama"));
            }
            t.weakness = r.get("tingkat").equals("sangat_lemah") ? Term.Weakness.VERY_WEAK : Term.Weakness.WEAK;
        }
        for (String word : lines("kecamatan_kata_umum.txt")) {
            Term t = terms.get(Tokens.key(word));
            if (t != null) {
                t.kecamatanCommonWord = true;
            }
        }
        for (String word : GENERIC) {
            Term t = terms.get(word);
            if (t != null) {
                t.kecamatanCuedOnly = true;
            }
        }

        terms.remove("");
        Set<String> words = new LinkedHashSet<>();
        for (String key : terms.keySet()) {
            words.addAll(List.of(key.split(" ")));
        }
        words.addAll(CUE_WORDS);
        words.addAll(ABBREVIATIONS);
        Vocabulary vocabulary = new Vocabulary(words);
        boolean[] abbreviation = new boolean[Vocabulary.FIRST_CODE + vocabulary.size()];
        for (String a : ABBREVIATIONS) {
            abbreviation[vocabulary.code(a)] = true;
        }
        PayloadTrie.PayloadTrieBuilder<Term> tb = PayloadTrie.builder();
        for (Term t : terms.values()) {
            StringBuilder encoded = new StringBuilder();
            for (String w : t.keyword.split(" ")) {
                encoded.append(vocabulary.code(w));
            }
            tb.addKeyword(encoded.toString(), t);
        }
        PayloadTrie<Term> trie = tb.build();
        return new Gazetteer(Collections.unmodifiableMap(places), Collections.unmodifiableMap(terms), vocabulary,
                abbreviation, trie, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The text as a string of word codes for the automaton. */
    public Tokens tokens(String text) {
        return Tokens.of(text, vocabulary, abbreviation);
    }

    /** The code of a (lower-case) word, or 0 when no name uses it. */
    char code(String word) {
        return vocabulary.code(word);
    }

    public int wordCount() {
        return vocabulary.size();
    }

    public PayloadTrie<Term> trie() {
        return trie;
    }

    public Term term(String folded) {
        return terms.get(folded);
    }

    public Place place(String kode) {
        return places.get(kode);
    }

    public int keywordCount() {
        return terms.size();
    }

    public int placeCount() {
        return places.size();
    }

    public long buildMillis() {
        return buildMillis;
    }

    public java.util.Collection<Term> terms() {
        return terms.values();
    }

    /** The official spelling and the expansions of the abbreviations the code table uses ("Kep.", "Gn."). */
    private static List<String> spellings(String name) {
        String expanded = name.replace("Kep. ", "Kepulauan ").replace("Gn. ", "Gunung ");
        return expanded.equals(name) ? List.of(name) : List.of(name, expanded);
    }

    private static boolean acronym(String s) {
        return s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static List<CSVRecord> csv(String name) {
        try (Reader in = new InputStreamReader(resource(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read geoparse/" + name, e);
        }
    }

    private static List<String> lines(String name) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            return in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read geoparse/" + name, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream("/geoparse/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing resource geoparse/" + name);
        }
        return in;
    }

    private record Builder(Map<String, Place> places, Map<String, Term> terms) {

        Term term(String name) {
            String key = Tokens.key(name);
            return terms.computeIfAbsent(key, Term::new);
        }

        void region(String name, Place place, Term.Writing writing) {
            Term t = term(name);
            t.addRegion(place);
            t.allowWriting(writing);
        }
    }
}
