package id.matagaruda.forecast.internal;

import id.matagaruda.lake.LakeLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the events of the lake (Parquet, one directory per month) with embedded DuckDB; an empty lake gives none. */
public final class LakeEvents {

    /** One lake event with the columns the forecast needs. */
    public record Row(String id, String sumber, String judul, String tanggal, String minggu, String kodeProvinsi,
            String kodeKabkota, String kategori) {}

    private LakeEvents() {
    }

    public static List<Row> read(Path lake) {
        Path events = LakeLayout.events(lake);
        if (!Files.isDirectory(events) || !hasParquet(events)) {
            return List.of();
        }
        String glob = events.toAbsolutePath().toString().replace("'", "''") + "/" + LakeLayout.PARTITION + "=*/*.parquet";
        String sql = "select id, sumber, judul, tanggal, minggu, kode_provinsi, kode_kabkota, kategori from read_parquet('"
                + glob + "', hive_partitioning = true) where tanggal is not null order by tanggal, id";
        List<Row> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event lake at " + events + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean hasParquet(Path events) {
        try (Stream<Path> s = Files.walk(events, 2)) {
            return s.anyMatch(p -> p.toString().endsWith(".parquet"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
