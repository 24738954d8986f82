package id.matagaruda.access.internal;

import id.matagaruda.access.AuditEntry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Appends to and reads the audit log; it has no update or delete statement, and the database refuses both. */
@Repository
public class AuditWriter {

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;
    private final ObjectMapper mapper;

    AuditWriter(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.mapper = mapper;
    }

    // Joins the caller's transaction so that a change and its audit row share one fate.
    @Transactional(propagation = Propagation.REQUIRED)
    public void append(String username, String action, String entityType, String entityId, String regionKode,
            Object before, Object after, String remoteAddr) {
        jdbc.sql("""
                insert into audit_log (at, username, action, entity_type, entity_id, region_kode, before_json, after_json, remote_addr)
                values (:at, :username, :action, :entityType, :entityId, :region, :before, :after, :addr)""")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("username", username)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .param("region", regionKode)
                .param("before", json(before))
                .param("after", json(after))
                .param("addr", remoteAddr)
                .update();
    }

    /** One row per change, written in batches: a workbook of thousands of values is audited value by value. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void appendAll(String username, String action, String entityType, List<String[]> idRegionAfter,
            List<Object> afters, String remoteAddr) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> args = new java.util.ArrayList<>(idRegionAfter.size());
        for (int i = 0; i < idRegionAfter.size(); i++) {
            args.add(new Object[] {at, username, action, entityType, idRegionAfter.get(i)[0], idRegionAfter.get(i)[1],
                json(afters.get(i)), remoteAddr});
        }
        batch.batchUpdate("""
                insert into audit_log (at, username, action, entity_type, entity_id, region_kode, after_json, remote_addr)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", args);
    }

    public List<AuditEntry> recent(String entityType, String username, int limit, long beforeId) {
        return jdbc.sql("""
                select id, at, username, action, entity_type, entity_id, region_kode, before_json, after_json, remote_addr
                from audit_log
                where (cast(:type as varchar(60)) is null or entity_type = :type)
                  and (cast(:username as varchar(60)) is null or username = :username)
                  and id < :beforeId
                order by id desc
                limit :limit""")
                .param("type", entityType)
                .param("username", username)
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String s ? s : mapper.writeValueAsString(value);
    }
}
