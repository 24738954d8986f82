package id.matagaruda.region.internal;

import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The active code version held in memory. Region codes change only through a migration (and so a restart), and every
 * page, API call and geoparse asks for them, so one immutable snapshot (about 20 MB for 91,599 regions) is read once.
 */
@Component
public class RegionDirectory {

    private final JdbcClient jdbc;
    private final String codeVersion;
    private volatile Snapshot snapshot;

    RegionDirectory(JdbcClient jdbc, @Value("${matagaruda.region.code-version}") String codeVersion) {
        this.jdbc = jdbc;
        this.codeVersion = codeVersion;
    }

    public String codeVersion() {
        return codeVersion;
    }

    public Optional<Region> find(String kode) {
        return Optional.ofNullable(snapshot().byCode.get(kode));
    }

    public List<Region> byLevel(RegionLevel level) {
        return snapshot().byLevel.getOrDefault(level, List.of());
    }

    public List<Region> children(String kode) {
        return snapshot().children.getOrDefault(kode, List.of());
    }

    public Map<String, List<String>> aliases() {
        return snapshot().aliases;
    }

    public Region nation() {
        return snapshot().nation;
    }

    /** Case-insensitive substring search over names and aliases; best matches first. */
    public List<Region> search(String query, RegionLevel level, int limit) {
        String q = ReferenceCsv.searchable(query);
        if (q.isEmpty()) {
            return List.of();
        }
        Snapshot s = snapshot();
        Map<String, Integer> scored = new HashMap<>();
        for (Region r : s.all) {
            if (level != null && r.level() != level) {
                continue;
            }
            int score = score(s.searchNames.get(r.kode()), q);
            for (String alias : s.aliasSearch.getOrDefault(r.kode(), List.of())) {
                score = Math.min(score, score(alias, q));
            }
            if (score < Integer.MAX_VALUE) {
                scored.put(r.kode(), score);
            }
        }
        return scored.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> s.byCode.get(e.getKey()).level())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> s.byCode.get(e.getKey()))
                .toList();
    }

    // 0: the whole name (with or without its "Kabupaten"/"Kota" word), 1: a word starts with it, 2: contains it.
    // Ties go to the higher level, so "bandung" lists Kota and Kabupaten Bandung before desa named Bandung.
    private static int score(String name, String q) {
        if (name.equals(q) || name.equals("kabupaten " + q) || name.equals("kota " + q)) {
            return 0;
        }
        if (name.startsWith(q) || name.contains(" " + q)) {
            return 1;
        }
        return name.contains(q) ? 2 : Integer.MAX_VALUE;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        List<Region> all = jdbc.sql("""
                        select kode, nama, level, parent_kode, jenis, population, area_km2
                        from region where code_version = :v order by kode""")
                .param("v", codeVersion)
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2),
                        RegionLevel.fromCode(rs.getString(3)).orElseThrow(), rs.getString(4), rs.getString(5),
                        (Long) rs.getObject(6, Long.class), rs.getBigDecimal(7)))
                .list();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        Map<String, List<String>> aliasSearch = new HashMap<>();
        jdbc.sql("select kode, alias, alias_cari from region_alias where code_version = :v order by id")
                .param("v", codeVersion)
                .query(rs -> {
                    aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    aliasSearch.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
                });
        return new Snapshot(all, aliases, aliasSearch);
    }

    private static final class Snapshot {
        final List<Region> all;
        final Map<String, Region> byCode = new HashMap<>();
        final Map<String, String> searchNames = new HashMap<>();
        final Map<RegionLevel, List<Region>> byLevel = new EnumMap<>(RegionLevel.class);
        final Map<String, List<Region>> children = new HashMap<>();
        final Map<String, List<String>> aliases;
        final Map<String, List<String>> aliasSearch;
        final Region nation;

        Snapshot(List<Region> all, Map<String, List<String>> aliases, Map<String, List<String>> aliasSearch) {
            this.all = List.copyOf(all);
            this.aliases = Collections.unmodifiableMap(aliases);
            this.aliasSearch = aliasSearch;
            long population = 0;
            java.math.BigDecimal area = java.math.BigDecimal.ZERO;
            for (Region r : all) {
                byCode.put(r.kode(), r);
                searchNames.put(r.kode(), ReferenceCsv.searchable(r.nama()));
                byLevel.computeIfAbsent(r.level(), l -> new ArrayList<>()).add(r);
                children.computeIfAbsent(r.parent() == null ? "00" : r.parent(), k -> new ArrayList<>()).add(r);
                if (r.level() == RegionLevel.PROVINSI) {
                    population += r.population() == null ? 0 : r.population();
                    area = r.areaKm2() == null ? area : area.add(r.areaKm2());
                }
            }
            byLevel.replaceAll((l, list) -> List.copyOf(list));
            children.replaceAll((k, list) -> List.copyOf(list));
            nation = new Region("00", "Indonesia", RegionLevel.NASIONAL, null, null, population, area);
            byCode.put("00", nation);
        }
    }
}
