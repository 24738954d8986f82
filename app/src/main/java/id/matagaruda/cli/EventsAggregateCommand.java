package id.matagaruda.cli;

import id.matagaruda.lake.AggregateArguments;
import id.matagaruda.lake.AggregateArguments.BadArgumentException;
import id.matagaruda.lake.AggregateQuery;
import id.matagaruda.lake.DuckDbAggregator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code events aggregate}: event counts per region, period and category with rates per 100,000 people, computed from
 * the lake by the embedded DuckDB, or by Spark in a child JVM running the Spark module's job with the same SQL.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Hitung peristiwa per wilayah, periode dan kategori dari danau data, dengan laju per 100.000"
                + " penduduk. / Aggregate the event lake per region, period and category.")
public class EventsAggregateCommand implements Callable<Integer> {

    static final String BUILD_SPARK = "mvn -pl spark -am package -DskipTests";

    /** What spark-submit adds on Java 17 (Spark's JavaModuleOptions); the child JVM is started without spark-submit. */
    static final List<String> SPARK_JVM_OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    @Option(names = "--lake", defaultValue = "data/lake", description = "direktori danau data (bawaan ${DEFAULT-VALUE})")
    String lake;

    @Option(names = "--level", description = "provinsi|kabkota")
    String level;

    @Option(names = "--period", description = "week|month|year")
    String period;

    @Option(names = "--engine", defaultValue = "duckdb", description = "duckdb|spark (bawaan ${DEFAULT-VALUE})")
    String engine;

    @Option(names = "--master", description = "master Spark, mis. local[2] (bawaan) atau spark://HOST:PORT")
    String master;

    @Option(names = "--output", description = "berkas CSV keluaran; tanpa ini ke stdout")
    Path output;

    @Option(names = "--spark-home", defaultValue = "${env:MATAGARUDA_SPARK_HOME}",
            description = "direktori berisi matagaruda-spark.jar dan lib/ (bawaan: MATAGARUDA_SPARK_HOME, atau"
                    + " spark/target di samping aplikasi)")
    Path sparkHome;

    @Override
    public Integer call() throws Exception {
        AggregateArguments a;
        try {
            a = AggregateArguments.of(lake, level, period, engine, master, output);
            if (a.engine().equals(AggregateArguments.DUCKDB)) {
                return duckdb(a);
            }
            return spark(a);
        } catch (BadArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private int duckdb(AggregateArguments a) throws IOException {
        if (!a.localLake()) {
            throw new BadArgumentException("--lake: DuckDB hanya membaca direktori di mesin ini; untuk " + a.lake()
                    + " pakai --engine spark / DuckDB reads local directories only");
        }
        long t0 = System.nanoTime();
        List<AggregateQuery.Row> rows = DuckDbAggregator.aggregate(a.lakePath(), a.level(), a.period());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (a.output() == null) {
            AggregateQuery.writeCsv(rows, System.out);
        } else {
            Path parent = a.output().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(a.output())) {
                AggregateQuery.writeCsv(rows, out);
            }
        }
        System.err.printf("duckdb: %d baris ke %s (agregasi %d ms) / rows written%n", rows.size(),
                a.output() == null ? "stdout" : a.output(), ms);
        return 0;
    }

    private int spark(AggregateArguments a) throws IOException, InterruptedException {
        if (a.localLake()) {
            AggregateArguments.requireEvents(a.lakePath());
        }
        List<String> command = sparkCommand(sparkHome(sparkHome), a.toArgs());
        return runStreaming(command);
    }

    /**
     * {@code java [module options] -cp matagaruda-spark.jar:lib/* id.matagaruda.spark.SparkAggregate ARGS}.
     *
     * @throws BadArgumentException telling how to build the Spark module when its jar is not there
     */
    static List<String> sparkCommand(Path home, List<String> args) {
        Path jar = home.resolve("matagaruda-spark.jar");
        Path lib = home.resolve("lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new BadArgumentException("--engine spark: modul Spark belum dibangun (tidak ada " + jar + " dan " + lib
                    + "/); bangun dengan: " + BUILD_SPARK + " / the Spark job is not built; build it with: " + BUILD_SPARK
                    + " (or set MATAGARUDA_SPARK_HOME)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SPARK_JVM_OPTIONS);
        String extra = System.getenv("MATAGARUDA_SPARK_JAVA_OPTS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-cp");
        command.add(jar.toAbsolutePath() + File.pathSeparator + lib.toAbsolutePath() + File.separator + "*");
        command.add("id.matagaruda.spark.SparkAggregate");
        command.addAll(args);
        return command;
    }

    /**
     * Where the Spark job lives: the option or MATAGARUDA_SPARK_HOME, else {@code spark/target} of the checkout the
     * application runs from ({@code app/target/matagaruda.jar} or, in tests, {@code app/target/classes}).
     */
    static Path sparkHome(Path given) {
        if (given != null) {
            return given;
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path p = Path.of(entry).toAbsolutePath().normalize();
            Path target = p.getParent();
            if (target != null && target.getFileName() != null && target.getFileName().toString().equals("target")
                    && target.getParent() != null && target.getParent().getParent() != null) {
                Path candidate = target.getParent().getParent().resolve("spark").resolve("target");
                if (Files.isDirectory(candidate.getParent())) {
                    return candidate;
                }
            }
        }
        return Path.of("spark", "target");
    }

    /** Runs the child with its output copied as it comes to this process's stdout and stderr; its exit code. */
    static int runStreaming(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        Thread out = pump(process.getInputStream(), System.out);
        Thread err = pump(process.getErrorStream(), System.err);
        int code = process.waitFor();
        out.join();
        err.join();
        return code;
    }

    private static Thread pump(InputStream from, PrintStream to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (from) {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // The child has gone; what it wrote so far has been passed on.
            }
        }, "spark-output");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
