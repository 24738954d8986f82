package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.access.AuditEntry;
import id.matagaruda.events.EventsIngested;
import id.matagaruda.events.IngestJobs;
import id.matagaruda.forecast.internal.AlertRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/** An ingestion job announces its new events, and the alert detection runs on them as the system. */
@MataGarudaTest
@TestPropertySource(properties = "matagaruda.events.lake=" + AlertsAfterIngestionTest.LAKE)
class AlertsAfterIngestionTest {

    static final String LAKE = "target/test-data/lake-ingestui-alerts";

    /** Records the announcements (they are published on the job's thread, not the test's). */
    public static class Recorder {

        final List<EventsIngested> seen = new CopyOnWriteArrayList<>();

        @EventListener
        public void on(EventsIngested e) {
            seen.add(e);
        }
    }

    @TestConfiguration
    static class Recording {

        @Bean
        Recorder ingestionRecorder() {
            return new Recorder();
        }
    }

    @Autowired IngestJobs jobs;
    @Autowired AlertRepository alerts;
    @Autowired JdbcClient jdbc;
    @Autowired Recorder recorder;

    @BeforeAll
    static void emptyLake() throws Exception {
        FileSystemUtils.deleteRecursively(Path.of(LAKE));
    }

    /**
     * Twelve quiet months with one demonstration a month in Kota Makassar, then a month with 15: a monthly spike (and,
     * as they all fall in one week, a weekly one). Texts differ enough not to be near-duplicates of each other.
     */
    private static String input() {
        StringBuilder sb = new StringBuilder();
        LocalDate start = LocalDate.of(2019, 5, 6);
        for (int m = 0; m < 12; m++) {
            sb.append(line("tenang-" + m, start.plusMonths(m)));
        }
        LocalDate burst = LocalDate.of(2020, 5, 4);
        for (int i = 0; i < 15; i++) {
            sb.append(line("lonjakan-" + i, burst.plusDays(i % 5)));
        }
        return sb.toString();
    }

    private static String line(String id, LocalDate date) {
        return "{\"id\":\"" + id + "\",\"source\":\"news\",\"published_at\":\"" + date + "\","
                + "\"kode_wilayah\":\"73.71\","
                + "\"kategori\":\"unjuk_rasa\",\"text\":\"Aksi " + id + " " + UUID.randomUUID() + " menuntut "
                + UUID.randomUUID() + " di depan kantor " + Integer.toHexString(id.hashCode()) + "\"}\n";
    }

    @Test
    void anIngestionWithASpikeAnnouncesItsEventsAndFillsTheAlertInboxAsTheSystem() throws Exception {
        Path file = Path.of("target/test-data/ingestui-lonjakan.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, input());

        IngestJobs.Job job = jobs.submitFile(file, "uji", p -> { });
        IngestJobs.Job done = job;
        for (int i = 0; i < 600 && !done.state().equals("done") && !done.state().equals("failed"); i++) {
            Thread.sleep(100);
            done = jobs.find(job.id()).orElseThrow();
        }

        assertThat(done.state()).isEqualTo("done");
        assertThat(done.summary().ingested()).isEqualTo(27);
        assertThat(recorder.seen).extracting(EventsIngested::jobId, EventsIngested::ingested)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(job.id(), 27L));
        assertThat(recorder.seen.get(0).lake()).isEqualTo(Path.of(LAKE).toAbsolutePath().normalize());

        // the listener ran before the job was reported done
        List<Alert> found = alerts.all().stream().filter(a -> a.kodeWilayah().equals("73.71"))
                .filter(a -> a.kategori().equals("unjuk_rasa")).toList();
        assertThat(found).extracting(Alert::jenisPeriode, Alert::periode)
                .contains(org.assertj.core.groups.Tuple.tuple("bulan", "2020-05"));
        Alert month = found.stream().filter(a -> a.jenisPeriode().equals("bulan")).findFirst().orElseThrow();
        assertThat(month.jumlah()).isEqualTo(15);
        assertThat(month.status()).isEqualTo("baru");
        assertThat(month.metodologi()).isEqualTo("spike-test v1");
        List<String> actors = jdbc.sql(
                        "select username from audit_log where action = 'alert.created' and entity_id = :id")
                .param("id", Long.toString(month.id())).query(String.class).list();
        assertThat(actors).containsExactly("sistem");
    }

    @Test
    void aJobThatIngestsNothingAnnouncesNothing() throws Exception {
        Path file = Path.of("target/test-data/ingestui-kosong.jsonl");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"id\": rusak\n");
        int before = recorder.seen.size();

        IngestJobs.Job job = jobs.submitFile(file, "uji", p -> { });
        IngestJobs.Job done = job;
        for (int i = 0; i < 600 && !done.state().equals("done") && !done.state().equals("failed"); i++) {
            Thread.sleep(100);
            done = jobs.find(job.id()).orElseThrow();
        }

        assertThat(done.state()).isEqualTo("done");
        assertThat(done.summary().ingested()).isZero();
        assertThat(recorder.seen).hasSize(before);
    }
}
