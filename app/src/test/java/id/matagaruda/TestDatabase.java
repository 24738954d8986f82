package id.matagaruda;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at H2 (in memory, PostgreSQL mode) or, when the build runs the PostgreSQL pass
 * ({@code -Dmatagaruda.test.db=pg}, with {@code MATAGARUDA_TEST_PG_URL}), at a fresh schema of the real server.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Two builds on one server (parallel worktrees) keep apart with {@code MATAGARUDA_TEST_PG_SCHEMA}. */
    public static final String SCHEMA = System.getenv().getOrDefault("MATAGARUDA_TEST_PG_SCHEMA", "matagaruda_test");
    private static boolean schemaReset;

    public static boolean postgres() {
        return "pg".equals(System.getProperty("matagaruda.test.db"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props = new HashMap<>();
        // Evidence files and other stored data of a test run stay under target/, never in the working tree.
        props.put("matagaruda.data-dir", java.nio.file.Path.of("target", "test-data").toAbsolutePath().toString());
        props.put("matagaruda.quality.scheduling", "false");
        // No demo events in test contexts: tests that need a lake build their own.
        props.put("matagaruda.events.demo-count", "0");
        if (postgres()) {
            String url = System.getenv("MATAGARUDA_TEST_PG_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("PostgreSQL pass requested but MATAGARUDA_TEST_PG_URL is not set");
            }
            String user = System.getenv().getOrDefault("MATAGARUDA_TEST_PG_USER", "postgres");
            String password = System.getenv().getOrDefault("MATAGARUDA_TEST_PG_PASSWORD", "");
            resetSchemaOnce(url, user, password);
            props.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
            props.put("spring.datasource.username", user);
            props.put("spring.datasource.password", password);
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:mgtest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
    }

    private static synchronized void resetSchemaOnce(String url, String user, String password) {
        if (schemaReset) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare PostgreSQL test schema at " + url, e);
        }
        schemaReset = true;
    }
}
