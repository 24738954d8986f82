package id.matagaruda.access.internal;

import id.matagaruda.access.AuditTrail;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords (form login and HTTP Basic alike), which makes password
 * guessing slow; the lock and every failed login are audited.
 */
@Component
class LoginThrottle {

    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(AccountRepository accounts, AuditTrail audit,
            @Value("${matagaruda.security.max-failed-logins}") int maxFailures,
            @Value("${matagaruda.security.lockout}") Duration lockout) {
        this.accounts = accounts;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        if (accounts.findByUsername(username).isEmpty()) {
            audit.recordAs(truncate(username), "LOGIN_GAGAL", "akun", null, null, null, null);
            return;
        }
        int locked = accounts.recordFailure(username, maxFailures, OffsetDateTime.now(ZoneOffset.UTC).plus(lockout));
        audit.recordAs(username, locked > 0 ? "AKUN_DIKUNCI" : "LOGIN_GAGAL", "akun", username, null, null, null);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof AccountPrincipal p) {
            accounts.recordSuccess(p.getUsername());
        }
    }

    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "LOGIN", "akun", event.getAuthentication().getName(),
                null, null, null);
    }

    private static String truncate(String s) {
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
