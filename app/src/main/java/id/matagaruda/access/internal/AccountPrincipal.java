package id.matagaruda.access.internal;

import id.matagaruda.access.AccessPolicy;
import id.matagaruda.access.CurrentUser;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a signed-in account. */
public record AccountPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled, OffsetDateTime lockedUntil)
        implements UserDetails, AccessPolicy.CurrentUserHolder {

    static AccountPrincipal of(Account a) {
        return new AccountPrincipal(new CurrentUser(a.id(), a.username(), a.fullName(), a.role(), a.regionKode()),
                a.passwordHash(), a.enabled(), a.lockedUntil());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(currentUser.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(OffsetDateTime.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
