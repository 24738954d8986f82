package id.matagaruda.events.internal;

import id.matagaruda.events.EventGenerator;
import id.matagaruda.events.EventIngestor;
import id.matagaruda.events.IngestJobs;
import id.matagaruda.lake.LakeLayout;
import id.matagaruda.nlp.TextClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Fills an empty demo lake: generates synthetic events (seed 42, the default span) and ingests them in the background,
 * logging progress; startup never waits for it.
 */
@Component
@Profile("demo")
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private final IngestJobs jobs;
    private final ObjectProvider<TextClassifier> classifiers;
    private final int count;

    DemoEvents(IngestJobs jobs, ObjectProvider<TextClassifier> classifiers,
            @Value("${matagaruda.events.demo-count:30000}") int count) {
        this.jobs = jobs;
        this.classifiers = classifiers;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        Path lake = jobs.lake();
        if (count <= 0 || EventIngestor.hasEvents(lake)) {
            return;
        }
        if (classifiers.getIfAvailable() == null) {
            log.warn("Demo events skipped: no TextClassifier bean to categorise them");
            return;
        }
        Thread t = new Thread(() -> fill(lake), "demo-events");
        t.setDaemon(true);
        t.start();
    }

    private void fill(Path lake) {
        try {
            Path file = LakeLayout.ingestState(lake).resolve("demo").resolve("peristiwa-demo-42.jsonl.gz");
            if (!Files.exists(file)) {
                log.info("Demo events: generating {} synthetic events", count);
                Path tmp = file.resolveSibling("peristiwa-demo-42.tmp.jsonl.gz");
                EventGenerator.write(EventGenerator.Options.of(count, 42), tmp);
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            long[] lastDecile = {-1};
            long total = Files.size(file);
            jobs.submitFile(file, "sistem:demo", p -> {
                long decile = total == 0 ? 10 : p.bytesRead() * 10 / total;
                if (decile != lastDecile[0]) {
                    lastDecile[0] = decile;
                    log.info("Demo events: {}% read, {} ingested, {} duplicates, {} near-duplicates, {} rejected",
                            decile * 10, p.ingested(), p.duplicates(), p.nearDuplicates(), p.rejected());
                }
            });
        } catch (Exception e) {
            log.warn("Demo events not loaded: {}", e.toString());
        }
    }
}
