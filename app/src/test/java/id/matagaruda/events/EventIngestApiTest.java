package id.matagaruda.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The ingestion API through the real security chain, on a lake of its own under target/. */
@MataGarudaTest
@TestPropertySource(properties = {"matagaruda.events.lake=target/test-data/lake-api", "matagaruda.events.demo-count=0"})
class EventIngestApiTest {

    @Autowired MockMvc mvc;
    @Autowired IngestJobs jobs;

    // Words drawn per line so no two lines (of this run or another) are near-duplicates by SimHash: lines that
    // differed in two or three numbers alone were, now and then, merged, and a count of 50 became 49.
    private static final String[] WORDS = ("warga petani nelayan mahasiswa buruh pedagang guru ojek sopir pemuda "
            + "jalan pasar sekolah irigasi jembatan tambang lahan hutan pelabuhan terminal menuntut menolak membahas "
            + "menggelar memprotes mendukung pagi siang sore malam damai tertib ricuh ramai sepi hujan panas "
            + "bupati camat lurah dprd polres kodim").split(" ");

    private static String lines(String run, int n) {
        StringBuilder sb = new StringBuilder();
        java.util.Random words = new java.util.Random(run.hashCode());
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder("Laporan ").append(run).append(" nomor ").append(i).append(':');
            for (int w = 0; w < 10; w++) {
                text.append(' ').append(WORDS[words.nextInt(WORDS.length)]);
            }
            sb.append("{\"id\":\"").append(run).append('-').append(i).append("\",\"source\":\"report\",")
                    .append("\"published_at\":\"2025-02-0").append(1 + i % 9).append("\",\"text\":\"").append(text)
                    .append(" di Kota Malang ").append(Integer.toHexString(i * 104729)).append("\"}\n");
        }
        return sb.append("{\"id\": rusak\n").toString();
    }

    private JsonNode waitUntilFinished(String location) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < 600; i++) {
            MvcResult r = mvc.perform(get(location).with(httpBasic("pusat.analis", "demo-garuda")))
                    .andExpect(status().isOk()).andReturn();
            JsonNode job = mapper.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            String state = job.get("state").asString();
            if (state.equals("done") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("ingestion did not finish");
    }

    @Test
    void aBodyThatIsNeitherJsonLinesNorAFileIsA415ProblemSayingWhatIsAccepted() throws Exception {
        mvc.perform(post("/api/v1/events/ingest").with(httpBasic("pusat.analis", "demo-garuda"))
                        .contentType("text/plain").content("bukan peristiwa"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Jenis isi tidak didukung"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("application/x-ndjson")));
    }

    @Test
    void anAnalystPostsJsonLinesAndFollowsTheJobToItsSummary() throws Exception {
        String run = UUID.randomUUID().toString();
        MvcResult posted = mvc.perform(post("/api/v1/events/ingest").contentType("application/x-ndjson")
                        .content(lines(run, 50)).with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isAccepted())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.submittedBy").value("pusat.analis"))
                .andReturn();

        JsonNode job = waitUntilFinished(posted.getResponse().getHeader("Location"));

        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("summary").get("read").asLong()).isEqualTo(51);
        assertThat(job.get("summary").get("ingested").asLong()).isEqualTo(50);
        assertThat(job.get("summary").get("reasons").get("json_rusak").asLong()).isEqualTo(1);
        assertThat(job.get("progress").get("bytesRead").asLong()).isEqualTo(job.get("progress").get("bytesTotal").asLong())
                .isPositive();
        assertThat(jobs.lake().resolve("events")).isDirectory();
    }

    @Test
    void anAdminUploadsAFileAndTheIngestionIsAudited() throws Exception {
        String run = UUID.randomUUID().toString();
        MockMultipartFile file = new MockMultipartFile("file", "laporan.jsonl", "application/x-ndjson",
                lines(run, 20).getBytes(StandardCharsets.UTF_8));
        MvcResult posted = mvc.perform(multipart("/api/v1/events/ingest").file(file)
                        .with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.file").value("laporan.jsonl")).andReturn();
        String id = new ObjectMapper().readTree(posted.getResponse().getContentAsString()).get("id").asString();

        JsonNode job = waitUntilFinished(posted.getResponse().getHeader("Location"));

        assertThat(job.get("summary").get("ingested").asLong()).isEqualTo(20);
        mvc.perform(get("/api/v1/audit").param("entityType", "ingest_job").with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.entityId == '" + id + "' && @.action == 'events.ingest')]").exists());
    }

    @Test
    void operatorsMayNeitherIngestNorReadProgress() throws Exception {
        mvc.perform(post("/api/v1/events/ingest").contentType("application/x-ndjson").content(lines("x", 1))
                        .with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/ingest/" + UUID.randomUUID()).with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/ingest/" + UUID.randomUUID()).with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aGzipCsvWithAnUnclosedQuoteEndsWithinSecondsNamingItsLineAndTheNextIngestionIsAccepted() throws Exception {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            StringBuilder sb = new StringBuilder("id,published_at,title,text,source\n");
            String run = UUID.randomUUID().toString().substring(0, 8);
            for (int i = 1; i <= 400; i++) {
                sb.append(run).append(i).append(",2025-02-03,Judul,");
                sb.append(i == 7 ? "\"kutip tidak ditutup" : "Warga " + run + " berunjuk rasa nomor " + i * 7919);
                sb.append(",report\n");
            }
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        MockMultipartFile file = new MockMultipartFile("file", "kutip.csv.gz", "application/gzip", gz.toByteArray());
        MvcResult posted = mvc.perform(multipart("/api/v1/events/ingest").file(file)
                        .with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isAccepted()).andReturn();

        JsonNode job = waitUntilFinished(posted.getResponse().getHeader("Location"));

        assertThat(job.get("state").asString()).isEqualTo("done");
        assertThat(job.get("summary").get("reasons").get("kutip_tidak_ditutup").asLong()).isEqualTo(1);
        java.nio.file.Path rejects = id.matagaruda.lake.LakeLayout.ingestState(jobs.lake()).resolve("ditolak")
                .resolve(job.get("summary").get("rejectsFile").asString());
        assertThat(java.nio.file.Files.readString(rejects)).contains("\"baris\":8", "dibuka di baris 8");
        assertThat(jobs.busy()).isFalse();
        // text unlike the other tests' reports, so it never counts as a near-duplicate of theirs in this shared lake
        mvc.perform(post("/api/v1/events/ingest").contentType("application/x-ndjson")
                        .content("{\"id\":\"sesudah-" + UUID.randomUUID() + "\",\"source\":\"report\","
                                + "\"published_at\":\"2025-03-04\",\"text\":\"Musyawarah adat di Kabupaten Jayawijaya "
                                + "membahas batas kebun setelah panen ubi\"}\n")
                        .with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isAccepted());
    }

    @Test
    void aGzipBombIsA413ProblemAndNoJobHoldsTheLake() throws Exception {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        byte[] newlines = new byte[1 << 20];
        java.util.Arrays.fill(newlines, (byte) '\n');
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            for (int i = 0; i < 128; i++) {
                out.write(newlines);
            }
        }
        mvc.perform(multipart("/api/v1/events/ingest").file(new MockMultipartFile("file", "bom.csv.gz",
                        "application/gzip", gz.toByteArray())).with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("Berkas peristiwa terlalu besar"))
                .andExpect(jsonPath("$.errors[0].rule").value("import.gzip.ratio"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("bom gzip")));
        assertThat(jobs.busy()).isFalse();
        java.nio.file.Path uploads = id.matagaruda.lake.LakeLayout.ingestState(jobs.lake()).resolve("unggahan");
        if (java.nio.file.Files.isDirectory(uploads)) {
            try (var files = java.nio.file.Files.list(uploads)) {
                assertThat(files.filter(f -> f.getFileName().toString().endsWith("bom.csv.gz"))).isEmpty();
            }
        }
    }
}
