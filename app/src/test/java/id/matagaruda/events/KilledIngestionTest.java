package id.matagaruda.events;

import id.matagaruda.nlp.Classifiers;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.lake.LakeLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: a child JVM ingesting a large file is killed (SIGKILL) once its first Parquet file is visible; rerunning
 * the same file from the start must leave exactly the rows one uninterrupted run leaves.
 */
class KilledIngestionTest {

    private static final int BATCH = 500;

    @TempDir Path dir;

    @Test
    void aKilledIngestionRerunFromTheStartEqualsAnUninterruptedOne() throws Exception {
        Path input = dir.resolve("besar.jsonl");
        EventGenerator.write(EventGenerator.Options.of(20_000, 3).withErrors(true), input);

        Path killed = dir.resolve("lake-dibunuh");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledIngestionMain.class.getName(),
                killed.toString(), input.toString(), Integer.toString(BATCH))
                .redirectErrorStream(true).redirectOutput(dir.resolve("anak.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (parquetFiles(killed) == 0 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        boolean aliveWhenKilled = child.isAlive();
        child.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        assertThat(aliveWhenKilled).as("the child was still ingesting when killed; log: %s",
                Files.readString(dir.resolve("anak.log"))).isTrue();
        long committedBeforeRerun = LakeRows.query(killed, "SELECT count(*) FROM EVENTS").stream()
                .mapToLong(Long::parseLong).sum();
        assertThat(committedBeforeRerun).isPositive().isLessThan(20_000);

        IngestSummary rerun = ingestor(killed).ingest(input);
        Path whole = dir.resolve("lake-utuh");
        IngestSummary uninterrupted = ingestor(whole).ingest(input);

        List<String> expected = LakeRows.sorted(whole);
        assertThat(LakeRows.sorted(killed)).hasSize(expected.size()).isEqualTo(expected);
        assertThat(rerun.duplicates() - uninterrupted.duplicates())
                .as("the rerun finds what the killed run committed (the batch is completed by recovery)")
                .isGreaterThanOrEqualTo(committedBeforeRerun);
        try (Stream<Path> s = Files.walk(LakeLayout.ingestState(killed))) {
            assertThat(s.filter(p -> p.toString().contains("staging") && Files.isRegularFile(p))).isEmpty();
        }
    }

    private static EventIngestor ingestor(Path lake) {
        return new EventIngestor(lake, Classifiers.defaultClassifier(), Geoparser.shipped(), BATCH, 2);
    }

    private static long parquetFiles(Path lake) throws Exception {
        Path events = LakeLayout.events(lake);
        if (!Files.isDirectory(events)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(events)) {
            return s.filter(p -> p.toString().endsWith(".parquet")).count();
        }
    }
}
