package id.matagaruda.geoparse;

import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Place finding and name resolution over the shipped region tables. Thread-safe; build once ({@link #shipped()}).
 * PROVISIONAL skeleton: exact names only. The geoparsing work replaces the bodies, keeping these signatures.
 */
public final class Geoparser {

    private static volatile Geoparser shipped;

    private final Map<String, String> byName = new HashMap<>();

    private Geoparser(ReferenceRegions regions) {
        for (String kode : regions.codes()) {
            Region r = regions.find(kode).orElseThrow();
            byName.put(r.nama().toLowerCase(Locale.ROOT), kode);
        }
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

    /** The most specific region the text (and the coordinates, when given) supports. */
    public GeoResult parse(String text, Double lat, Double lon) {
        return GeoResult.NONE;
    }

    /** A place name as other sources write it: a code, an official, short, historical or English name. */
    public PlaceName resolveName(String name) {
        if (name == null || name.isBlank()) {
            return PlaceName.UNKNOWN;
        }
        String kode = byName.get(name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+province$", ""));
        return kode == null ? PlaceName.UNKNOWN : PlaceName.of(kode);
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
