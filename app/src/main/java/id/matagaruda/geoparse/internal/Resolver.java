package id.matagaruda.geoparse.internal;

import id.matagaruda.geoparse.GeoResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the gazetteer's names in a text and decides what region the text supports. Readings of a name are narrowed
 * by the other names it appears with (a kab/kota or province named elsewhere in the text); the region with the most
 * support wins, a kab/kota only when it beats every other kab/kota of its province, else the province, else nothing.
 * Stateless apart from the immutable gazetteer: safe to share between threads.
 */
public final class Resolver {

    /** How much a reading counts, by how sure the wording makes it. */
    static final double STRONG = 1.2;
    static final double NAME = 1.0;
    static final double WEAK = 0.8;
    static final double KECAMATAN = 0.8;
    /** The first place a text names is usually where it happens (the dateline, the title): it breaks province ties. */
    static final double FIRST_BONUS = 0.25;
    /** "dari X", "asal X": where people come from, not where the event is; counts for less. */
    static final double ORIGIN_FACTOR = 0.5;
    private static final int MAX_CANDIDATES = 8;
    private static final Comparator<Map.Entry<String, Double>> BY_SCORE =
            Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey());

    enum Cue { NONE, PROVINSI, KABUPATEN, KOTA, KECAMATAN, NOT_A_REGION, ORIGIN }

    enum Need { NONE, SUPPORT, KABKOTA_SUPPORT }

    private static final Map<String, Cue> CUE_WORDS = Map.ofEntries(
            Map.entry("kabupaten", Cue.KABUPATEN), Map.entry("kab", Cue.KABUPATEN), Map.entry("pemkab", Cue.KABUPATEN),
            Map.entry("bupati", Cue.KABUPATEN),
            Map.entry("kota", Cue.KOTA), Map.entry("kot", Cue.KOTA), Map.entry("kotamadya", Cue.KOTA),
            Map.entry("kodya", Cue.KOTA), Map.entry("pemkot", Cue.KOTA), Map.entry("walikota", Cue.KOTA),
            Map.entry("provinsi", Cue.PROVINSI), Map.entry("propinsi", Cue.PROVINSI), Map.entry("prov", Cue.PROVINSI),
            Map.entry("prop", Cue.PROVINSI), Map.entry("pemprov", Cue.PROVINSI), Map.entry("gubernur", Cue.PROVINSI),
            Map.entry("kecamatan", Cue.KECAMATAN), Map.entry("kec", Cue.KECAMATAN), Map.entry("distrik", Cue.KECAMATAN),
            Map.entry("camat", Cue.KECAMATAN),
            // "Desa Sumber Jaya", "Jalan Bandung", "Kampung Bali": a village, street or quarter named after a region.
            Map.entry("desa", Cue.NOT_A_REGION), Map.entry("kelurahan", Cue.NOT_A_REGION),
            Map.entry("dusun", Cue.NOT_A_REGION), Map.entry("kampung", Cue.NOT_A_REGION),
            Map.entry("jalan", Cue.NOT_A_REGION), Map.entry("jl", Cue.NOT_A_REGION), Map.entry("gang", Cue.NOT_A_REGION),
            Map.entry("gg", Cue.NOT_A_REGION), Map.entry("perumahan", Cue.NOT_A_REGION),
            Map.entry("perum", Cue.NOT_A_REGION), Map.entry("komplek", Cue.NOT_A_REGION),
            Map.entry("kompleks", Cue.NOT_A_REGION), Map.entry("dukuh", Cue.NOT_A_REGION),
            Map.entry("gampong", Cue.NOT_A_REGION), Map.entry("nagari", Cue.NOT_A_REGION),
            Map.entry("lingkungan", Cue.NOT_A_REGION), Map.entry("dari", Cue.ORIGIN), Map.entry("asal", Cue.ORIGIN));
    /** Written after the name, as English sources do ("Bogor regency", "Aceh province"). */
    private static final Map<String, Cue> CUE_WORDS_AFTER = Map.of(
            "regency", Cue.KABUPATEN, "city", Cue.KOTA, "municipality", Cue.KOTA, "province", Cue.PROVINSI,
            "subdistrict", Cue.KECAMATAN);
    /** Second words of two-word cues: "Kota Administrasi", "Kota Madya", "City of", "Regency of", "Province of". */
    private static final Map<String, Cue> CUE_PAIRS = Map.of(
            "kota administrasi", Cue.KOTA, "kabupaten administrasi", Cue.KABUPATEN, "kota madya", Cue.KOTA,
            "city of", Cue.KOTA, "regency of", Cue.KABUPATEN, "province of", Cue.PROVINSI);

    private final Gazetteer gazetteer;

    private final Cue[] before;
    private final Cue[] after;
    /** For a code that ends a two-word cue, the code of the word that must precede it, and the cue. */
    private final char[] pairFirst;
    private final Cue[] pairCue;

    public Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        int size = Vocabulary.FIRST_CODE + gazetteer.wordCount();
        before = new Cue[size];
        after = new Cue[size];
        pairFirst = new char[size];
        pairCue = new Cue[size];
        CUE_WORDS.forEach((w, c) -> before[gazetteer.code(w)] = c);
        CUE_WORDS_AFTER.forEach((w, c) -> after[gazetteer.code(w)] = c);
        CUE_PAIRS.forEach((pair, c) -> {
            String[] w = pair.split(" ");
            char second = gazetteer.code(w[1]);
            pairFirst[second] = gazetteer.code(w[0]);
            pairCue[second] = c;
        });
    }

    /** The text's reading; {@code located} (the kab/kota code of the coordinates, or null) decides when present. */
    public GeoResult parse(String text, String located) {
        String t = text == null ? "" : text;
        List<Reading> readings = select(read(t));
        if (readings.isEmpty() && located == null) {
            return GeoResult.NONE;
        }
        List<Reading> places = new ArrayList<>();
        for (Reading r : readings) {
            if (!r.outside && !r.stop) {
                places.add(r);
            }
        }
        narrow(places);
        return decide(t, readings, places, located);
    }

    /** The single-name reading used by name resolution: every sense of the name, with the cue written around it. */
    public List<Reading> readAll(String text) {
        return select(read(text));
    }

    // --- finding -------------------------------------------------------------------------------------------------

    private List<Reading> read(String text) {
        Tokens tokens = gazetteer.tokens(text);
        List<Reading> out = new ArrayList<>();
        gazetteer.trie().parseText(tokens, emit -> {
            Reading r = evaluate(text, tokens, emit.getStart(), emit.getEnd() + 1, emit.getPayload());
            if (r != null) {
                out.add(r);
            }
            return false;
        });
        return out;
    }

    private Reading evaluate(String text, Tokens tokens, int start, int end, Term t) {
        Reading r = evaluateWording(text, tokens, start, end, t);
        if (r != null && !r.outside && !r.stop && origin(tokens, start)) {
            r.weight *= ORIGIN_FACTOR;
        }
        return r;
    }

    /** "dari Bekasi", "asal Kabupaten Malang". */
    private boolean origin(Tokens t, int start) {
        int p = start - 1;
        if (p >= 0 && t.seq[p] != Tokens.BREAK && before[t.seq[p]] != null && before[t.seq[p]] != Cue.ORIGIN
                && before[t.seq[p]] != Cue.NOT_A_REGION) {
            p--;
        }
        return p >= 0 && t.seq[p] != Tokens.BREAK && before[t.seq[p]] == Cue.ORIGIN;
    }

    private Reading evaluateWording(String text, Tokens tokens, int start, int end, Term t) {
        int os = tokens.start[start];
        int oe = tokens.end[end - 1];
        if (t.kind == Term.Kind.NOT_A_PLACE) {
            return Reading.stop(start, end, os, oe);
        }
        if (reduplicated(text, os, tokens.end[start])) {
            return null;
        }
        if (t.kind == Term.Kind.OUTSIDE) {
            return writingOk(text, os, oe, t.writing()) ? Reading.outside(start, end, os, oe) : null;
        }
        Cue cue = cueBefore(tokens, start);
        if (cue == Cue.NOT_A_REGION) {
            return null;
        }
        if (cue == Cue.ORIGIN) {
            cue = Cue.NONE;
        }
        if (cue == Cue.NONE) {
            cue = cueAfter(tokens, end);
        }
        if (cue == Cue.KECAMATAN && !t.kecamatan.isEmpty()) {
            return new Reading(start, end, os, oe, t.kecamatan, KECAMATAN, Need.NONE);
        }
        if (!t.regions.isEmpty()) {
            if (cue == Cue.PROVINSI) {
                List<Place> provinces = filter(t.regions, Place.Level.PROVINSI);
                if (!provinces.isEmpty()) {
                    return new Reading(start, end, os, oe, provinces, STRONG, Need.NONE);
                }
            }
            if (cue == Cue.KABUPATEN || cue == Cue.KOTA) {
                List<Place> kabkota = filter(t.regions, Place.Level.KABKOTA);
                if (!kabkota.isEmpty()) {
                    List<Place> ofKind = new ArrayList<>(kabkota.size());
                    for (Place p : kabkota) {
                        if (p.kota() == (cue == Cue.KOTA)) {
                            ofKind.add(p);
                        }
                    }
                    // "kota Pati" is the town of the kabupaten when no Kota Pati exists.
                    return new Reading(start, end, os, oe, ofKind.isEmpty() ? kabkota : ofKind, STRONG, Need.NONE);
                }
            }
            if (!writingOk(text, os, oe, t.writing())) {
                return null;
            }
            switch (t.weakness) {
                case NONE:
                    return new Reading(start, end, os, oe, t.regions, NAME, Need.NONE);
                case WEAK:
                    if (!capitalised(text, os, oe)) {
                        return null;
                    }
                    boolean standsAlone = !sentenceStart(text, os) || allCaps(text, os, oe);
                    return new Reading(start, end, os, oe, t.regions, WEAK, standsAlone ? Need.NONE : Need.SUPPORT);
                default:
                    return capitalised(text, os, oe) ? new Reading(start, end, os, oe, t.regions, WEAK, Need.SUPPORT) : null;
            }
        }
        if (!t.kecamatan.isEmpty() && !t.kecamatanCuedOnly && capitalised(text, os, oe)) {
            return new Reading(start, end, os, oe, t.kecamatan, KECAMATAN,
                    t.kecamatanCommonWord ? Need.KABKOTA_SUPPORT : Need.NONE);
        }
        return null;
    }

    /** Longest names first, then leftmost: "Bandung Barat" is never also read as "Bandung". */
    private static List<Reading> select(List<Reading> found) {
        if (found.size() <= 1) {
            return found;
        }
        found.sort(Comparator.comparingInt((Reading r) -> r.end - r.start).reversed().thenComparingInt(r -> r.start));
        List<Reading> kept = new ArrayList<>(found.size());
        for (Reading r : found) {
            boolean overlaps = false;
            for (Reading k : kept) {
                if (r.start < k.end && k.start < r.end) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(r);
            }
        }
        kept.sort(Comparator.comparingInt(r -> r.start));
        return kept;
    }

    // --- narrowing by co-mentions --------------------------------------------------------------------------------

    private static void narrow(List<Reading> places) {
        for (Reading r : places) {
            r.current = r.senses;
            r.accepted = r.need == Need.NONE;
        }
        if (places.size() < 2) {
            return;
        }
        boolean settled = true;
        for (Reading r : places) {
            settled &= r.senses.size() == 1 && r.need == Need.NONE;
        }
        if (settled) {
            return;
        }
        for (int round = 0; round < 4; round++) {
            boolean changed = false;
            for (Reading r : places) {
                Set<String> provinces = new HashSet<>();
                Set<String> kabkota = new HashSet<>();
                for (Reading q : places) {
                    if (q != r && q.accepted) {
                        q.contributeContext(provinces, kabkota);
                    }
                }
                List<Place> byKabkota = new ArrayList<>(1);
                List<Place> byProvince = new ArrayList<>(1);
                for (Place p : r.senses) {
                    boolean inKabkota = p.kabkota() != null && kabkota.contains(p.kabkota());
                    if (inKabkota) {
                        byKabkota.add(p);
                    }
                    if (inKabkota || provinces.contains(p.provinsi())) {
                        byProvince.add(p);
                    }
                }
                List<Place> current;
                boolean accepted;
                switch (r.need) {
                    case NONE -> {
                        current = !byKabkota.isEmpty() ? byKabkota : !byProvince.isEmpty() ? byProvince : r.senses;
                        accepted = true;
                    }
                    case SUPPORT -> {
                        current = !byKabkota.isEmpty() ? byKabkota : byProvince;
                        accepted = !current.isEmpty();
                    }
                    default -> {
                        current = byKabkota;
                        accepted = !current.isEmpty();
                    }
                }
                if (accepted != r.accepted || !current.equals(r.current)) {
                    changed = true;
                    r.accepted = accepted;
                    r.current = accepted ? current : r.senses;
                }
            }
            if (!changed) {
                break;
            }
        }
    }

    // --- deciding ------------------------------------------------------------------------------------------------

    private GeoResult decide(String text, List<Reading> readings, List<Reading> places, String located) {
        Map<String, Double> provinceScore = new HashMap<>();
        Map<String, Double> kabkotaScore = new HashMap<>();
        double total = 0;
        boolean first = true;
        for (Reading r : places) {
            if (!r.accepted) {
                continue;
            }
            double w = r.weight + (first ? FIRST_BONUS : 0);
            first = false;
            total += w;
            if (r.current.size() == 1) {
                Place p = r.current.get(0);
                provinceScore.merge(p.provinsi(), w, Double::sum);
                if (p.level() != Place.Level.PROVINSI) {
                    kabkotaScore.merge(p.kabkota(), r.weight, Double::sum);
                }
                continue;
            }
            Set<String> provinces = new HashSet<>();
            Set<String> kabkota = new HashSet<>();
            boolean provinceLevel = false;
            for (Place p : r.current) {
                provinces.add(p.provinsi());
                if (p.level() == Place.Level.PROVINSI) {
                    provinceLevel = true;
                } else {
                    kabkota.add(p.kabkota());
                }
            }
            for (String p : provinces) {
                provinceScore.merge(p, w / provinces.size(), Double::sum);
            }
            if (!provinceLevel) {
                for (String k : kabkota) {
                    kabkotaScore.merge(k, r.weight / kabkota.size(), Double::sum);
                }
            }
        }

        String chosen = located != null ? located : choose(provinceScore, kabkotaScore);

        List<GeoResult.Candidate> candidates = new ArrayList<>();
        if (located != null) {
            candidates.add(candidate(located, 1.0));
        }
        List<Map.Entry<String, Double>> scored = new ArrayList<>(kabkotaScore.entrySet());
        scored.addAll(provinceScore.entrySet());
        final double sum = total;
        scored.sort(BY_SCORE);
        for (int i = 0; i < scored.size(); i++) {
            if (scored.get(i).getKey().equals(chosen)) {
                scored.add(0, scored.remove(i));
                break;
            }
        }
        for (Map.Entry<String, Double> e : scored) {
            if (candidates.size() >= MAX_CANDIDATES) {
                break;
            }
            if (located != null && e.getKey().equals(located)) {
                continue;
            }
            candidates.add(candidate(e.getKey(), Math.min(1.0, e.getValue() / sum)));
        }

        List<GeoResult.Mention> mentions = new ArrayList<>();
        for (Reading r : readings) {
            if (r.stop || (!r.outside && !r.accepted)) {
                continue;
            }
            mentions.add(new GeoResult.Mention(r.originStart, r.originEnd, text.substring(r.originStart, r.originEnd),
                    r.outside ? null : r.mentionKode(chosen)));
        }
        if (chosen == null && candidates.isEmpty() && mentions.isEmpty()) {
            return GeoResult.NONE;
        }
        return new GeoResult(chosen, List.copyOf(candidates), List.copyOf(mentions));
    }

    /** The best-supported province; inside it, its best kab/kota when that one is ahead of all the others. */
    private static String choose(Map<String, Double> provinceScore, Map<String, Double> kabkotaScore) {
        String best = null;
        double bestScore = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : provinceScore.entrySet()) {
            double s = e.getValue();
            if (s > bestScore + 1e-9) {
                second = bestScore;
                best = e.getKey();
                bestScore = s;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null || bestScore - second < 1e-9) {
            return null;
        }
        String bestKab = null;
        double kabScore = 0;
        double kabSecond = 0;
        for (Map.Entry<String, Double> e : kabkotaScore.entrySet()) {
            if (!e.getKey().startsWith(best + ".")) {
                continue;
            }
            double s = e.getValue();
            if (s > kabScore + 1e-9) {
                kabSecond = kabScore;
                bestKab = e.getKey();
                kabScore = s;
            } else if (s > kabSecond) {
                kabSecond = s;
            }
        }
        return bestKab != null && kabScore - kabSecond > 1e-9 ? bestKab : best;
    }

    private GeoResult.Candidate candidate(String kode, double score) {
        Place p = gazetteer.place(kode);
        return new GeoResult.Candidate(kode, p == null ? kode : p.nama(), Math.round(score * 1000) / 1000.0);
    }

    // --- wording -------------------------------------------------------------------------------------------------

    private Cue cueBefore(Tokens t, int start) {
        if (start == 0) {
            return Cue.NONE;
        }
        char prev = t.seq[start - 1];
        if (prev == Tokens.BREAK) {
            return Cue.NONE;
        }
        if (before[prev] != null) {
            return before[prev];
        }
        if (pairCue[prev] != null && start >= 2 && t.seq[start - 2] == pairFirst[prev]) {
            return pairCue[prev];
        }
        return Cue.NONE;
    }

    private Cue cueAfter(Tokens t, int end) {
        if (end >= t.length) {
            return Cue.NONE;
        }
        Cue c = after[t.seq[end]];
        return c == null ? Cue.NONE : c;
    }

    /** The second half of a reduplicated word ("mengada-ngada" does not name Ngada). */
    static boolean reduplicated(String text, int os, int firstWordEnd) {
        if (os < 2 || text.charAt(os - 1) != '-' || !Character.isLetter(text.charAt(os - 2))) {
            return false;
        }
        int len = firstWordEnd - os;
        int before = os - 1;
        if (before - len < 0) {
            return false;
        }
        return text.regionMatches(true, before - len, text, os, len);
    }

    private static boolean writingOk(String text, int os, int oe, Term.Writing w) {
        return switch (w) {
            case ANY -> true;
            case CAPITALISED -> capitalised(text, os, oe);
            case UPPER -> allCaps(text, os, oe);
        };
    }

    /** The first and the last word start with a capital ("Pangkajene dan Kepulauan" counts). */
    static boolean capitalised(String text, int os, int oe) {
        if (!Character.isUpperCase(text.charAt(os))) {
            return false;
        }
        int i = oe - 1;
        while (i > os && Character.isLetterOrDigit(text.charAt(i - 1)) || i > os && text.charAt(i - 1) == '\'') {
            i--;
        }
        return Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i));
    }

    static boolean allCaps(String text, int os, int oe) {
        int letters = 0;
        for (int i = os; i < oe; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Nothing but a sentence end, a line break, an opening quote or a dateline dash before the word. */
    static boolean sentenceStart(String text, int os) {
        int i = os - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(') {
                i--;
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '-' || c == '\u2013' || c == '\u2014';
        }
        return true;
    }

    private static List<Place> filter(List<Place> places, Place.Level level) {
        List<Place> out = new ArrayList<>(places.size());
        for (Place p : places) {
            if (p.level() == level) {
                out.add(p);
            }
        }
        return out;
    }

    /** One name found in the text and what it may name. */
    public static final class Reading {
        final int start;
        final int end;
        final int originStart;
        final int originEnd;
        final List<Place> senses;
        double weight;
        final Need need;
        final boolean outside;
        final boolean stop;
        List<Place> current;
        boolean accepted;

        Reading(int start, int end, int os, int oe, List<Place> senses, double weight, Need need) {
            this(start, end, os, oe, senses, weight, need, false, false);
        }

        private Reading(int start, int end, int os, int oe, List<Place> senses, double weight, Need need,
                boolean outside, boolean stop) {
            this.start = start;
            this.end = end;
            this.originStart = os;
            this.originEnd = oe;
            this.senses = senses;
            this.weight = weight;
            this.need = need;
            this.outside = outside;
            this.stop = stop;
            this.current = senses;
        }

        static Reading outside(int start, int end, int os, int oe) {
            return new Reading(start, end, os, oe, List.of(), 0, Need.NONE, true, false);
        }

        static Reading stop(int start, int end, int os, int oe) {
            return new Reading(start, end, os, oe, List.of(), 0, Need.NONE, false, true);
        }

        public boolean outside() {
            return outside;
        }

        public boolean notAPlace() {
            return stop;
        }

        public List<Place> senses() {
            return senses;
        }

        public int length() {
            return originEnd - originStart;
        }

        public int originStart() {
            return originStart;
        }

        public int originEnd() {
            return originEnd;
        }

        void contributeContext(Set<String> provinces, Set<String> kabkota) {
            String province = null;
            String kab = null;
            boolean oneProvince = true;
            boolean oneKab = true;
            for (Place p : current) {
                if (province == null) {
                    province = p.provinsi();
                } else if (!province.equals(p.provinsi())) {
                    oneProvince = false;
                }
                if (kab == null && p.kabkota() != null && oneKab) {
                    kab = p.kabkota();
                } else if (p.kabkota() == null || !p.kabkota().equals(kab)) {
                    oneKab = false;
                }
            }
            if (province != null && oneProvince) {
                provinces.add(province);
            }
            if (kab != null && oneKab) {
                kabkota.add(kab);
            }
        }

        String mentionKode(String chosen) {
            if (current.size() == 1) {
                return current.get(0).kode();
            }
            String found = null;
            for (Place p : current) {
                if (chosen != null && p.resultKode().equals(chosen)) {
                    if (found != null) {
                        return null;
                    }
                    found = p.kode();
                }
            }
            return found;
        }
    }
}
