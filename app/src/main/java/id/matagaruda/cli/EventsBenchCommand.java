package id.matagaruda.cli;

import id.matagaruda.events.EventGenerator;
import id.matagaruda.events.EventIngestor;
import id.matagaruda.events.IngestSummary;
import id.matagaruda.geoparse.Geoparser;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * End-to-end ingestion benchmark: generates the events once (kept in the work folder), ingests them into a fresh lake,
 * and reports throughput, wall time, the peak of used heap (sampled every 100 ms) and the lake's size.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Ukur ingesti peristiwa ujung ke ujung. / End-to-end event ingestion benchmark.")
class EventsBenchCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "1000000", description = "jumlah peristiwa (bawaan ${DEFAULT-VALUE})")
    long count;

    @Option(names = "--work", defaultValue = "./data/bench-events", description = "folder kerja (bawaan ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work);
        Path input = work.resolve("peristiwa-" + count + "-" + seed + ".jsonl");
        if (!Files.exists(input)) {
            long t0 = System.nanoTime();
            Path tmp = work.resolve("peristiwa-" + count + "-" + seed + ".tmp.jsonl");
            EventGenerator.write(EventGenerator.Options.of(count, seed), tmp);
            Files.move(tmp, input, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("generated %d events -> %s (%.0f MB) in %.1f s%n", count, input, Files.size(input) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
        }
        Path lake = work.resolve("lake-" + count);
        deleteTree(lake);
        EventIngestor ingestor = new EventIngestor(lake, EventsCommand.CLASSIFIER.get(), Geoparser.shipped());
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        IngestSummary s = ingestor.ingest(input);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
        sampler.interrupt();
        long live = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        long lakeBytes;
        try (Stream<Path> files = Files.walk(lake.resolve("events"))) {
            lakeBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.println(s.toJson());
        System.out.printf("input: %d events, %.0f MB; max heap %d MB; classifier %s%n", count, Files.size(input) / 1e6,
                Runtime.getRuntime().maxMemory() / (1 << 20), EventsCommand.CLASSIFIER.get().name());
        System.out.printf("wall %.1f s, %.0f events/s (read lines per second), %d Parquet files, lake %.0f MB%n", seconds,
                s.read() / seconds, s.files(), lakeBytes / 1e6);
        System.out.printf("heap used: before %d MB, peak %d MB (sampled every 100 ms); after the last collection %d MB%n",
                baseline / (1 << 20), peak.get() / (1 << 20), live / (1 << 20));
        System.out.printf("process CPU %.1f s (%.0f events per CPU-second; %d processors, load average %.1f)%n",
                cpuSeconds, s.read() / cpuSeconds, os.getAvailableProcessors(), os.getSystemLoadAverage());
        return 0;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
