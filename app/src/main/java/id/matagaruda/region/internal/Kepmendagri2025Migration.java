package id.matagaruda.region.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the Kepmendagri 300.2.2-2138/2025 code table (91,599 regions) with Dukcapil 2024 population, BIG area and
 * aliases, plus the pre-2022 Papua crosswalk. A migration, so it runs exactly once per database, inside Flyway's
 * transaction: a failed load leaves nothing behind.
 */
@Component
class Kepmendagri2025Migration implements JavaMigration {

    static final String VERSION_ID = "kepmendagri-2025";
    static final String PRE_2022_ID = "pra-pemekaran-papua-2022";
    private static final Logger log = LoggerFactory.getLogger(Kepmendagri2025Migration.class);
    private static final int BATCH = 5_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1.10");
    }

    @Override
    public String getDescription() {
        return "load kepmendagri 2025 region codes";
    }

    @Override
    public Integer getChecksum() {
        return 2025_1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        long start = System.nanoTime();
        Connection c = context.getConnection();
        try (PreparedStatement v = c.prepareStatement(
                "insert into region_code_version (id, nama, sumber, berlaku_mulai, aktif) values (?, ?, ?, ?, ?)")) {
            v.setString(1, VERSION_ID);
            v.setString(2, "Kepmendagri 300.2.2-2138 Tahun 2025");
            v.setString(3, "Kode dan data wilayah administrasi pemerintahan; penduduk Dukcapil Des 2024; luas BIG Des 2024");
            v.setObject(4, java.time.LocalDate.of(2025, 4, 1));
            v.setBoolean(5, true);
            v.addBatch();
            v.setString(1, PRE_2022_ID);
            v.setString(2, "Kode provinsi Papua sebelum pemekaran 2022");
            v.setString(3, "UU 14, 15, 16 dan 29 Tahun 2022");
            v.setObject(4, java.time.LocalDate.of(2003, 1, 1));
            v.setBoolean(5, false);
            v.addBatch();
            v.executeBatch();
        }
        Map<String, long[]> population = population();
        Map<String, BigDecimal> area = area();
        int count = 0;
        try (PreparedStatement ps = c.prepareStatement("""
                insert into region (code_version, kode, nama, nama_cari, level, parent_kode, jenis,
                                    population, population_male, population_female, area_km2)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (CSVRecord r : ReferenceCsv.read("regions/provinsi.csv")) {
                count += add(ps, r.get("kode_prov"), r.get("nama_prov"), "provinsi", null, null, population, area);
            }
            for (CSVRecord r : ReferenceCsv.read("regions/kabkota.csv")) {
                count += add(ps, r.get("kode_kabkota"), r.get("nama_kabkota"), "kabkota", r.get("kode_prov"),
                        r.get("jenis"), population, area);
            }
            for (CSVRecord r : ReferenceCsv.read("regions/kecamatan.csv")) {
                count += add(ps, r.get("kode_kec"), r.get("nama_kec"), "kecamatan", r.get("kode_kabkota"), null,
                        population, area);
                if (count % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            for (CSVRecord r : ReferenceCsv.read("regions/desa_kelurahan.csv")) {
                count += add(ps, r.get("kode_desa"), r.get("nama_desa"), "desa", r.get("kode_kec"), r.get("jenis"),
                        population, area);
                if (count % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        loadAliases(c);
        loadPapuaCrosswalk(c);
        log.info("Loaded {} regions of {} in {} ms", count, VERSION_ID, (System.nanoTime() - start) / 1_000_000);
    }

    private static int add(PreparedStatement ps, String kode, String nama, String level, String parent, String jenis,
            Map<String, long[]> population, Map<String, BigDecimal> area) throws SQLException {
        ps.setString(1, VERSION_ID);
        ps.setString(2, kode);
        ps.setString(3, nama);
        ps.setString(4, ReferenceCsv.searchable(nama));
        ps.setString(5, level);
        ps.setString(6, parent);
        ps.setString(7, jenis);
        long[] p = population.get(kode);
        for (int i = 0; i < 3; i++) {
            if (p == null) {
                ps.setNull(8 + i, Types.BIGINT);
            } else {
                ps.setLong(8 + i, p[i]);
            }
        }
        ps.setBigDecimal(11, area.get(kode));
        ps.addBatch();
        return 1;
    }

    private static Map<String, long[]> population() {
        Map<String, long[]> byCode = new HashMap<>();
        for (CSVRecord r : ReferenceCsv.read("regions/penduduk_2024s2.csv")) {
            byCode.put(r.get("kode"), new long[] {
                Long.parseLong(r.get("total")), Long.parseLong(r.get("pria")), Long.parseLong(r.get("wanita"))});
        }
        return byCode;
    }

    private static Map<String, BigDecimal> area() {
        Map<String, BigDecimal> byCode = new HashMap<>();
        for (CSVRecord r : ReferenceCsv.read("regions/luas_wilayah.csv")) {
            byCode.put(ReferenceCsv.restoreCode(r.get("kode")), new BigDecimal(r.get("luas_km2")));
        }
        return byCode;
    }

    private static void loadAliases(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into region_alias (code_version, kode, alias, alias_cari, jenis, catatan) values (?, ?, ?, ?, ?, ?)""")) {
            for (CSVRecord r : ReferenceCsv.read("regions/alias.csv")) {
                ps.setString(1, VERSION_ID);
                ps.setString(2, r.get("kode"));
                ps.setString(3, r.get("alias"));
                ps.setString(4, ReferenceCsv.searchable(r.get("alias")));
                ps.setString(5, r.get("jenis"));
                ps.setString(6, r.get("catatan").isBlank() ? null : r.get("catatan"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void loadPapuaCrosswalk(Connection c) throws SQLException {
        List<CSVRecord> rows = ReferenceCsv.read("regions/code_map_pra2022.csv");
        try (PreparedStatement ps = c.prepareStatement("""
                insert into region_code_map (from_version, from_kode, to_version, to_kode, catatan) values (?, ?, ?, ?, ?)""")) {
            for (CSVRecord r : rows) {
                ps.setString(1, PRE_2022_ID);
                ps.setString(2, r.get("from_kode"));
                ps.setString(3, VERSION_ID);
                ps.setString(4, r.get("to_kode"));
                ps.setString(5, r.get("catatan"));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
