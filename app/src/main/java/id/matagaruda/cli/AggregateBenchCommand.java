package id.matagaruda.cli;

import id.matagaruda.lake.AggregateArguments;
import id.matagaruda.lake.AggregateArguments.BadArgumentException;
import id.matagaruda.lake.AggregateQuery;
import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import id.matagaruda.lake.DuckDbAggregator;
import id.matagaruda.lake.LakeLayout;
import id.matagaruda.lake.ProcessMemory;
import id.matagaruda.lake.SyntheticLake;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the aggregation by kab/kota and month of a generated lake (10 million events over the 514 kab/kota in proportion
 * to their population, 36 months, 13 categories) in DuckDB, and optionally in Spark local[2] for comparison. Writing
 * the lake is not timed; it is kept in the work directory and reused by the next run with the same size and seed.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Ukur waktu agregasi danau peristiwa per kab/kota-bulan (DuckDB, opsional Spark). / Time the event"
                + " lake aggregation by kab/kota and month.")
class AggregateBenchCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "10000000", description = "jumlah peristiwa (bawaan ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--work", defaultValue = "data/bench/aggregate",
            description = "direktori kerja untuk danau sintetis (bawaan ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--runs", defaultValue = "3", description = "pengulangan terukur setelah satu pemanasan")
    int runs;

    @Option(names = "--spark", description = "bandingkan juga dengan Spark (proses JVM terpisah)")
    boolean spark;

    @Option(names = "--master", defaultValue = "local[2]")
    String master;

    @Option(names = "--spark-runs", defaultValue = "1", description = "jalankan Spark sekian kali (bawaan ${DEFAULT-VALUE})")
    int sparkRuns;

    @Option(names = "--spark-home", defaultValue = "${env:MATAGARUDA_SPARK_HOME}")
    Path sparkHome;

    @Override
    public Integer call() throws Exception {
        if (events < 1 || runs < 1) {
            System.err.println("--events dan --runs: harus >= 1 / must be at least 1");
            return 2;
        }
        List<SyntheticLake.Region> regions = kabkota();
        int batches = (int) Math.max(3, Math.min(10, events / 2_000_000));
        Path lake = work.resolve("lake-" + events + "-" + seed);
        String description = SyntheticLake.description(events, seed, regions.size(), batches);
        Path marker = lake.resolve(SyntheticLake.MARKER);
        if (Files.isRegularFile(marker) && Files.readString(marker).equals(description)) {
            System.out.printf("lake: %s (dipakai ulang / reused)%n", lake);
        } else {
            delete(lake);
            long t0 = System.nanoTime();
            SyntheticLake.write(lake, events, seed, regions, batches);
            System.out.printf("lake: %s ditulis dalam %.1f s (tidak diukur / not timed)%n", lake,
                    (System.nanoTime() - t0) / 1e9);
        }
        List<Path> files = LakeLayout.eventFiles(lake);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("lake: %,d events, %d kab/kota, %d files, %d MB Parquet%n", events, regions.size(), files.size(),
                bytes / (1024 * 1024));

        ProcessMemory.resetPeak();
        long warm = time(lake);
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        List<AggregateQuery.Row> rows = null;
        for (int i = 0; i < runs; i++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            rows = DuckDbAggregator.aggregate(lake, Level.KABKOTA, Period.MONTH);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (cpuNanos() - c0) / 1_000_000;
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("duckdb kabkota x month: %d rows; warm-up %d ms; runs %s ms; median %d ms (target < 5000 ms)%n",
                rows.size(), warm, Arrays.toString(ms), sorted[runs / 2]);
        // On a shared machine the wall time depends on the neighbours; the CPU time and the load say how much.
        System.out.printf("duckdb CPU time per run (all threads) %s ms; %d cores; load average %s%n", Arrays.toString(cpu),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf("duckdb memory: peak RSS %s (process, during aggregation), peak heap %s%n",
                ProcessMemory.mb(ProcessMemory.peakRssBytes()), ProcessMemory.mb(ProcessMemory.peakHeapBytes()));
        if (spark) {
            return spark(lake, rows);
        }
        return 0;
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+", 4)[0];
        } catch (IOException | RuntimeException e) {
            return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static long time(Path lake) {
        long t0 = System.nanoTime();
        DuckDbAggregator.aggregate(lake, Level.KABKOTA, Period.MONTH);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** Spark in a child JVM as {@code --engine spark} runs it; its CSV must equal DuckDB's. */
    private int spark(Path lake, List<AggregateQuery.Row> duckdbRows) throws Exception {
        Path out = work.resolve("spark-kabkota-month.csv");
        AggregateArguments args = AggregateArguments.of(lake.toString(), "kabkota", "month", "spark", master, out);
        List<String> command;
        try {
            command = EventsAggregateCommand.sparkCommand(EventsAggregateCommand.sparkHome(sparkHome), args.toArgs());
        } catch (BadArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Pattern timing = Pattern.compile("agregasi (\\d+) ms; puncak RSS ([^,]+), heap ([^)]+)\\)");
        List<Long> wall = new ArrayList<>();
        List<Long> query = new ArrayList<>();
        String memory = "?";
        for (int i = 0; i < sparkRuns; i++) {
            Files.deleteIfExists(out);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            int code = runCapturingStderr(command, err);
            wall.add((System.nanoTime() - t0) / 1_000_000);
            String log = err.toString();
            if (code != 0) {
                System.err.print(log);
                return code;
            }
            Matcher m = timing.matcher(log);
            if (m.find()) {
                query.add(Long.parseLong(m.group(1)));
                memory = "peak RSS " + m.group(2) + ", peak heap " + m.group(3);
            }
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        AggregateQuery.writeCsv(duckdbRows, expected);
        boolean same = Arrays.equals(expected.toByteArray(), Files.readAllBytes(out));
        System.out.printf("spark %s kabkota x month: wall (JVM start + session + query) %s ms, query %s ms%n", master,
                wall, query);
        System.out.printf("spark memory (child JVM): %s; output identical to DuckDB: %s%n", memory, same ? "ya / yes"
                : "TIDAK / NO");
        return same ? 0 : 1;
    }

    private static int runCapturingStderr(List<String> command, OutputStream err) throws IOException, InterruptedException {
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true));
        try {
            return EventsAggregateCommand.runStreaming(command);
        } finally {
            System.setErr(original);
        }
    }

    private static List<SyntheticLake.Region> kabkota() {
        ReferenceRegions regions = ReferenceRegions.shipped();
        return regions.codes().stream().map(regions::find).flatMap(java.util.Optional::stream)
                .filter(r -> r.level() == RegionLevel.KABKOTA)
                .map((Region r) -> new SyntheticLake.Region(r.kode(), r.parent(), r.population())).toList();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
