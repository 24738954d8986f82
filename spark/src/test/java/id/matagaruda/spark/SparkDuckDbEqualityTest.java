package id.matagaruda.spark;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.lake.AggregateQuery;
import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import id.matagaruda.lake.DuckDbAggregator;
import id.matagaruda.lake.SyntheticLake;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spark local[2] and DuckDB aggregate one generated lake (200,000 events, 514 kab/kota, 36 months, several files per
 * month, events without region or category, kab/kota without population) to the same CSV, row for row.
 */
class SparkDuckDbEqualityTest {

    private static final long EVENTS = 200_000;

    @TempDir static Path dir;
    static Path lake;
    static SparkSession spark;

    @BeforeAll
    static void lakeAndSession() {
        lake = dir.resolve("lake");
        SyntheticLake.write(lake, EVENTS, 20_240_817, SyntheticLake.generatedRegions(17), 3);
        spark = SparkAggregate.session("local[2]");
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static Stream<Arguments> everyLevelAndPeriod() {
        return Stream.of(Level.values()).flatMap(l -> Stream.of(Period.values()).map(p -> Arguments.of(l, p)));
    }

    private static List<String> lines(List<AggregateQuery.Row> rows) {
        return rows.stream().map(AggregateQuery.Row::csvLine).toList();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyLevelAndPeriod")
    void sparkGivesTheRowsDuckDbGives(Level level, Period period) {
        List<String> duckdb = lines(DuckDbAggregator.aggregate(lake, level, period));

        List<String> onSpark = lines(SparkAggregate.aggregate(spark, lake.toUri().toString(), level, period));

        assertThat(onSpark).hasSize(duckdb.size()).containsExactlyElementsOf(duckdb);
        // The lake must exercise what differs between engines: null categories sort last; some kab/kota have no
        // population (every province has one, summed from its known kab/kota).
        assertThat(duckdb).anyMatch(l -> l.split(",", -1)[2].isEmpty());
        if (level == Level.KABKOTA) {
            assertThat(duckdb).anyMatch(l -> l.endsWith(",,"));
        }
        long counted = duckdb.stream().mapToLong(l -> Long.parseLong(l.split(",", -1)[3])).sum();
        assertThat(counted).isBetween(EVENTS * 80 / 100, EVENTS * 99 / 100);
    }

    @Test
    void aggregatesByKabkotaMonthCoverAll514KabkotaAnd36Months() {
        List<String> rows = lines(DuckDbAggregator.aggregate(lake, Level.KABKOTA, Period.MONTH));

        assertThat(rows.stream().map(l -> l.split(",")[0]).distinct()).hasSize(514);
        assertThat(rows.stream().map(l -> l.split(",")[1]).distinct()).hasSize(36);
    }

    @Test
    void theCommandLineWritesTheFileDuckDbWouldWrite() throws Exception {
        Path out = dir.resolve("spark-provinsi-year.csv");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        AggregateQuery.writeCsv(DuckDbAggregator.aggregate(lake, Level.PROVINSI, Period.YEAR), expected);

        int code = SparkAggregate.run("events", "aggregate", "--lake", lake.toString(), "--level", "provinsi",
                "--period", "year", "--master", "local[2]", "--output", out.toString());

        assertThat(code).isZero();
        assertThat(Files.readString(out)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
        assertThat(spark.sparkContext().isStopped()).as("a session the job did not start is left running").isFalse();
    }

    @Test
    void badArgumentsAreRefusedWithTheSharedMessages() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertThat(SparkAggregate.run("--lake", lake.toString(), "--level", "desa", "--period", "month")).isEqualTo(2);
            assertThat(SparkAggregate.run("--lake", dir.resolve("tidak-ada").toString(), "--level", "provinsi",
                    "--period", "month")).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--level: harus salah satu dari provinsi|kabkota, bukan 'desa'")
                .contains("--lake: direktori danau data tidak ada");
    }
}
