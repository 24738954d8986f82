package id.matagaruda.access.internal;

import id.matagaruda.access.Role;
import java.time.OffsetDateTime;

/** A row of app_user. */
public record Account(
        long id,
        String username,
        String fullName,
        String passwordHash,
        Role role,
        String regionKode,
        boolean enabled,
        boolean demo,
        int failedAttempts,
        OffsetDateTime lockedUntil,
        OffsetDateTime createdAt,
        int version) {}
