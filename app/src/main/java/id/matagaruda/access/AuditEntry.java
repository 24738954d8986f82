package id.matagaruda.access;

import java.time.OffsetDateTime;

/** One row of the audit log; {@code before}/{@code after} are JSON snapshots of the entity (null when not applicable). */
public record AuditEntry(
        long id,
        OffsetDateTime at,
        String username,
        String action,
        String entityType,
        String entityId,
        String regionKode,
        String before,
        String after,
        String remoteAddr) {}
