package id.matagaruda.lake;

import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import id.matagaruda.lake.AggregateQuery.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The embedded engine: an in-memory DuckDB reads the lake's Parquet files in place and runs the shared aggregation SQL.
 * Needs {@code org.duckdb:duckdb_jdbc} on the class path (an optional dependency of this module).
 */
public final class DuckDbAggregator {

    private DuckDbAggregator() {
    }

    /**
     * The aggregated rows of a lake, ordered as the SQL orders them.
     *
     * @throws AggregateArguments.BadArgumentException when the lake is missing or holds no event file
     */
    public static List<Row> aggregate(Path lake, Level level, Period period) {
        List<Path> files = AggregateArguments.requireEvents(lake);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            register(s, lake, files);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(AggregateQuery.sql(level, period))) {
                while (rs.next()) {
                    long penduduk = rs.getLong("penduduk");
                    Long known = rs.wasNull() ? null : penduduk;
                    rows.add(new Row(rs.getString("kode_wilayah"), rs.getString("periode"), rs.getString("kategori"),
                            rs.getLong("jumlah"), known));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB gagal membaca danau data " + lake + " / DuckDB failed: " + e.getMessage(), e);
        }
    }

    /**
     * The views {@code events} and {@code penduduk}. The file list is the one {@link LakeLayout#eventFiles} gives, so
     * DuckDB skips exactly the files Spark skips; the month stays text as it does in Spark.
     */
    private static void register(Statement s, Path lake, List<Path> files) throws SQLException {
        String list = files.stream().map(f -> literal(f.toAbsolutePath().toString())).collect(Collectors.joining(", "));
        s.execute("CREATE VIEW events AS SELECT * FROM read_parquet([" + list + "], hive_partitioning = true,"
                + " hive_types_autocast = false)");
        Path population = LakeLayout.population(lake);
        s.execute("CREATE VIEW penduduk AS " + (Files.isRegularFile(population)
                ? "SELECT kode_wilayah, penduduk FROM read_parquet(" + literal(population.toAbsolutePath().toString()) + ")"
                : AggregateQuery.EMPTY_POPULATION_SQL));
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
