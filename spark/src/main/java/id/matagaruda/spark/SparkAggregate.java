package id.matagaruda.spark;

import id.matagaruda.lake.AggregateArguments;
import id.matagaruda.lake.AggregateArguments.BadArgumentException;
import id.matagaruda.lake.AggregateQuery;
import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import id.matagaruda.lake.LakeLayout;
import id.matagaruda.lake.ProcessMemory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code events aggregate} on Spark: registers the lake's views {@code events} and {@code penduduk} and runs the
 * aggregation SQL the embedded DuckDB engine runs, then writes the same CSV (the rows are few once aggregated, so they
 * are collected, already sorted, to the driver and formatted by the shared code).
 *
 * <p>Three ways to run it, all with the arguments of {@code ./matagaruda events aggregate} (leading {@code events
 * aggregate} tokens are skipped; {@code --master} defaults to {@code local[2]} unless spark-submit sets one):
 * <pre>
 * ./matagaruda events aggregate --engine spark --lake DIR --level kabkota --period month --output OUT.csv
 * java [Spark's --add-opens options] -cp spark/target/matagaruda-spark.jar:spark/target/lib/* \
 *      id.matagaruda.spark.SparkAggregate --lake DIR --level kabkota --period month --output OUT.csv
 * spark-submit --master spark://HOST:7077 --class id.matagaruda.spark.SparkAggregate spark/target/matagaruda-spark.jar \
 *      --lake /shared/lake --level provinsi --period year --output OUT.csv
 * </pre>
 * The jar holds the lake module's classes (shaded in at package time), so spark-submit needs no {@code --jars}. On a
 * cluster the lake must be readable by every executor (a shared mount or an {@code hdfs://}/{@code s3a://} URI); the
 * CSV is written on the driver.
 */
public final class SparkAggregate {

    private SparkAggregate() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job; 0 when done, 2 for arguments or a lake the user must correct (message on stderr). */
    public static int run(String... args) {
        AggregateArguments a;
        try {
            a = AggregateArguments.parse(args);
            if (a.localLake()) {
                AggregateArguments.requireEvents(a.lakePath());
            }
        } catch (BadArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        long t0 = System.nanoTime();
        boolean ownSession = SparkSession.getActiveSession().isEmpty() && SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = session(a.master());
        try {
            long t1 = System.nanoTime();
            List<AggregateQuery.Row> rows = aggregate(spark, lakeUri(a), a.level(), a.period());
            long t2 = System.nanoTime();
            write(rows, a);
            System.err.printf("spark: %d baris ke %s (mulai sesi %d ms, agregasi %d ms; puncak RSS %s, heap %s)"
                    + " / rows written%n", rows.size(), a.output() == null ? "stdout" : a.output(), (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, ProcessMemory.mb(ProcessMemory.peakRssBytes()),
                    ProcessMemory.mb(ProcessMemory.peakHeapBytes()));
            return 0;
        } catch (BadArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    /**
     * A session for the job. Settings given to spark-submit win over these defaults, except partition type inference:
     * it must stay off, or Spark would read {@code bulan=2024-01} as something other than the text DuckDB reads.
     */
    public static SparkSession session(String master) {
        SparkConf given = new SparkConf();
        SparkSession.Builder b = SparkSession.builder().appName("matagaruda-events-aggregate");
        String effective = master != null ? master : given.get("spark.master", "local[2]");
        b.master(effective);
        b.config("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        defaultTo(b, given, "spark.ui.enabled", "false");
        // A lake has one directory per month: a few dozen to a few hundred, listed faster by the driver than by a job.
        defaultTo(b, given, "spark.sql.sources.parallelPartitionDiscovery.threshold", "1000");
        if (effective.startsWith("local")) {
            // Few result partitions suit one machine; the driver on loopback spares a hostname lookup.
            defaultTo(b, given, "spark.sql.shuffle.partitions", "8");
            defaultTo(b, given, "spark.driver.host", "127.0.0.1");
            defaultTo(b, given, "spark.driver.bindAddress", "127.0.0.1");
        }
        return b.getOrCreate();
    }

    /** The aggregated rows in the SQL's order. */
    public static List<AggregateQuery.Row> aggregate(SparkSession spark, String lake, Level level, Period period) {
        String base = lake.endsWith("/") ? lake.substring(0, lake.length() - 1) : lake;
        String events = base + "/" + LakeLayout.events(java.nio.file.Path.of("")).toString();
        String population = base + "/" + LakeLayout.population(java.nio.file.Path.of("")).toString().replace('\\', '/');
        try {
            // Only *.parquet, as the DuckDB engine reads; names starting with _ or . Spark skips by itself.
            spark.read().option("basePath", events).option("pathGlobFilter", "*.parquet").parquet(events)
                    .createOrReplaceTempView("events");
        } catch (Exception e) {
            if (e instanceof AnalysisException) {
                throw new BadArgumentException("--lake: danau data tidak ada atau kosong, tidak ada berkas " + events
                        + "/" + LakeLayout.PARTITION + "=YYYY-MM/*.parquet / the lake is missing or holds no event files ("
                        + e.getMessage() + ")");
            }
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
        if (exists(spark, population)) {
            spark.read().parquet(population).createOrReplaceTempView("penduduk");
        } else {
            spark.sql(AggregateQuery.EMPTY_POPULATION_SQL).createOrReplaceTempView("penduduk");
        }
        Dataset<Row> result = spark.sql(AggregateQuery.sql(level, period));
        List<AggregateQuery.Row> rows = new ArrayList<>();
        for (Row r : result.collectAsList()) {
            rows.add(new AggregateQuery.Row(r.getString(0), r.getString(1), r.isNullAt(2) ? null : r.getString(2),
                    r.getLong(3), r.isNullAt(4) ? null : r.getLong(4)));
        }
        return rows;
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return fs.exists(p);
        } catch (IOException e) {
            return false;
        }
    }

    private static String lakeUri(AggregateArguments a) {
        return a.localLake() ? a.lakePath().toAbsolutePath().normalize().toUri().toString() : a.lake();
    }

    private static void write(List<AggregateQuery.Row> rows, AggregateArguments a) {
        if (a.output() == null) {
            AggregateQuery.writeCsv(rows, System.out);
            return;
        }
        try {
            if (a.output().toAbsolutePath().getParent() != null) {
                Files.createDirectories(a.output().toAbsolutePath().getParent());
            }
            try (OutputStream out = Files.newOutputStream(a.output())) {
                AggregateQuery.writeCsv(rows, out);
            }
        } catch (IOException e) {
            throw new BadArgumentException("--output: tidak dapat menulis " + a.output() + ": " + e.getMessage()
                    + " / cannot write the output file");
        }
    }

    private static void defaultTo(SparkSession.Builder b, SparkConf given, String key, String value) {
        if (!given.contains(key)) {
            b.config(key, value);
        }
    }
}
