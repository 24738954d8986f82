package id.matagaruda.access;

import id.matagaruda.access.internal.AuditWriter;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** Reading the audit log: ADMIN_PUSAT only, newest first, paged by id. */
@Service
public class AuditLog {

    public static final int MAX_PAGE = 1000;

    private final AuditWriter writer;
    private final AccessPolicy access;

    AuditLog(AuditWriter writer, AccessPolicy access) {
        this.writer = writer;
        this.access = access;
    }

    public List<AuditEntry> recent(String entityType, String username, int limit, Long beforeId) {
        if (access.requireUser().role() != Role.ADMIN_PUSAT) {
            throw new AccessDeniedException("audit log is for ADMIN_PUSAT");
        }
        return writer.recent(blankToNull(entityType), blankToNull(username), Math.max(1, Math.min(limit, MAX_PAGE)),
                beforeId == null ? Long.MAX_VALUE : beforeId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
