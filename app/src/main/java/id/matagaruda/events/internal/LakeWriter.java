package id.matagaruda.events.internal;

import id.matagaruda.lake.LakeLayout;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends event rows to the lake in batches. A batch is written by DuckDB into a staging folder, then a manifest is
 * written (atomic rename: from here on the batch counts as committed), then each Parquet file is moved into its month
 * partition by an atomic rename. {@link #recover} at the start finishes a committed batch whose moves were interrupted
 * and deletes staging left by an uncommitted one, so the committed rows are always a prefix of an ingestion's rows.
 */
final class LakeWriter implements AutoCloseable {

    private static final String COLUMNS = "id VARCHAR, sumber VARCHAR, published_at VARCHAR, tanggal VARCHAR, "
            + "minggu VARCHAR, tahun VARCHAR, judul VARCHAR, teks VARCHAR, url VARCHAR, lat DOUBLE, lon DOUBLE, "
            + "kode_wilayah VARCHAR, kode_provinsi VARCHAR, kode_kabkota VARCHAR, kategori VARCHAR, "
            + "kategori_asal VARCHAR, kategori_skor DOUBLE, content_hash VARCHAR, simhash BIGINT, atribut VARCHAR, "
            + "berkas VARCHAR, baris BIGINT, bulan VARCHAR";

    private final Path lake;
    private final int batchSize;
    private final String runId;
    private final Connection connection;
    private DuckDBAppender appender;
    private int rows;
    private int batch;
    private long files;

    LakeWriter(Path lake, int batchSize, String runId) throws SQLException {
        this.lake = lake;
        this.batchSize = batchSize;
        this.runId = runId;
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            s.execute("SET threads TO 2");
            s.execute("SET preserve_insertion_order = false");
            s.execute("CREATE TABLE batch (" + COLUMNS + ")");
        }
        appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "batch");
    }

    static Path staging(Path lake) {
        return LakeLayout.ingestState(lake).resolve("staging");
    }

    static Path commits(Path lake) {
        return LakeLayout.ingestState(lake).resolve("commits");
    }

    static boolean hasEvents(Path lake) {
        Path events = LakeLayout.events(lake);
        if (!Files.isDirectory(events)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(events, 2)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Appends one row; commits a batch when it is full. */
    void append(EventRow r) throws SQLException, IOException {
        DuckDBAppender a = appender;
        a.beginRow();
        str(a, r.id());
        str(a, r.sumber());
        str(a, r.publishedAt());
        str(a, r.tanggal());
        str(a, r.minggu());
        str(a, r.tahun());
        str(a, r.judul());
        str(a, r.teks());
        str(a, r.url());
        dbl(a, r.lat());
        dbl(a, r.lon());
        str(a, r.kodeWilayah());
        str(a, r.kodeProvinsi());
        str(a, r.kodeKabkota());
        str(a, r.kategori());
        str(a, r.kategoriAsal());
        dbl(a, r.kategoriSkor());
        str(a, r.contentHash());
        a.append(r.simhash());
        str(a, r.atribut());
        str(a, r.berkas());
        a.append(r.baris());
        str(a, r.bulan());
        a.endRow();
        if (++rows >= batchSize) {
            commit();
        }
    }

    /** Number of Parquet files made visible so far. */
    long files() {
        return files;
    }

    /** Writes, commits and publishes the rows appended since the last commit. */
    void commit() throws SQLException, IOException {
        appender.flush();
        if (rows == 0) {
            return;
        }
        String batchId = runId + "-" + String.format("%05d", ++batch);
        Path stage = staging(lake).resolve(batchId);
        Files.createDirectories(stage.getParent());
        try (Statement s = connection.createStatement()) {
            s.execute("COPY batch TO '" + sql(stage) + "' (FORMAT PARQUET, COMPRESSION ZSTD, PARTITION_BY (bulan), "
                    + "FILENAME_PATTERN 'part-" + batchId + "-{i}')");
        }
        List<String> staged = new ArrayList<>();
        try (Stream<Path> s = Files.walk(stage)) {
            s.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .forEach(p -> staged.add(stage.relativize(p).toString().replace('\\', '/')));
        }
        staged.sort(null);
        Path manifest = commits(lake).resolve(batchId + ".json");
        Files.createDirectories(manifest.getParent());
        Path tmp = manifest.resolveSibling(batchId + ".json.tmp");
        Files.writeString(tmp, "{\"batch\":\"" + batchId + "\",\"rows\":" + rows + ",\"files\":" + staged.size() + "}\n",
                StandardCharsets.UTF_8);
        Files.move(tmp, manifest, StandardCopyOption.ATOMIC_MOVE);
        files += publish(lake, stage);
        Files.deleteIfExists(manifest);
        try (Statement s = connection.createStatement()) {
            appender.close();
            s.execute("TRUNCATE batch");
        }
        appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "batch");
        rows = 0;
    }

    /** Moves every staged file of a committed batch into its partition, then deletes the staging folder. */
    private static int publish(Path lake, Path stage) throws IOException {
        int moved = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(stage)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        }
        for (Path f : files) {
            Path target = LakeLayout.events(lake).resolve(stage.relativize(f).toString());
            Files.createDirectories(target.getParent());
            Files.move(f, target, StandardCopyOption.ATOMIC_MOVE);
            moved++;
        }
        deleteTree(stage);
        return moved;
    }

    /** Finishes committed batches and removes the staging of uncommitted ones (a killed earlier run). */
    static void recover(Path lake) throws IOException {
        Path staging = staging(lake);
        Path commits = commits(lake);
        if (Files.isDirectory(commits)) {
            try (DirectoryStream<Path> d = Files.newDirectoryStream(commits)) {
                for (Path m : d) {
                    String name = m.getFileName().toString();
                    if (name.endsWith(".json")) {
                        Path stage = staging.resolve(name.substring(0, name.length() - ".json".length()));
                        if (Files.isDirectory(stage)) {
                            publish(lake, stage);
                        }
                    }
                    Files.delete(m);
                }
            }
        }
        if (Files.isDirectory(staging)) {
            deleteTree(staging);
        }
    }

    /** Writes {@code referensi/penduduk.parquet} (kode_wilayah, penduduk) for provinces and kab/kota when absent. */
    static void ensurePopulation(Path lake) throws IOException, SQLException {
        Path target = LakeLayout.population(lake);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("penduduk.parquet.tmp");
        ReferenceRegions regions = ReferenceRegions.shipped();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE penduduk (kode_wilayah VARCHAR, penduduk BIGINT)");
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("main", "penduduk")) {
                for (String kode : regions.codes()) {
                    Region r = regions.find(kode).orElseThrow();
                    if (r.population() != null) {
                        a.beginRow().append(kode).append(r.population().longValue()).endRow();
                    }
                }
            }
            s.execute("COPY (SELECT * FROM penduduk ORDER BY kode_wilayah) TO '" + sql(tmp)
                    + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws SQLException {
        try {
            appender.close();
        } finally {
            connection.close();
        }
    }

    private static void str(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    private static void dbl(DuckDBAppender a, Double v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
    }

    static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
