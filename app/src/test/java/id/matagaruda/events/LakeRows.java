package id.matagaruda.events;

import id.matagaruda.lake.LakeLayout;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads a test lake back through DuckDB: every row (with its month partition) as one string, sorted. */
final class LakeRows {

    private LakeRows() {
    }

    static List<String> sorted(Path lake) throws Exception {
        return query(lake, "SELECT * FROM EVENTS ORDER BY ALL");
    }

    static List<String> query(Path lake, String sql) throws Exception {
        String glob = LakeLayout.events(lake).toAbsolutePath() + "/*/*.parquet";
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql.replace("EVENTS",
                        "read_parquet('" + glob + "', hive_partitioning = true)"))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(sb.toString());
            }
        }
        return rows;
    }
}
