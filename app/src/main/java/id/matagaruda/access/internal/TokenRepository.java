package id.matagaruda.access.internal;

import id.matagaruda.access.PersonalToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Personal access tokens, stored as SHA-256 digests of the secret. */
@Repository
public class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public long insert(long userId, String name, String hash, String prefix, OffsetDateTime created, OffsetDateTime expires) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into access_token (user_id, name, token_hash, token_prefix, created_at, expires_at)
                values (:user, :name, :hash, :prefix, :created, :expires)""")
                .param("user", userId).param("name", name).param("hash", hash).param("prefix", prefix)
                .param("created", created).param("expires", expires)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<PersonalToken> ofUser(long userId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, last_used_at, revoked_at
                from access_token where user_id = :user order by id""")
                .param("user", userId)
                .query((rs, n) -> new PersonalToken(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class), null))
                .list();
    }

    /** The account id of a live (not revoked, not expired) token with this secret. */
    public Optional<Long> liveOwner(String token) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return jdbc.sql("""
                select user_id from access_token
                where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > :now)""")
                .param("hash", sha256(token)).param("now", now)
                .query(Long.class).optional();
    }

    public void touch(String token) {
        // At most one write a minute per token: "last used" need not be exact, and API reads stay read-only.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                update access_token set last_used_at = :now
                where token_hash = :hash and (last_used_at is null or last_used_at < :minuteAgo)""")
                .param("now", now).param("hash", sha256(token)).param("minuteAgo", now.minusMinutes(1)).update();
    }

    public void revoke(long id, OffsetDateTime at) {
        jdbc.sql("update access_token set revoked_at = :at where id = :id and revoked_at is null")
                .param("at", at).param("id", id).update();
    }
}
