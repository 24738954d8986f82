package id.matagaruda.geoparse;

import id.matagaruda.geoparse.internal.Gazetteer;
import id.matagaruda.geoparse.internal.Place;
import id.matagaruda.geoparse.internal.Resolver;
import id.matagaruda.geoparse.internal.Term;
import id.matagaruda.geoparse.internal.Tokens;
import id.matagaruda.region.Location;
import id.matagaruda.region.ReferenceBoundaries;
import id.matagaruda.region.ReferenceRegions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place finding and name resolution over the shipped region tables. Thread-safe; build once ({@link #shipped()}).
 *
 * <p>{@link #parse} reads a text the way an analyst would: "Kota Bogor" and "Bupati Bogor" are the kota and the
 * kabupaten, a bare "Bogor" is only Jawa Barat unless another name in the text settles it, a kecamatan counts when its
 * name is unique or its kab/kota or province is named too, and names that are also ordinary words ("batu", "malang")
 * need a capital letter or a co-mentioned parent. Coordinates, when they fall in a kab/kota, decide.
 */
public final class Geoparser {

    private static volatile Geoparser shipped;

    private static final Pattern CODE = Pattern.compile("(\\d{2})(?:\\.?(\\d{2}))?(?:\\.?(\\d{2}))?");
    private static final Pattern PREFIX = Pattern.compile(
            "^(provinsi|propinsi|prov|prop|province of|kabupaten administrasi|kota administrasi|kabupaten|kab"
                    + "|regency of|kotamadya|kodya|kota|city of|kecamatan|kec|distrik) ");
    private static final Pattern SUFFIX =
            Pattern.compile(" (province|provinsi|prov|regency|kabupaten|city|municipality|kota|subdistrict)$");

    /** Size and build cost of the gazetteer, for the benchmark and the report. */
    public record Stats(int keywords, int places, long buildMillis) {}

    private final Gazetteer gazetteer;
    private final Resolver resolver;

    private Geoparser(ReferenceRegions regions) {
        this.gazetteer = Gazetteer.build(regions);
        this.resolver = new Resolver(gazetteer);
    }

    public static Geoparser shipped() {
        Geoparser g = shipped;
        if (g == null) {
            synchronized (Geoparser.class) {
                g = shipped;
                if (g == null) {
                    g = new Geoparser(ReferenceRegions.shipped());
                    shipped = g;
                }
            }
        }
        return g;
    }

    /**
     * The most specific region the text (and the coordinates, when given) supports. Coordinates inside a kab/kota (or
     * just off its simplified coast) decide; at sea or abroad they are ignored and the text decides.
     */
    public GeoResult parse(String text, Double lat, Double lon) {
        String located = null;
        if (lat != null && lon != null) {
            located = ReferenceBoundaries.shipped().locate(lat, lon).map(Location::kabkota).map(r -> r.kode())
                    .orElse(null);
        }
        return resolver.parse(text, located);
    }

    /**
     * A place name as other sources write it: a code ("32", "32.01", "3201"), an official, short, historical or English
     * name, with or without "provinsi"/"province"/"kabupaten"/"regency"/"kota"/"city". A name that fits several
     * kab/kota of one province resolves to the province. Names of places outside today's Indonesia (Timor Timur,
     * Malaysian and Papua New Guinean places) are {@link PlaceName#OUTSIDE}.
     */
    public PlaceName resolveName(String name) {
        if (name == null || name.isBlank()) {
            return PlaceName.UNKNOWN;
        }
        String s = name.strip();
        Matcher code = CODE.matcher(s);
        if (code.matches()) {
            String kode = code.group(1) + (code.group(2) == null ? "" : "." + code.group(2))
                    + (code.group(3) == null ? "" : "." + code.group(3));
            Place p = gazetteer.place(kode);
            return p == null ? PlaceName.UNKNOWN : PlaceName.of(p.resultKode());
        }
        String folded = Tokens.key(s);
        Term whole = gazetteer.term(folded);
        if (whole != null) {
            Optional<PlaceName> r = fromTerm(whole, null);
            if (r.isPresent()) {
                return r.get();
            }
        }
        String hint = null;
        String core = folded;
        Matcher pre = PREFIX.matcher(core);
        if (pre.find()) {
            hint = pre.group(1);
            core = core.substring(pre.end());
        }
        Matcher suf = SUFFIX.matcher(core);
        if (suf.find()) {
            hint = hint == null ? suf.group(1) : hint;
            core = core.substring(0, suf.start());
        }
        Term t = gazetteer.term(core);
        if (t != null) {
            Optional<PlaceName> r = fromTerm(t, hint);
            if (r.isPresent()) {
                return r.get();
            }
        }
        GeoResult parsed = resolver.parse(s, null);
        if (parsed.kodeWilayah() != null) {
            return PlaceName.of(parsed.kodeWilayah());
        }
        for (Resolver.Reading reading : resolver.readAll(s)) {
            if (reading.outside()) {
                return PlaceName.OUTSIDE;
            }
        }
        return PlaceName.UNKNOWN;
    }

    public Stats stats() {
        return new Stats(gazetteer.keywordCount(), gazetteer.placeCount(), gazetteer.buildMillis());
    }

    private Optional<PlaceName> fromTerm(Term t, String hint) {
        if (t.kind() == Term.Kind.OUTSIDE) {
            return Optional.of(PlaceName.OUTSIDE);
        }
        if (t.kind() == Term.Kind.NOT_A_PLACE) {
            return Optional.empty();
        }
        String level = hint == null ? "" : switch (hint) {
            case "provinsi", "propinsi", "prov", "prop", "province", "province of" -> "provinsi";
            case "kabupaten", "kabupaten administrasi", "kab", "regency", "regency of" -> "kabupaten";
            case "kota", "kota administrasi", "kotamadya", "kodya", "city", "city of", "municipality" -> "kota";
            default -> "kecamatan";
        };
        List<Place> provinces = t.regions().stream().filter(p -> p.level() == Place.Level.PROVINSI).toList();
        List<Place> kabkota = t.regions().stream().filter(p -> p.level() == Place.Level.KABKOTA).toList();
        if (level.equals("kabupaten") || level.equals("kota")) {
            List<Place> ofKind = kabkota.stream().filter(p -> p.kota() == level.equals("kota")).toList();
            return common(ofKind.isEmpty() ? kabkota : ofKind);
        }
        if (level.equals("kecamatan")) {
            return common(t.kecamatan());
        }
        if (!provinces.isEmpty()) {
            return common(provinces);
        }
        if (!kabkota.isEmpty()) {
            return common(kabkota);
        }
        return common(t.kecamatan());
    }

    /** The one region all these places lie in: their kab/kota when they share it, else their province. */
    private static Optional<PlaceName> common(List<Place> places) {
        if (places.isEmpty()) {
            return Optional.empty();
        }
        Set<String> kabkota = new LinkedHashSet<>();
        Set<String> provinces = new LinkedHashSet<>();
        for (Place p : places) {
            kabkota.add(p.level() == Place.Level.PROVINSI ? p.kode() : p.kabkota());
            provinces.add(p.provinsi());
        }
        if (kabkota.size() == 1) {
            return Optional.of(PlaceName.of(kabkota.iterator().next()));
        }
        if (provinces.size() == 1) {
            return Optional.of(PlaceName.of(provinces.iterator().next()));
        }
        return Optional.of(PlaceName.UNKNOWN);
    }
}
