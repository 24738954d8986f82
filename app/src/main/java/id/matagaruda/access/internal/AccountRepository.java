package id.matagaruda.access.internal;

import id.matagaruda.access.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts (table app_user). */
@Repository
public class AccountRepository {

    private static final String COLUMNS = """
            id, username, full_name, password_hash, role, region_kode, enabled, demo, failed_attempts, locked_until,
            created_at, version""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = :u").param("u", username)
                .query(AccountRepository::map).optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where id = :id").param("id", id)
                .query(AccountRepository::map).optional();
    }

    public List<Account> all() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by region_kode, username")
                .query(AccountRepository::map).list();
    }

    public long insert(String username, String fullName, String passwordHash, Role role, String regionKode, boolean demo) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (username, full_name, password_hash, role, region_kode, enabled, demo, failed_attempts, created_at, version)
                values (:u, :name, :hash, :role, :region, true, :demo, 0, :now, 0)""")
                .param("u", username).param("name", fullName).param("hash", passwordHash).param("role", role.name())
                .param("region", regionKode).param("demo", demo).param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean anyEnabledWithRole(Role role) {
        return jdbc.sql("select count(*) from app_user where role = :r and enabled = true and demo = false")
                .param("r", role.name()).query(Long.class).single() > 0;
    }

    public long countDemo() {
        return jdbc.sql("select count(*) from app_user where demo = true").query(Long.class).single();
    }

    public int recordFailure(String username, int maxFailures, OffsetDateTime lockUntil) {
        jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = :u")
                .param("u", username).update();
        return jdbc.sql("""
                update app_user set locked_until = :until, failed_attempts = 0
                where username = :u and failed_attempts >= :max""")
                .param("u", username).param("max", maxFailures).param("until", lockUntil).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = :u and (failed_attempts > 0 or locked_until is not null)")
                .param("u", username).update();
    }

    public int setPassword(long id, String hash, int version) {
        return jdbc.sql("update app_user set password_hash = :h, version = version + 1, failed_attempts = 0, locked_until = null where id = :id and version = :v")
                .param("h", hash).param("id", id).param("v", version).update();
    }

    public int setEnabled(long id, boolean enabled, int version) {
        return jdbc.sql("update app_user set enabled = :e, version = version + 1 where id = :id and version = :v")
                .param("e", enabled).param("id", id).param("v", version).update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("region_kode"),
                rs.getBoolean("enabled"), rs.getBoolean("demo"), rs.getInt("failed_attempts"),
                rs.getObject("locked_until", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getInt("version"));
    }
}
