package id.matagaruda.access;

import id.matagaruda.access.internal.AuditWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who changed what, when, from where, with the state before and after. Call it inside the transaction of the
 * change so that a change and its audit row commit or roll back together. There is no path to update or delete a row.
 */
@Service
public class AuditTrail {

    private final AuditWriter writer;
    private final AccessPolicy policy;

    AuditTrail(AuditWriter writer, AccessPolicy policy) {
        this.writer = writer;
        this.policy = policy;
    }

    public void record(String action, String entityType, String entityId, String regionKode, Object before, Object after) {
        String who = policy.currentUser().map(CurrentUser::username).orElse(systemActor());
        writer.append(who, action, entityType, entityId, regionKode, before, after, remoteAddress());
    }

    /** One audit row per entity for a change made to many at once (a workbook upload); {@code after} aligned by index. */
    public void recordAll(String action, String entityType, List<String> entityIds, List<String> regionKodes,
            List<?> after) {
        String who = policy.currentUser().map(CurrentUser::username).orElse(systemActor());
        List<String[]> keys = new java.util.ArrayList<>(entityIds.size());
        for (int i = 0; i < entityIds.size(); i++) {
            keys.add(new String[] {entityIds.get(i), regionKodes.get(i)});
        }
        writer.appendAll(who, action, entityType, keys, new java.util.ArrayList<>(after), remoteAddress());
    }

    /** For events where the actor is known by name but not signed in (a failed login, the CLI). */
    public void recordAs(String username, String action, String entityType, String entityId, String regionKode,
            Object before, Object after) {
        writer.append(username, action, entityType, entityId, regionKode, before, after, remoteAddress());
    }

    private static String systemActor() {
        return RequestContextHolder.getRequestAttributes() == null
                ? "cli:" + System.getProperty("user.name", "?") : "anonim";
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return "lokal";
    }
}
