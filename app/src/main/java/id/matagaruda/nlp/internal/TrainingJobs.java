package id.matagaruda.nlp.internal;

import id.matagaruda.nlp.TrainingJob;
import jakarta.annotation.PreDestroy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * Retraining runs one at a time on a background thread (training uses a whole core; two at once would only both be
 * slow). Progress lives in memory: a restart forgets unfinished jobs, the models they stored stay.
 */
@Component
public class TrainingJobs {

    /** What a job does; it reports progress through the handle. */
    public interface Work {
        long run(Handle handle) throws Exception;
    }

    private final Map<String, TrainingJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nlp-latih");
        t.setDaemon(true);
        return t;
    });

    /** The running job's view of itself. */
    public final class Handle {
        private final String id;

        Handle(String id) {
            this.id = id;
        }

        public void progress(String phase, double fraction) {
            jobs.computeIfPresent(id, (k, j) -> new TrainingJob(j.id(), phase,
                    (int) Math.max(0, Math.min(99, Math.round(fraction * 100))), false, null, null, j.oleh(), j.mulai(),
                    null));
        }
    }

    public TrainingJob submit(String who, Work work) {
        String id = UUID.randomUUID().toString();
        TrainingJob queued = new TrainingJob(id, "antre", 0, false, null, null, who, now(), null);
        jobs.put(id, queued);
        executor.submit(() -> {
            Handle handle = new Handle(id);
            try {
                long model = work.run(handle);
                jobs.computeIfPresent(id, (k, j) -> new TrainingJob(id, "selesai", 100, true, model, null, j.oleh(),
                        j.mulai(), now()));
            } catch (Throwable e) {
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                jobs.computeIfPresent(id, (k, j) -> new TrainingJob(id, "gagal", j.persen(), true, null, reason,
                        j.oleh(), j.mulai(), now()));
            }
        });
        return queued;
    }

    public Optional<TrainingJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
