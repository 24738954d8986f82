package id.matagaruda.cli;

import id.matagaruda.ConsoleCapture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import id.matagaruda.lake.AggregateQuery;
import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import id.matagaruda.lake.DuckDbAggregator;
import id.matagaruda.lake.LakeLayout;
import id.matagaruda.lake.SyntheticLake;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code events aggregate} as a user runs it, on a small generated lake. */
class EventsAggregateCommandTest {

    @TempDir static Path shared;
    static Path lake;

    @TempDir Path dir;

    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    @BeforeAll
    static void generatedLake() {
        lake = shared.resolve("lake");
        SyntheticLake.write(lake, 20_000, 5, SyntheticLake.generatedRegions(5), 2);
    }

    private int run(String... args) {
        return new CommandLine(new EventsAggregateCommand()).execute(args);
    }

    private String err() {
        return console.err();
    }

    private static String expectedCsv(Level level, Period period) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        AggregateQuery.writeCsv(DuckDbAggregator.aggregate(lake, level, period), csv);
        return csv.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheCsvWithHeaderAndRatesToTheOutputFile() throws Exception {
        Path output = dir.resolve("keluaran/kabkota-bulan.csv");

        int code = run("--lake", lake.toString(), "--level", "kabkota", "--period", "month", "--output", output.toString());

        assertThat(code).as(err()).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).isEqualTo("kode_wilayah,periode,kategori,jumlah,penduduk,per_100rb");
        assertThat(lines.size()).isGreaterThan(5_000);
        assertThat(lines.get(1)).matches("11\\.01,2023-\\d\\d,[a-z_]*,\\d+,\\d*,[0-9.]*");
        assertThat(Files.readString(output)).isEqualTo(expectedCsv(Level.KABKOTA, Period.MONTH));
        assertThat(err()).contains("duckdb: " + (lines.size() - 1) + " baris");
    }

    @Test
    void withoutOutputTheCsvGoesToStandardOutput() {
        int code = run("--lake", lake.toString(), "--level", "provinsi", "--period", "year");

        assertThat(code).isZero();
        assertThat(console.out()).isEqualTo(expectedCsv(Level.PROVINSI, Period.YEAR));
    }

    @Test
    void aMissingLakeIsRefusedNamingTheOption() {
        int code = run("--lake", dir.resolve("tidak-ada").toString(), "--level", "kabkota", "--period", "month");

        assertThat(code).isEqualTo(2);
        assertThat(err()).startsWith("--lake: direktori danau data tidak ada").contains("does not exist");
    }

    @Test
    void anEmptyLakeIsRefusedOnBothEngines() throws Exception {
        Files.createDirectories(LakeLayout.events(dir));

        assertThat(run("--lake", dir.toString(), "--level", "kabkota", "--period", "month")).isEqualTo(2);
        assertThat(run("--lake", dir.toString(), "--level", "kabkota", "--period", "month", "--engine", "spark"))
                .isEqualTo(2);
        assertThat(err().lines().filter(l -> l.startsWith("--lake: danau data kosong"))).hasSize(2);
    }

    @Test
    void aBadLevelOrPeriodIsRefusedWithTheAllowedValues() {
        assertThat(run("--lake", lake.toString(), "--level", "kecamatan", "--period", "month")).isEqualTo(2);
        assertThat(run("--lake", lake.toString(), "--level", "provinsi", "--period", "kuartal")).isEqualTo(2);
        assertThat(run("--lake", lake.toString(), "--period", "month")).isEqualTo(2);

        assertThat(err()).contains("--level: harus salah satu dari provinsi|kabkota, bukan 'kecamatan'"
                        + " / must be one of provinsi|kabkota")
                .contains("--period: harus salah satu dari week|month|year, bukan 'kuartal'")
                .contains("--level: wajib diisi");
    }

    @Test
    void sparkWithoutItsBuiltJarTellsHowToBuildIt() {
        int code = run("--lake", lake.toString(), "--level", "kabkota", "--period", "month", "--engine", "spark",
                "--spark-home", dir.resolve("kosong").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err()).startsWith("--engine spark: modul Spark belum dibangun")
                .contains("mvn -pl spark -am package -DskipTests");
    }

    /** Runs when the Spark module has been packaged in this checkout (spark/target): the child JVM path end to end. */
    @Test
    void sparkInAChildJvmWritesTheSameCsvAsDuckDb() throws Exception {
        Path home = EventsAggregateCommand.sparkHome(null);
        assumeThat(home.resolve("matagaruda-spark.jar")).as("spark module built").isRegularFile();
        Path output = dir.resolve("spark.csv");

        int code = run("--lake", lake.toString(), "--level", "provinsi", "--period", "month", "--engine", "spark",
                "--output", output.toString());

        assertThat(code).as(err()).isZero();
        assertThat(Files.readString(output)).isEqualTo(expectedCsv(Level.PROVINSI, Period.MONTH));
        assertThat(err()).contains("spark: ").contains(" baris ke ");
    }
}
