package id.matagaruda.region;

import id.matagaruda.region.internal.ReferenceCsv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The provinces and kab/kota of Kepmendagri 2025 with population and area, read from the files shipped in the jar:
 * for tools that work on files alone, without a database (e.g. {@code ./matagaruda sync check}).
 */
public final class ReferenceRegions {

    private static volatile ReferenceRegions shipped;

    private final Map<String, Region> byCode;
    private final List<Region> provinces;
    private volatile Lists lists;

    /** A kecamatan of the shipped code table (read on first use; about 7,300 rows). */
    public record Kecamatan(String kode, String nama, String kabkota) {

        public String provinsi() {
            return kode.substring(0, 2);
        }
    }

    /** Another name of a region: {@code jenis} is singkatan, ejaan_lain or nama_lama (then {@code catatan} says when). */
    public record Alias(String kode, String alias, String jenis, String catatan) {}

    /** A province code before the 2022 Papua divisions and a code its area belongs to now (one row per successor). */
    public record CodeChange(String fromKode, String toKode, String catatan) {}

    private record Lists(List<Kecamatan> kecamatan, List<Alias> aliases, List<CodeChange> codeChanges) {}

    private ReferenceRegions(Map<String, Region> byCode, List<Region> provinces) {
        this.byCode = byCode;
        this.provinces = provinces;
    }

    public static ReferenceRegions shipped() {
        ReferenceRegions r = shipped;
        if (r == null) {
            synchronized (ReferenceRegions.class) {
                r = shipped;
                if (r == null) {
                    r = load();
                    shipped = r;
                }
            }
        }
        return r;
    }

    /** A province or kab/kota by code. */
    public Optional<Region> find(String kode) {
        return Optional.ofNullable(kode == null ? null : byCode.get(kode.trim()));
    }

    public List<Region> provinces() {
        return provinces;
    }

    public List<String> codes() {
        return byCode.keySet().stream().sorted().toList();
    }

    public List<Kecamatan> kecamatan() {
        return lists().kecamatan();
    }

    public List<Alias> aliases() {
        return lists().aliases();
    }

    public List<CodeChange> pre2022CodeMap() {
        return lists().codeChanges();
    }

    private Lists lists() {
        Lists l = lists;
        if (l == null) {
            synchronized (this) {
                l = lists;
                if (l == null) {
                    List<Kecamatan> kecamatan = new ArrayList<>();
                    for (CSVRecord r : ReferenceCsv.read("regions/kecamatan.csv")) {
                        kecamatan.add(new Kecamatan(r.get("kode_kec"), r.get("nama_kec"), r.get("kode_kabkota")));
                    }
                    List<Alias> aliases = new ArrayList<>();
                    for (CSVRecord r : ReferenceCsv.read("regions/alias.csv")) {
                        aliases.add(new Alias(r.get("kode"), r.get("alias"), r.get("jenis"), r.get("catatan")));
                    }
                    List<CodeChange> changes = new ArrayList<>();
                    for (CSVRecord r : ReferenceCsv.read("regions/code_map_pra2022.csv")) {
                        changes.add(new CodeChange(r.get("from_kode"), r.get("to_kode"), r.get("catatan")));
                    }
                    l = new Lists(List.copyOf(kecamatan), List.copyOf(aliases), List.copyOf(changes));
                    lists = l;
                }
            }
        }
        return l;
    }

    private static ReferenceRegions load() {
        Map<String, Long> population = new HashMap<>();
        for (CSVRecord r : ReferenceCsv.read("regions/penduduk_2024s2.csv")) {
            population.put(r.get("kode"), Long.parseLong(r.get("total")));
        }
        Map<String, BigDecimal> area = new HashMap<>();
        for (CSVRecord r : ReferenceCsv.read("regions/luas_wilayah.csv")) {
            area.put(ReferenceCsv.restoreCode(r.get("kode")), new BigDecimal(r.get("luas_km2")));
        }
        Map<String, Region> byCode = new HashMap<>();
        List<Region> provinces = new ArrayList<>();
        for (CSVRecord r : ReferenceCsv.read("regions/provinsi.csv")) {
            String k = r.get("kode_prov");
            Region region = new Region(k, r.get("nama_prov"), RegionLevel.PROVINSI, null, null, population.get(k), area.get(k));
            byCode.put(k, region);
            provinces.add(region);
        }
        for (CSVRecord r : ReferenceCsv.read("regions/kabkota.csv")) {
            String k = r.get("kode_kabkota");
            byCode.put(k, new Region(k, r.get("nama_kabkota"), RegionLevel.KABKOTA, r.get("kode_prov"), r.get("jenis"),
                    population.get(k), area.get(k)));
        }
        return new ReferenceRegions(Collections.unmodifiableMap(byCode), List.copyOf(provinces));
    }
}
