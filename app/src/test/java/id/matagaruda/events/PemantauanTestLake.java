package id.matagaruda.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small event lake in the layout the ingestion writes (hive partitions by month, Parquet), built with DuckDB from rows
 * written here in Indonesian, for the query, API and page tests.
 */
public final class PemantauanTestLake {

    /** One event; the province and kab/kota codes are derived from {@code kode} as the geoparser would. */
    public record Row(String id, String sumber, String tanggal, String judul, String teks, String kode, String kategori,
            String asal, Double skor, Double lat, Double lon) {
    }

    public static final List<Row> ROWS = List.of(
            new Row("b-1", "news", "2024-01-15", "Unjuk rasa mahasiswa di depan Gedung Sate",
                    "Ratusan mahasiswa berunjuk rasa menolak kenaikan biaya kuliah di Kota Bandung.", "32.73",
                    "unjuk_rasa", "model:m1", 0.91, -6.9025, 107.6188),
            new Row("b-2", "news", "2024-02-03", "Harga beras naik",
                    "Harga beras naik 50% di pasar Kosambi, warga Bandung mengeluh.", "32.73",
                    "sumber_daya", "model:m1", 0.82, null, null),
            new Row("b-3", "social", "2024-02-20", "Provokasi di media sosial",
                    "Akun @warga_bdg menyebarkan ujaran kebencian terhadap kelompok lain di Bandung.", "32.73",
                    "ujaran_kebencian", "leksikon", 0.40, null, null),
            new Row("g-1", "news", "2024-02-10", "Pencurian sepeda motor di Cibinong",
                    "Polisi menangkap dua pelaku pencurian sepeda motor di Kabupaten Bogor; harga naik 500 ribu.",
                    "32.01", "kriminalitas", "model:m1", 0.77, null, null),
            new Row("g-2", "fkdm", "2024-03-05", "Sengketa lahan warga",
                    "FKDM melaporkan sengketa lahan antara warga dan perusahaan di Kabupaten Bogor; akun wargaxbdg ikut.",
                    "32.01", "sumber_daya", "leksikon", 0.30, null, null),
            new Row("j-1", "report", "2024-02-12", "Tawuran pelajar",
                    "Tawuran pelajar terjadi di Jakarta Selatan, dua orang luka.", "31.74", "main_hakim_sendiri",
                    "model:m1", 0.66, null, null),
            new Row("p-1", "news", "2024-02-25", "Rapat koordinasi Kesbangpol Jawa Barat",
                    "Kesbangpol Jawa Barat membahas kewaspadaan dini menjelang pilkada.", "32",
                    "pemilihan_dan_jabatan", "model:m1", 0.58, null, null),
            new Row("x-1", "other", "2024-02-28", "Isu tanpa lokasi",
                    "Pesan berantai tentang kenaikan harga tersebar tanpa menyebut tempat.", null, "lainnya",
                    "leksikon", 0.10, null, null));

    /** Population per region in the lake's reference file (differs from the shipped figures on purpose). */
    public static final Map<String, Long> POPULATION = Map.of("32.73", 2_500_000L, "32.01", 5_000_000L, "31.74",
            2_000_000L, "32", 50_000_000L, "31", 10_000_000L);

    private PemantauanTestLake() {
    }

    public static void write(Path lake) {
        write(lake, ROWS, POPULATION);
    }

    public static void write(Path lake, List<Row> rows, Map<String, Long> population) {
        delete(lake);
        try {
            Files.createDirectories(lake.resolve("referensi"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE e (id VARCHAR, sumber VARCHAR, tanggal VARCHAR, judul VARCHAR, teks VARCHAR, "
                    + "kode VARCHAR, kategori VARCHAR, asal VARCHAR, skor DOUBLE, lat DOUBLE, lon DOUBLE)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO e VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row r : rows) {
                    Object[] values = {r.id(), r.sumber(), r.tanggal(), r.judul(), r.teks(), r.kode(), r.kategori(),
                            r.asal(), r.skor(), r.lat(), r.lon()};
                    for (int i = 0; i < values.length; i++) {
                        ps.setObject(i + 1, values[i]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            s.execute("CREATE TABLE p (kode_wilayah VARCHAR, penduduk BIGINT)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO p VALUES (?, ?)")) {
                for (var entry : population.entrySet()) {
                    ps.setString(1, entry.getKey());
                    ps.setLong(2, entry.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String events = lake.resolve("events").toAbsolutePath().toString().replace("'", "''");
            s.execute("COPY (SELECT id, sumber, tanggal || 'T08:00:00+07:00' AS published_at, tanggal, "
                    + "strftime(CAST(tanggal AS DATE), '%G-W%V') AS minggu, substr(tanggal, 1, 4) AS tahun, "
                    + "judul, teks, 'https://berita.example/' || id AS url, lat, lon, kode AS kode_wilayah, "
                    + "substr(kode, 1, 2) AS kode_provinsi, CASE WHEN length(kode) >= 5 THEN substr(kode, 1, 5) END "
                    + "AS kode_kabkota, kategori, asal AS kategori_asal, skor AS kategori_skor, "
                    + "md5(coalesce(judul, '') || teks) AS content_hash, CAST(hash(teks) >> 1 AS BIGINT) AS simhash, "
                    + "'{}' AS atribut, 'uji.jsonl' AS berkas, CAST(row_number() OVER () AS BIGINT) AS baris, "
                    + "substr(tanggal, 1, 7) AS bulan FROM e) TO '" + events + "' (FORMAT PARQUET, PARTITION_BY (bulan))");
            String pop = lake.resolve("referensi").resolve("penduduk.parquet").toAbsolutePath().toString()
                    .replace("'", "''");
            s.execute("COPY p TO '" + pop + "' (FORMAT PARQUET)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
