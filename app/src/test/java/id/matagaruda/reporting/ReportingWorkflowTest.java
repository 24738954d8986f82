package id.matagaruda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.indicator.CatalogueRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every workflow transition, allowed and forbidden, through the API as the demo accounts. */
@MataGarudaTest
class ReportingWorkflowTest {

    static final String PW = "demo-garuda";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Value("${matagaruda.data-dir}") Path dataDir;

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B request) {
        return request.with(httpBasic(user, PW));
    }

    @BeforeEach
    void catalogue() throws Exception {
        if (jdbc.sql("select count(*) from indicator where kode = 'UJI-LAP-3273'").query(Long.class).single() > 0) {
            return;
        }
        String csv = String.join(",", CatalogueRow.COLUMNS) + ",data_dukung\n"
                + "UJI-LAP-3273,Persentase konflik sosial tertangani Kota Bandung,kabkota,32.73,persen,positif,triwulanan,"
                + "80,80,85,90,95,100,POLPUM-08,,laporan penanganan konflik\n"
                + "UJI-LAP-32,Persentase konflik sosial tertangani Jawa Barat,provinsi,32,persen,positif,tahunan,"
                + "80,80,85,90,95,100,POLPUM-08,,\n";
        mvc.perform(as("pusat.admin", multipart("/api/v1/indicators/import")
                        .file(new MockMultipartFile("file", "k.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isOk());
    }

    private long create(String user, String indicator, String region, String period, String value) throws Exception {
        String body = "{\"indicator\":\"" + indicator + "\",\"region\":\"" + region + "\",\"period\":\"" + period
                + "\",\"value\":" + value + ",\"note\":\"uji\"}";
        String response = mvc.perform(as(user, post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("draft"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    private String attachPdf(String user, long id) throws Exception {
        String response = mvc.perform(as(user, multipart("/api/v1/realizations/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", PDF))
                        .param("type", "laporan penanganan konflik")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sha256").value(Matchers.matchesPattern("[0-9a-f]{64}")))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("sha256").asString();
    }

    @Test
    void operatorSubmitsWithEvidenceVerifierApprovesAndTheValueIsLocked() throws Exception {
        long id = create("bandung.operator", "UJI-LAP-3273", "32.73", "2025-Q1", "\"76,5\"");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("laporan penanganan konflik")));
        attachPdf("bandung.operator", id);
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("diajukan"));
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/approve")))
                .andExpect(status().isForbidden());
        mvc.perform(as("papua.operator", get("/api/v1/realizations/" + id))).andExpect(status().isForbidden());
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/approve")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("disetujui"))
                .andExpect(jsonPath("$.decidedBy").value("jabar.verifikator"));
        mvc.perform(as("bandung.operator", put("/api/v1/realizations/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":90,\"version\":4}"))
                .andExpect(status().isConflict());
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/reopen"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"salah ketik angka\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/reopen")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/reopen"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"angka salah ketik, mohon diperbaiki\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("draft"));
        mvc.perform(as("bandung.operator", get("/api/v1/realizations/" + id)))
                .andExpect(jsonPath("$.history[*].ke").value(Matchers.contains("draft", "diajukan", "disetujui", "draft")))
                .andExpect(jsonPath("$.history[3].alasan").value("angka salah ketik, mohon diperbaiki"))
                .andExpect(jsonPath("$.value").value(76.5));
    }

    @Test
    void verifierReturnsWithReasonAndOperatorSeesItThenCorrects() throws Exception {
        long id = create("bandung.operator", "UJI-LAP-3273", "32.73", "2025-Q2", "70");
        attachPdf("bandung.operator", id);
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit"))).andExpect(status().isOk());
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/return"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/return"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Lampirkan SK tim terpadu\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("dikembalikan"));
        String seen = mvc.perform(as("bandung.operator", get("/api/v1/realizations/" + id)))
                .andExpect(jsonPath("$.status").value("dikembalikan"))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(as("bandung.operator", get("/api/v1/realizations/" + id)))
                .andExpect(jsonPath("$.history[2].alasan").value("Lampirkan SK tim terpadu"))
                .andExpect(jsonPath("$.history[2].oleh").value("jabar.verifikator"));
        mvc.perform(as("bandung.operator", put("/api/v1/realizations/" + id)).header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":72}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("draft"));
        // the same If-Match again is now stale
        mvc.perform(as("bandung.operator", put("/api/v1/realizations/" + id)).header("If-Match", seen)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"value\":73}"))
                .andExpect(status().isConflict());
    }

    @Test
    void nobodyApprovesTheirOwnSubmissionAndOnlyTheParentRegionVerifies() throws Exception {
        long id = create("pusat.admin", "UJI-LAP-32", "32", "2025", "81");
        mvc.perform(as("pusat.admin", post("/api/v1/realizations/" + id + "/submit"))).andExpect(status().isOk());
        mvc.perform(as("pusat.admin", post("/api/v1/realizations/" + id + "/approve"))).andExpect(status().isForbidden());
        // a province is verified by the centre, not by the province's own verifier
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/approve"))).andExpect(status().isForbidden());
        mvc.perform(as("pusat.analis", post("/api/v1/realizations/" + id + "/approve"))).andExpect(status().isForbidden());
        mvc.perform(as("pusat.verifikator", post("/api/v1/realizations/" + id + "/approve")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("disetujui"));
        mvc.perform(as("pusat.pimpinan", get("/api/v1/achievements").param("region", "32").param("year", "2025")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.indicator == 'UJI-LAP-32')].capaian").value(101.25))
                .andExpect(jsonPath("$[?(@.indicator == 'UJI-LAP-32')].kategori").value("sangat tinggi"));
    }

    @Test
    void operatorsCannotReportForOtherRegionsAndBadInputNamesTheField() throws Exception {
        mvc.perform(as("papua.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-LAP-3273\",\"region\":\"32.73\",\"period\":\"2025-Q3\",\"value\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-LAP-3273\",\"region\":\"32.73\",\"period\":\"2031-Q1\",\"value\":\"banyak\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-LAP-3273\",\"region\":\"32.73\",\"period\":\"2025\",\"value\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("triwulanan")));
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-LAP-3273\",\"region\":\"32.73\",\"period\":\"2031-Q1\",\"value\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("di luar rencana")));
    }

    @Test
    void evidenceIsCheckedStoredByHashAndACorruptFileIsNeverServed() throws Exception {
        long id = create("bandung.operator", "UJI-LAP-3273", "32.73", "2025-Q3", "88");
        mvc.perform(as("bandung.operator", multipart("/api/v1/realizations/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1)))
                        .param("type", "laporan")))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(as("bandung.operator", multipart("/api/v1/realizations/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "alat.exe", "application/octet-stream", PDF))
                        .param("type", "laporan")))
                .andExpect(status().isUnsupportedMediaType());
        String response = mvc.perform(as("bandung.operator", multipart("/api/v1/realizations/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "../../etc/laporan rahasia.pdf", "application/pdf", PDF))
                        .param("type", "laporan")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.namaBerkas").value("laporan rahasia.pdf"))
                .andReturn().getResponse().getContentAsString();
        String sha = json.readTree(response).get("sha256").asString();
        mvc.perform(as("bandung.operator", get("/api/v1/realizations/" + id + "/evidence/" + sha)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(as("papua.operator", get("/api/v1/realizations/" + id + "/evidence/" + sha)))
                .andExpect(status().isForbidden());

        Path stored = dataDir.resolve("evidence").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        byte[] original = Files.readAllBytes(stored);
        try {
            Files.write(stored, "%PDF-1.4 diganti diam-diam".getBytes(StandardCharsets.US_ASCII));
            mvc.perform(as("bandung.operator", get("/api/v1/realizations/" + id + "/evidence/" + sha)))
                    .andExpect(status().isInternalServerError())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("rusak")));
        } finally {
            Files.write(stored, original);
        }
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/evidence"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"javascript:alert(1)\",\"type\":\"tautan\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("url"));
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/evidence"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://jdih.bandung.go.id/sk-123\",\"type\":\"SK\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.tautan").value("https://jdih.bandung.go.id/sk-123"));
    }

    @Test
    void completenessCountsWhatThePeriodExpectsPerRegionAndRemindersListWhatIsOwed() throws Exception {
        mvc.perform(as("jabar.verifikator", get("/api/v1/completeness").param("period", "2025-Q4")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.region == '32.73')].expected").value(1))
                .andExpect(jsonPath("$[?(@.region == '32.73')].dueDate").value("2026-01-31"))
                .andExpect(jsonPath("$[*].region").value(Matchers.everyItem(Matchers.startsWith("32"))));
        mvc.perform(as("jabar.verifikator", get("/api/v1/reminders").param("period", "2025-Q4")))
                .andExpect(jsonPath("$[?(@.indicator == 'UJI-LAP-3273')].keadaan").value("belum_diajukan"));
        mvc.perform(as("jabar.verifikator", get("/api/v1/completeness").param("period", "Q4")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
    }

    @Test
    void aValueBreakingARuleIsRefusedAndAnOutlierNeedsAConfirmedCommentBeforeSubmission() throws Exception {
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-LAP-3273\",\"region\":\"32.73\",\"period\":\"2026-Q1\",\"value\":130}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("persen-0-100")));

        StringBuilder csv = new StringBuilder(String.join(",", CatalogueRow.COLUMNS) + "\n"
                + "UJI-OUT-N,Jumlah kegiatan uji,nasional,00,jumlah,positif,tahunan,10,10,11,12,13,14,,tidak\n");
        String[] provinces = {"11", "12", "13", "14", "15", "16"};
        for (String p : provinces) {
            csv.append("UJI-OUT-").append(p).append(",Jumlah kegiatan uji ").append(p).append(",provinsi,").append(p)
                    .append(",jumlah,positif,tahunan,10,10,11,12,13,14,UJI-OUT-N,\n");
        }
        mvc.perform(as("pusat.admin", multipart("/api/v1/indicators/import")
                        .file(new MockMultipartFile("file", "k.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isOk());
        String[] values = {"10", "11", "9", "10", "12"};
        for (int i = 0; i < values.length; i++) {
            create("pusat.admin", "UJI-OUT-" + provinces[i], provinces[i], "2025", values[i]);
        }
        long id = create("pusat.admin", "UJI-OUT-16", "16", "2025", "400");
        mvc.perform(as("pusat.admin", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("outlierConfirmation"));
        mvc.perform(as("pusat.admin", put("/api/v1/realizations/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":400,\"version\":1,\"outlierConfirmation\":\"Benar: ada program kegiatan massal tahun ini\"}"))
                .andExpect(status().isOk());
        mvc.perform(as("pusat.admin", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("diajukan"));
    }

    @Test
    void aQuarterTargetSetByThePlanOwnerReplacesTheAnnualTargetInCapaian() throws Exception {
        mvc.perform(as("bandung.operator", put("/api/v1/period-targets")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-LAP-3273\",\"period\":\"2027\",\"value\":50}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(as("papua.operator", put("/api/v1/period-targets")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-LAP-3273\",\"period\":\"2027-Q1\",\"value\":50}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("bandung.operator", put("/api/v1/period-targets")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-LAP-3273\",\"period\":\"2027-Q1\",\"value\":\"50,0\"}"))
                .andExpect(status().isOk());
        long id = create("bandung.operator", "UJI-LAP-3273", "32.73", "2027-Q1", "75");
        attachPdf("bandung.operator", id);
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit"))).andExpect(status().isOk());
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/approve"))).andExpect(status().isOk());
        // annual target 2027 is 90 (non-cumulative); the quarter's own target 50 applies: 75 / 50 x 100
        mvc.perform(as("jabar.verifikator", get("/api/v1/achievements").param("region", "32.73").param("period", "2027-Q1")))
                .andExpect(jsonPath("$[?(@.indicator == 'UJI-LAP-3273')].target").value(50))
                .andExpect(jsonPath("$[?(@.indicator == 'UJI-LAP-3273')].capaian").value(150.0));
    }

    @Test
    void aBodyThatIsNoJsonIsA400NamingTheBody() throws Exception {
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void aBodyOfTheWrongContentTypeIsA415ProblemSayingWhatIsAccepted() throws Exception {
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.TEXT_PLAIN)
                        .content("nilai 75"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.title").value("Jenis isi tidak didukung"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("application/json")));
    }

    @Test
    void everyStateChangeIsAudited() throws Exception {
        long id = create("bandung.operator", "UJI-LAP-3273", "32.73", "2025-Q4", "91");
        JsonNode audit = json.readTree(mvc.perform(as("pusat.admin", get("/api/v1/audit")).param("entityType", "realisasi"))
                .andReturn().getResponse().getContentAsString());
        assertThat(audit.findValuesAsString("entityId")).contains(String.valueOf(id));
    }
}
