package id.matagaruda.access;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that says who may read or change which region's data. A user's scope is its region and every region
 * inside it; the nation (00) covers all. Reading: every role within its scope. Changing: ADMIN_PUSAT anywhere, an
 * OPERATOR within its own scope. Verifying: a VERIFIKATOR for the regions strictly inside its own, ADMIN_PUSAT anywhere.
 */
@Service
public class AccessPolicy {

    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUserHolder holder) {
            return Optional.of(holder.currentUser());
        }
        return Optional.empty();
    }

    public CurrentUser requireUser() {
        return currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public boolean inScope(CurrentUser user, String regionKode) {
        return within(regionKode, user.regionKode());
    }

    public boolean canRead(String regionKode) {
        return currentUser().map(u -> inScope(u, regionKode)).orElse(false);
    }

    public boolean canEdit(String regionKode) {
        return currentUser().map(u -> u.role() == Role.ADMIN_PUSAT
                || (u.role() == Role.OPERATOR && inScope(u, regionKode))).orElse(false);
    }

    public boolean canVerify(String regionKode) {
        return currentUser().map(u -> u.role() == Role.ADMIN_PUSAT
                || (u.role() == Role.VERIFIKATOR && inScope(u, regionKode) && !regionKode.equals(u.regionKode())))
                .orElse(false);
    }

    public void requireRead(String regionKode) {
        if (!canRead(regionKode)) {
            throw new AccessDeniedException("region " + regionKode + " is outside the user's scope");
        }
    }

    public void requireEdit(String regionKode) {
        if (!canEdit(regionKode)) {
            throw new AccessDeniedException("user may not change data of region " + regionKode);
        }
    }

    /** True when {@code kode} is {@code scope} or lies inside it; the nation (00) contains every region. */
    public static boolean within(String kode, String scope) {
        if (kode == null || scope == null) {
            return false;
        }
        return scope.equals("00") || kode.equals(scope) || kode.startsWith(scope + ".");
    }

    /** Implemented by the principal of an authenticated request. */
    public interface CurrentUserHolder {
        CurrentUser currentUser();
    }
}
