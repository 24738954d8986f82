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
    private final ObjectMapper mapper;

    AuditWriter(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
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
