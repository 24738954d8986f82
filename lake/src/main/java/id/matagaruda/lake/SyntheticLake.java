package id.matagaruda.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Writes a lake of synthetic events with DuckDB SQL, for the engines' equality test and the aggregation benchmark: the
 * layout and columns of {@link LakeLayout}, months 2023-01 to 2025-12, regions drawn in proportion to their population,
 * 13 categories with a skewed mix, some events without region (4%), with only a province (10%) or without category (3%),
 * several files per month. Every value is a hash of (seed, row, field), so a seed gives the same lake on any machine
 * and any number of threads.
 */
public final class SyntheticLake {

    /** A kab/kota to draw events for; {@code penduduk} null leaves it out of the population file. */
    public record Region(String kodeKabkota, String kodeProvinsi, Long penduduk) {
    }

    /** The categories of the classifier with the share of events (percent) each gets here. */
    public static final Map<String, Integer> CATEGORY_SHARE = categoryShare();

    /** Name of the file at the lake root recording how it was generated (hidden from the engines by its underscore). */
    public static final String MARKER = "_sintetis.txt";

    private static final String FIRST_DAY = "2023-01-01";
    private static final int DAYS = 1096;
    private static final int REGION_SLOTS = 20_000;

    private SyntheticLake() {
    }

    /** Writes {@code events} events in as many files per month as {@code batches} into an empty or missing directory. */
    public static void write(Path lake, long events, long seed, List<Region> regions, int batches) {
        if (!LakeLayout.eventFiles(lake).isEmpty()) {
            throw new IllegalStateException("danau data sudah berisi peristiwa / the lake already holds events: " + lake);
        }
        try {
            Files.createDirectories(LakeLayout.population(lake).getParent());
            Files.createDirectories(LakeLayout.events(lake));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE wilayah (kode_kabkota VARCHAR, kode_provinsi VARCHAR, penduduk BIGINT, n BIGINT)");
            double total = regions.stream().mapToDouble(r -> weight(r)).sum();
            s.execute("INSERT INTO wilayah VALUES " + regions.stream()
                    .map(r -> "(" + literal(r.kodeKabkota()) + ", " + literal(r.kodeProvinsi()) + ", " + r.penduduk() + ", "
                            + Math.max(1, Math.round(weight(r) / total * REGION_SLOTS)) + ")")
                    .collect(Collectors.joining(", ")));
            s.execute("CREATE TEMP TABLE slot_wilayah AS SELECT row_number() OVER (ORDER BY kode_kabkota, k) - 1 AS slot,"
                    + " kode_kabkota, kode_provinsi FROM (SELECT kode_kabkota, kode_provinsi, unnest(range(n)) AS k FROM wilayah)");
            List<String> categorySlots = new ArrayList<>();
            CATEGORY_SHARE.forEach((k, share) -> {
                for (int i = 0; i < share; i++) {
                    categorySlots.add("(" + categorySlots.size() + ", " + literal(k) + ")");
                }
            });
            s.execute("CREATE TEMP TABLE slot_kategori (slot BIGINT, kategori VARCHAR)");
            s.execute("INSERT INTO slot_kategori VALUES " + String.join(", ", categorySlots));
            long slots;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM slot_wilayah")) {
                rs.next();
                slots = rs.getLong(1);
            }
            for (int b = 0; b < batches; b++) {
                long from = events * b / batches;
                long to = events * (b + 1) / batches;
                s.execute("COPY (" + eventsSql(from, to, seed, slots, categorySlots.size()) + ") TO "
                        + literal(LakeLayout.events(lake).toAbsolutePath().toString())
                        + " (FORMAT PARQUET, PARTITION_BY (" + LakeLayout.PARTITION + "), FILENAME_PATTERN 'part-" + b
                        + "-{i}', OVERWRITE_OR_IGNORE true)");
            }
            s.execute("COPY (SELECT kode_kabkota AS kode_wilayah, penduduk FROM wilayah WHERE penduduk IS NOT NULL"
                    + " UNION ALL SELECT kode_provinsi, CAST(sum(penduduk) AS BIGINT) FROM wilayah WHERE penduduk IS NOT NULL"
                    + " GROUP BY kode_provinsi ORDER BY 1) TO "
                    + literal(LakeLayout.population(lake).toAbsolutePath().toString()) + " (FORMAT PARQUET)");
            Files.writeString(lake.resolve(MARKER), description(events, seed, regions.size(), batches), StandardCharsets.UTF_8);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB gagal menulis danau data sintetis / failed to write the lake: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@link #MARKER} holds for these parameters, to tell whether an existing lake can be reused. */
    public static String description(long events, long seed, int regions, int batches) {
        return "events=" + events + " seed=" + seed + " regions=" + regions + " batches=" + batches + "\n";
    }

    /**
     * 514 made-up kab/kota codes in 38 provinces ({@code 11.01} .. {@code 48.14}), populations between 40,000 and
     * 5,000,000 drawn from the seed, and every 40th without population.
     */
    public static List<Region> generatedRegions(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Region> regions = new ArrayList<>();
        for (int p = 0; p < 38; p++) {
            int kabkota = p < 20 ? 14 : 13;
            for (int k = 1; k <= kabkota; k++) {
                long penduduk = 40_000 + (long) (Math.pow(random.nextDouble(), 2) * 4_960_000);
                Long known = (regions.size() + 1) % 40 == 0 ? null : penduduk;
                regions.add(new Region(String.format("%02d.%02d", 11 + p, k), Integer.toString(11 + p), known));
            }
        }
        return regions;
    }

    private static double weight(Region r) {
        return r.penduduk() == null ? 100_000 : r.penduduk();
    }

    private static String eventsSql(long from, long to, long seed, long regionSlots, int categorySlots) {
        String h = "hash(i, " + seed + "::BIGINT, %d)";
        return """
                WITH r AS (
                  SELECT i, %s AS h_day, %s AS h_region, %s AS h_kategori, %s AS h_sumber, %s AS h_detik,
                         %s AS h_presisi, %s AS h_nokategori, %s AS h_titik, %s AS h_lat, %s AS h_lon, %s AS h_teks
                  FROM range(%d, %d) t(i)
                ), d AS (
                  SELECT r.*, DATE '%s' + CAST(h_day %% %d AS INTEGER) AS tgl,
                         CASE WHEN h_presisi %% 100 < 4 THEN NULL ELSE w.kode_provinsi END AS prov,
                         CASE WHEN h_presisi %% 100 < 14 THEN NULL ELSE w.kode_kabkota END AS kab,
                         CASE WHEN h_nokategori %% 100 < 3 THEN NULL ELSE c.kategori END AS kat
                  FROM r
                  JOIN slot_wilayah w ON w.slot = h_region %% %d
                  JOIN slot_kategori c ON c.slot = h_kategori %% %d
                )
                SELECT 'sintetis-%d-' || i AS id,
                       (['berita', 'media_sosial', 'fkdm', 'laporan', 'lainnya'])[1 + CAST(h_sumber %% 5 AS INTEGER)] AS sumber,
                       strftime(tgl + to_seconds(CAST(h_detik %% 86400 AS BIGINT)), '%%Y-%%m-%%dT%%H:%%M:%%S') || '+07:00' AS published_at,
                       strftime(tgl, '%%Y-%%m-%%d') AS tanggal,
                       CAST(isoyear(tgl) AS VARCHAR) || '-W' || lpad(CAST(week(tgl) AS VARCHAR), 2, '0') AS minggu,
                       strftime(tgl, '%%Y') AS tahun,
                       'Laporan ' || replace(coalesce(kat, 'peristiwa'), '_', ' ') || ' di wilayah ' || coalesce(kab, prov, 'tak dikenal') AS judul,
                       'Warga melaporkan ' || replace(coalesce(kat, 'peristiwa'), '_', ' ') || ' yang terjadi pada ' || strftime(tgl, '%%d/%%m/%%Y')
                         || '. ' || repeat('Aparat setempat sedang menelusuri kejadian ini dan meminta masyarakat tetap tenang. ',
                         1 + CAST(h_teks %% 4 AS INTEGER)) AS teks,
                       'https://contoh.matagaruda.id/berita/' || i AS url,
                       CASE WHEN h_titik %% 10 < 3 THEN -11.0 + (h_lat %% 1700000) / 100000.0 END AS lat,
                       CASE WHEN h_titik %% 10 < 3 THEN 95.0 + (h_lon %% 4600000) / 100000.0 END AS lon,
                       coalesce(kab, prov) AS kode_wilayah,
                       prov AS kode_provinsi,
                       kab AS kode_kabkota,
                       kat AS kategori,
                       CASE WHEN h_teks %% 50 = 0 THEN kat END AS kategori_asal,
                       CASE WHEN kat IS NULL THEN NULL ELSE 0.35 + (h_kategori %% 650) / 1000.0 END AS kategori_skor,
                       lpad(to_hex(%s), 16, '0') AS content_hash,
                       CAST(%s >> 1 AS BIGINT) AS simhash,
                       CASE WHEN h_sumber %% 7 = 0 THEN '{"sumber_asli":"sintetis"}' END AS atribut,
                       'sintetis-%d.jsonl' AS berkas,
                       CAST(i + 1 AS BIGINT) AS baris,
                       strftime(tgl, '%%Y-%%m') AS bulan
                FROM d
                """.formatted(h.formatted(1), h.formatted(2), h.formatted(3), h.formatted(4), h.formatted(5),
                h.formatted(6), h.formatted(7), h.formatted(8), h.formatted(9), h.formatted(10), h.formatted(11),
                from, to, FIRST_DAY, DAYS, regionSlots, categorySlots, seed, h.formatted(12), h.formatted(13), seed);
    }

    private static String literal(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    private static Map<String, Integer> categoryShare() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("kriminalitas", 22);
        m.put("tata_kelola_pemerintahan", 14);
        m.put("lainnya", 12);
        m.put("pemilihan_dan_jabatan", 10);
        m.put("unjuk_rasa", 9);
        m.put("sumber_daya", 8);
        m.put("kdrt", 6);
        m.put("identitas", 5);
        m.put("ujaran_kebencian", 5);
        m.put("main_hakim_sendiri", 4);
        m.put("kekerasan_penegakan_hukum", 3);
        m.put("separatisme", 1);
        m.put("terorisme_radikalisme", 1);
        return java.util.Collections.unmodifiableMap(m);
    }
}
