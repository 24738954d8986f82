package id.matagaruda.events.internal;

import id.matagaruda.lake.LakeLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/**
 * Reads the event lake with an embedded, in-memory DuckDB. One database, one short-lived connection per query (DuckDB
 * connections are not thread-safe; connections duplicated from one database are). Every query sees a snapshot: the
 * event files listed just before it runs, so a file the ingestion is still writing under another name is never read
 * and a file that appears meanwhile waits for the next query. Reading takes no lock the ingestion could wait on.
 */
public final class LakeReader implements AutoCloseable {

    private static final Pattern MONTH_DIR = Pattern.compile(LakeLayout.PARTITION + "=(\\d{4}-\\d{2})");

    private final Path lake;
    private DuckDBConnection root;
    private boolean closed;
    private volatile Population population = new Population(null, Map.of());

    public LakeReader(Path lake) {
        this.lake = lake.toAbsolutePath().normalize();
    }

    /** The database starts with the first query, so that an application that never reads the lake never loads DuckDB. */
    private synchronized DuckDBConnection root() throws SQLException {
        if (closed) {
            throw new SQLException("lake reader closed");
        }
        if (root == null) {
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                // Event files are written once and never changed, so their footers may be cached between queries.
                s.execute("SET parquet_metadata_cache = true");
            }
            root = c;
        }
        return root;
    }

    public Path lake() {
        return lake;
    }

    /** The event files present now, with their modification times and months. */
    public Snapshot snapshot() {
        Path events = LakeLayout.events(lake);
        if (!Files.isDirectory(events)) {
            return Snapshot.EMPTY;
        }
        List<String> files = new ArrayList<>();
        Map<String, Instant> modified = new HashMap<>();
        TreeSet<String> months = new TreeSet<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(events)) {
            for (Path dir : dirs) {
                var m = MONTH_DIR.matcher(dir.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(dir)) {
                    continue;
                }
                try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*.parquet")) {
                    for (Path part : parts) {
                        String name = part.getFileName().toString();
                        // Hidden and underscore files are work in progress of a writer, not part of the lake yet.
                        if (name.startsWith(".") || name.startsWith("_") || !Files.isRegularFile(part)) {
                            continue;
                        }
                        String path = part.toString();
                        files.add(path);
                        modified.put(path, Files.getLastModifiedTime(part).toInstant());
                        months.add(m.group(1));
                    }
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return Snapshot.EMPTY;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(files);
        return new Snapshot(List.copyOf(files), Map.copyOf(modified), List.copyOf(months));
    }

    /**
     * Runs {@code sql}, in which {@code ${events}} stands for the snapshot's event files (with {@code bulan} from the
     * directory names and {@code filename}); user input goes only into {@code params}. An empty lake answers no rows.
     */
    public <T> List<T> query(Snapshot snapshot, String sql, List<?> params, RowMapper<T> mapper) {
        if (snapshot.isEmpty()) {
            return List.of();
        }
        return run(sql.replace("${events}", snapshot.source()), params, mapper);
    }

    /** Inhabitants per region code from {@code referensi/penduduk.parquet}; empty when the lake has none. */
    public Map<String, Long> population() {
        Path file = LakeLayout.population(lake);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Instant time = Files.getLastModifiedTime(file).toInstant();
            Population cached = population;
            if (time.equals(cached.modified())) {
                return cached.values();
            }
            Map<String, Long> values = new HashMap<>();
            run("SELECT CAST(kode_wilayah AS VARCHAR), CAST(penduduk AS BIGINT) FROM read_parquet(" + quote(file.toString())
                    + ") WHERE penduduk IS NOT NULL", List.of(), rs -> values.put(rs.getString(1), rs.getLong(2)));
            population = new Population(time, Map.copyOf(values));
            return population.values();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> List<T> run(String sql, List<?> params, RowMapper<T> mapper) {
        try (Connection c = root().duplicate(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Lake query failed: " + e.getMessage(), e);
        }
    }

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (root != null) {
            try {
                root.close();
            } catch (SQLException e) {
                // closing an in-memory database loses nothing
            }
            root = null;
        }
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private record Population(Instant modified, Map<String, Long> values) {
    }

    /** The event files of one moment; {@link #source()} is the table expression over exactly these files. */
    public record Snapshot(List<String> files, Map<String, Instant> modified, List<String> months) {

        public static final Snapshot EMPTY = new Snapshot(List.of(), Map.of(), List.of());

        /** The same moment restricted to some of its files. */
        public Snapshot only(java.util.Set<String> some) {
            List<String> kept = files.stream().filter(some::contains).toList();
            return new Snapshot(kept, modified, months);
        }

        public boolean isEmpty() {
            return files.isEmpty();
        }

        public Instant newest() {
            return modified.values().stream().max(Instant::compareTo).orElse(null);
        }

        public Instant modified(String file) {
            return file == null ? null : modified.get(file);
        }

        String source() {
            StringBuilder list = new StringBuilder("[");
            for (int i = 0; i < files.size(); i++) {
                list.append(i == 0 ? "" : ", ").append(quote(files.get(i)));
            }
            return "read_parquet(" + list + "], hive_partitioning = true, hive_types = {'" + LakeLayout.PARTITION
                    + "': VARCHAR}, union_by_name = true, filename = true)";
        }
    }
}
