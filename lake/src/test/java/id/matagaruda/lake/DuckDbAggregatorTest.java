package id.matagaruda.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded engine on a hand-made lake whose counts and rates are worked out by hand. */
class DuckDbAggregatorTest {

    @TempDir Path lake;

    /**
     * Kota Bandung (32.73, 2,500,000 people, listed twice in the population file): 3 demonstrations and 1 unclassified
     * event in January 2024; Jawa Barat (32, 50,000,000) only: 2 crimes in February; Aceh Selatan (11.01, population
     * unknown): 1 crime in February; 1 event without region.
     */
    private void handMadeLake(boolean withPopulation) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE e AS SELECT * FROM (VALUES
                      ('a', '2024-01-08', '2024-W02', '2024', '32.73', '32', '32.73', 'unjuk_rasa', '2024-01'),
                      ('b', '2024-01-09', '2024-W02', '2024', '32.73', '32', '32.73', 'unjuk_rasa', '2024-01'),
                      ('c', '2024-01-16', '2024-W03', '2024', '32.73', '32', '32.73', 'unjuk_rasa', '2024-01'),
                      ('d', '2024-01-16', '2024-W03', '2024', '32.73', '32', '32.73', NULL, '2024-01'),
                      ('e', '2024-02-01', '2024-W05', '2024', '32', '32', NULL, 'kriminalitas', '2024-02'),
                      ('f', '2024-02-02', '2024-W05', '2024', '32', '32', NULL, 'kriminalitas', '2024-02'),
                      ('g', '2024-02-02', '2024-W05', '2024', '11.01', '11', '11.01', 'kriminalitas', '2024-02'),
                      ('h', '2024-02-03', '2024-W05', '2024', NULL, NULL, NULL, 'kriminalitas', '2024-02')
                    ) t(id, tanggal, minggu, tahun, kode_wilayah, kode_provinsi, kode_kabkota, kategori, bulan)
                    """);
            String columns = """
                    id, 'berita' AS sumber, tanggal || 'T08:00:00+07:00' AS published_at, tanggal, minggu, tahun,
                    'judul ' || id AS judul, 'teks ' || id AS teks, NULL::VARCHAR AS url, NULL::DOUBLE AS lat,
                    NULL::DOUBLE AS lon, kode_wilayah, kode_provinsi, kode_kabkota, kategori, NULL::VARCHAR AS kategori_asal,
                    0.9::DOUBLE AS kategori_skor, md5(id) AS content_hash, 7::BIGINT AS simhash, NULL::VARCHAR AS atribut,
                    'uji.jsonl' AS berkas, 1::BIGINT AS baris, bulan""";
            String events = LakeLayout.events(lake).toString();
            // Two files for January so that the engine has to read a month made of several files.
            s.execute("COPY (SELECT " + columns + " FROM e WHERE id IN ('a', 'b', 'e', 'f', 'g', 'h')) TO '" + events
                    + "' (FORMAT PARQUET, PARTITION_BY (bulan), FILENAME_PATTERN 'part-0-{i}')");
            s.execute("COPY (SELECT " + columns + " FROM e WHERE id IN ('c', 'd')) TO '" + events
                    + "' (FORMAT PARQUET, PARTITION_BY (bulan), FILENAME_PATTERN 'part-1-{i}', OVERWRITE_OR_IGNORE true)");
            // A file still being written (leading underscore) and a hidden one must not be counted.
            s.execute("COPY (SELECT " + columns.replace(", bulan", "") + " FROM e) TO '" + events
                    + "/bulan=2024-01/_sedang-ditulis.parquet' (FORMAT PARQUET)");
            s.execute("COPY (SELECT " + columns.replace(", bulan", "") + " FROM e) TO '" + events
                    + "/bulan=2024-01/.tersembunyi.parquet' (FORMAT PARQUET)");
            if (withPopulation) {
                Files.createDirectories(LakeLayout.population(lake).getParent());
                s.execute("COPY (SELECT * FROM (VALUES ('32.73', 2500000), ('32.73', 2500000), ('32', 50000000))"
                        + " t(kode_wilayah, penduduk)) TO '" + LakeLayout.population(lake) + "' (FORMAT PARQUET)");
            }
        }
    }

    private List<String> lines(Level level, Period period) {
        return DuckDbAggregator.aggregate(lake, level, period).stream().map(AggregateQuery.Row::csvLine).toList();
    }

    @Test
    void countsPerKabkotaAndMonthWithRatesPer100000People() throws Exception {
        handMadeLake(true);

        assertThat(lines(Level.KABKOTA, Period.MONTH)).containsExactly(
                "11.01,2024-02,kriminalitas,1,,",
                "32.73,2024-01,unjuk_rasa,3,2500000,0.1200",
                "32.73,2024-01,,1,2500000,0.0400");
    }

    @Test
    void provinceLevelCountsEventsKnownOnlyToTheProvince() throws Exception {
        handMadeLake(true);

        assertThat(lines(Level.PROVINSI, Period.MONTH)).containsExactly(
                "11,2024-02,kriminalitas,1,,",
                "32,2024-01,unjuk_rasa,3,50000000,0.0060",
                "32,2024-01,,1,50000000,0.0020",
                "32,2024-02,kriminalitas,2,50000000,0.0040");
        assertThat(lines(Level.PROVINSI, Period.YEAR)).containsExactly(
                "11,2024,kriminalitas,1,,",
                "32,2024,kriminalitas,2,50000000,0.0040",
                "32,2024,unjuk_rasa,3,50000000,0.0060",
                "32,2024,,1,50000000,0.0020");
    }

    @Test
    void weeksAreTheIsoWeeksStoredInTheLake() throws Exception {
        handMadeLake(true);

        assertThat(lines(Level.KABKOTA, Period.WEEK)).containsExactly(
                "11.01,2024-W05,kriminalitas,1,,",
                "32.73,2024-W02,unjuk_rasa,2,2500000,0.0800",
                "32.73,2024-W03,unjuk_rasa,1,2500000,0.0400",
                "32.73,2024-W03,,1,2500000,0.0400");
    }

    @Test
    void aLakeWithoutPopulationFileGivesCountsWithoutRates() throws Exception {
        handMadeLake(false);

        assertThat(lines(Level.KABKOTA, Period.YEAR)).containsExactly(
                "11.01,2024,kriminalitas,1,,",
                "32.73,2024,unjuk_rasa,3,,",
                "32.73,2024,,1,,");
    }

    @Test
    void csvStartsWithTheSharedHeader() throws Exception {
        handMadeLake(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AggregateQuery.writeCsv(DuckDbAggregator.aggregate(lake, Level.PROVINSI, Period.YEAR), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(
                "kode_wilayah,periode,kategori,jumlah,penduduk,per_100rb\n11,2024,kriminalitas,1,,\n");
    }

    @Test
    void aMissingLakeIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> DuckDbAggregator.aggregate(lake.resolve("tidak-ada"), Level.KABKOTA, Period.MONTH))
                .isInstanceOf(AggregateArguments.BadArgumentException.class)
                .hasMessageStartingWith("--lake: direktori danau data tidak ada")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aLakeWithoutEventFilesIsRefusedAsEmpty() throws Exception {
        Files.createDirectories(LakeLayout.events(lake).resolve("bulan=2024-01"));

        assertThatThrownBy(() -> DuckDbAggregator.aggregate(lake, Level.KABKOTA, Period.MONTH))
                .isInstanceOf(AggregateArguments.BadArgumentException.class)
                .hasMessageStartingWith("--lake: danau data kosong")
                .hasMessageContaining("no event files");
    }
}
