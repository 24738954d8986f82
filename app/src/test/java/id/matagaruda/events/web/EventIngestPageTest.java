package id.matagaruda.events.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.events.IngestJobs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The upload card of "Pemantauan Isu": upload, progress polled by htmx until the summary, and who may use it. */
@MataGarudaTest
@TestPropertySource(properties = "matagaruda.events.lake=target/test-data/lake-ingestui")
class EventIngestPageTest {

    private static final String PASSWORD = "demo-garuda";
    private static final Pattern POLL = Pattern.compile("data-job=\"([0-9a-f-]+)\"");

    @Autowired MockMvc mvc;
    @Autowired IngestJobs jobs;

    /** JSON Lines with distinct texts (no near-duplicates between them or with earlier runs) and one broken line. */
    private static byte[] lines(int n) {
        String run = UUID.randomUUID().toString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\":\"").append(run).append('-').append(i).append("\",\"source\":\"report\",")
                    .append("\"published_at\":\"2025-03-0").append(1 + i % 9).append("\",\"text\":\"Laporan ")
                    .append(run).append(" nomor ").append(i).append(": warga ").append(Integer.toHexString(i * 7919))
                    .append(" di Kota Malang mengadukan jalan ").append(Integer.toHexString(i * 104729 + 17))
                    .append(" yang rusak sejak ").append(UUID.randomUUID()).append("\"}\n");
        }
        return sb.append("{\"id\": rusak\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static MockMultipartHttpServletRequestBuilder upload(String user, byte[] body) {
        MockMultipartHttpServletRequestBuilder post = multipart("/pemantauan/ingest");
        post.file(new MockMultipartFile("file", "laporan.jsonl", "application/x-ndjson", body));
        post.with(csrf()).with(httpBasic(user, PASSWORD));
        return post;
    }

    private String pollUntilFinished(String location) throws Exception {
        for (int i = 0; i < 600; i++) {
            String html = mvc.perform(get(location).header("HX-Request", "true")
                            .with(httpBasic("pusat.analis", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (!html.contains("hx-trigger=\"every 1s\"")) {
                return html;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ingestion did not finish");
    }

    @Test
    void anAnalystUploadsAndThePollingFragmentEndsWithTheSummary() throws Exception {
        String first = mvc.perform(upload("pusat.analis", lines(30)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<progress"), containsString("id=\"ingest-job\""),
                        containsString("laporan.jsonl"),
                        containsString("Dibaca"), containsString("Hampir duplikat"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).doesNotContain("<html");
        Matcher poll = POLL.matcher(first);
        assertThat(poll.find()).as("the fragment names its job").isTrue();
        // polled every second until the job is finished (a tiny job may already be finished when the answer is built)
        boolean pollsItself = first.contains("hx-get=\"/pemantauan/ingest/" + poll.group(1) + "\"")
                && first.contains("hx-trigger=\"every 1s\"");
        assertThat(pollsItself || first.contains("Selesai:")).as(first).isTrue();

        String done = pollUntilFinished("/pemantauan/ingest/" + poll.group(1));

        assertThat(done).contains("selesai", "Selesai: 30 dari 31 baris masuk", "Alasan penolakan:", "JSON rusak: 1",
                "<progress").doesNotContain("hx-get=");
        assertThat(Files.isDirectory(Path.of("target/test-data/lake-ingestui/events"))).isTrue();
    }

    @Test
    void withoutHtmxTheUploadReturnsToTheListShowingTheJob() throws Exception {
        String location = mvc.perform(upload("pusat.admin", lines(5)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/pemantauan?ingest=");
        String id = location.substring(location.indexOf('=') + 1);
        mvc.perform(get(location).with(httpBasic("pusat.admin", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Unggah peristiwa"),
                        containsString("id=\"ingest-job\""), containsString("<progress"),
                        containsString("laporan.jsonl"))));
        pollUntilFinished("/pemantauan/ingest/" + id);
    }

    @Test
    void aSecondUploadWhileOneRunsIsRefusedInIndonesian() throws Exception {
        Path file = Path.of("target/test-data/ingestui-blocking.jsonl");
        Files.createDirectories(file.getParent());
        Files.write(file, lines(3));
        for (int i = 0; i < 600 && jobs.busy(); i++) {
            Thread.sleep(100);
        }
        CountDownLatch release = new CountDownLatch(1);
        IngestJobs.Job running = jobs.submitFile(file, "uji", p -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            mvc.perform(upload("pusat.analis", lines(2)).header("HX-Request", "true"))
                    .andExpect(status().isConflict())
                    .andExpect(content().string(allOf(containsString("Ingesti lain sedang berjalan"),
                            not(containsString("hx-trigger")))));
            mvc.perform(upload("pusat.analis", lines(2)))
                    .andExpect(redirectedUrl("/pemantauan"));
        } finally {
            release.countDown();
        }
        pollUntilFinished("/pemantauan/ingest/" + running.id());
    }

    @Test
    void operatorsNeitherSeeTheCardNorMayUpload() throws Exception {
        mvc.perform(get("/pemantauan").with(httpBasic("jabar.operator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("Unggah peristiwa")),
                        not(containsString("/pemantauan/ingest")), not(containsString("pemantauan-unggah.js")))));
        mvc.perform(get("/pemantauan").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(content().string(allOf(containsString("Unggah peristiwa"),
                        containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""),
                        containsString("hx-post=\"/pemantauan/ingest\""), containsString("pemantauan-unggah.js"))));
        mvc.perform(upload("jabar.operator", lines(1)).header("HX-Request", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/pemantauan/ingest/" + UUID.randomUUID()).with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
