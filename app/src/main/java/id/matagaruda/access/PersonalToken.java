package id.matagaruda.access;

import java.time.OffsetDateTime;

/**
 * A personal access token of the signed-in user for scripts and integrations ({@code Authorization: Bearer}). The
 * secret is shown once, at creation ({@code token}); only its SHA-256 is stored, so {@code token} is null afterwards.
 */
public record PersonalToken(
        long id,
        String name,
        String prefix,
        OffsetDateTime createdAt,
        OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt,
        OffsetDateTime revokedAt,
        String token) {}
