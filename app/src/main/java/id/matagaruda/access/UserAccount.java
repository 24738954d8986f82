package id.matagaruda.access;

import java.time.OffsetDateTime;

/** An account as the administration screens and API show it (never with its password hash). */
public record UserAccount(
        long id,
        String username,
        String fullName,
        Role role,
        String regionKode,
        boolean enabled,
        boolean demo,
        boolean locked,
        OffsetDateTime createdAt,
        int version) {}
