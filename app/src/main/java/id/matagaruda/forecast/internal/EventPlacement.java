package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.ConflictEvent;
import id.matagaruda.forecast.EventCounts;
import id.matagaruda.forecast.RiskSettings.Granularity;
import id.matagaruda.forecast.RiskSettings.Level;
import id.matagaruda.geoparse.GeoResult;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.geoparse.PlaceName;
import id.matagaruda.region.ReferenceRegions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Puts events on a region of the chosen level and a period. A kab/kota event rolls up to its province for the province
 * level; an event known only by its province cannot be used at kab/kota level and is counted as such, never spread.
 */
public final class EventPlacement {

    /** An event placed on a region code of the level and a period number. */
    public record Placed(String kode, int period, String kategori, double korban, String id, String judul) {}

    public record Result(List<Placed> placed, EventCounts counts) {}

    static final String EMPTY_NAME = "(kosong)";

    private EventPlacement() {
    }

    public static Result place(List<ConflictEvent> events, Level level, Granularity g, Set<String> categories) {
        return place(events, level, g, categories, Geoparser.shipped(), ReferenceRegions.shipped());
    }

    public static Result place(List<ConflictEvent> events, Level level, Granularity g, Set<String> categories,
            Geoparser geo, ReferenceRegions regions) {
        Map<String, PlaceName> names = new HashMap<>();
        Map<String, Integer> unresolvedNames = new TreeMap<>();
        List<Placed> placed = new ArrayList<>(events.size());
        int outside = 0;
        int unresolved = 0;
        int provinceOnly = 0;
        int tooCoarse = 0;
        int otherCategory = 0;
        for (ConflictEvent e : events) {
            if (!categories.isEmpty() && (e.kategori() == null || !categories.contains(e.kategori()))) {
                otherCategory++;
                continue;
            }
            String kode;
            String wilayah = e.wilayah() == null ? "" : e.wilayah().trim();
            if (!wilayah.isEmpty()) {
                PlaceName p = names.computeIfAbsent(wilayah, w -> resolve(w, geo, regions));
                if (p.status() == PlaceName.Status.LUAR_INDONESIA) {
                    outside++;
                    continue;
                }
                if (p.status() != PlaceName.Status.WILAYAH || p.kode() == null) {
                    unresolved++;
                    unresolvedNames.merge(wilayah, 1, Integer::sum);
                    continue;
                }
                kode = p.kode();
            } else if (e.lintang() != null && e.bujur() != null) {
                GeoResult r = geo.parse("", e.lintang(), e.bujur());
                if (r == null || r.kodeWilayah() == null) {
                    // a coordinate on no Indonesian region (within the coast tolerance) lies outside the country
                    outside++;
                    continue;
                }
                kode = r.kodeWilayah();
            } else {
                unresolved++;
                unresolvedNames.merge(EMPTY_NAME, 1, Integer::sum);
                continue;
            }
            Integer period = Periods.of(e.tanggal(), g);
            if (period == null) {
                tooCoarse++;
                continue;
            }
            String atLevel;
            if (level == Level.PROVINSI) {
                atLevel = kode.substring(0, 2);
            } else if (kode.length() >= 5) {
                atLevel = kode.substring(0, 5);
            } else {
                provinceOnly++;
                continue;
            }
            if (regions.find(atLevel).isEmpty()) {
                unresolved++;
                unresolvedNames.merge(wilayah.isEmpty() ? kode : wilayah, 1, Integer::sum);
                continue;
            }
            placed.add(new Placed(atLevel, period, e.kategori(), e.korban(), e.id(), e.judul()));
        }
        List<String> listed = unresolvedNames.entrySet().stream()
                .map(en -> en.getValue() == 1 ? en.getKey() : en.getKey() + " (" + en.getValue() + ")").toList();
        return new Result(placed, new EventCounts(placed.size(), outside, unresolved, provinceOnly, tooCoarse,
                otherCategory, listed));
    }

    private static PlaceName resolve(String wilayah, Geoparser geo, ReferenceRegions regions) {
        if (wilayah.matches("\\d{2}(\\.\\d{2}){0,2}(\\.\\d{4})?")) {
            String k = wilayah.length() > 5 ? wilayah.substring(0, 5) : wilayah;
            return regions.find(k).isPresent() ? PlaceName.of(k) : PlaceName.UNKNOWN;
        }
        PlaceName p = geo.resolveName(wilayah);
        return p == null ? PlaceName.UNKNOWN : p;
    }
}
