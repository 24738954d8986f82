package id.matagaruda.events.internal;

import id.matagaruda.lake.LakeLayout;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What the lake already holds, for de-duplication: keys of (source, id), content hashes and SimHashes, rebuilt from the
 * committed Parquet files at the start of every ingestion and kept in primitive structures (about 60 bytes an event).
 */
final class DedupState {

    enum Verdict { NEW, DUPLICATE, NEAR_DUPLICATE }

    private final LongHashSet ids = new LongHashSet();
    private final LongHashSet contents = new LongHashSet();
    private final SimHashIndex similar = new SimHashIndex();

    static DedupState load(Path lake) throws SQLException {
        DedupState state = new DedupState();
        if (!LakeWriter.hasEvents(lake)) {
            return state;
        }
        String glob = LakeLayout.events(lake).toAbsolutePath().toString().replace("'", "''") + "/*/*.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads TO 2");
            try (ResultSet rs = s.executeQuery("SELECT sumber, id, content_hash, simhash FROM read_parquet('" + glob
                    + "', hive_partitioning = false)")) {
                while (rs.next()) {
                    state.ids.add(EventParser.idKey(rs.getString(1), rs.getString(2)));
                    state.contents.add(EventParser.contentKey(rs.getString(3)));
                    state.similar.add(rs.getLong(4));
                }
            }
        }
        return state;
    }

    /** Decides on one row in input order, and remembers it when it is new. */
    Verdict offer(EventRow row) {
        if (ids.contains(row.idKey()) || contents.contains(row.contentKey())) {
            return Verdict.DUPLICATE;
        }
        if (similar.hasNear(row.simhash())) {
            return Verdict.NEAR_DUPLICATE;
        }
        ids.add(row.idKey());
        contents.add(row.contentKey());
        similar.add(row.simhash());
        return Verdict.NEW;
    }

    int size() {
        return similar.size();
    }
}
