package id.matagaruda.reporting;

import static id.matagaruda.reporting.ReportingWorkflowTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.indicator.CatalogueRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Trustworthy values at entry (issue 12, parts 2-4): unit rules refuse impossible values, required data dukung is a
 * checklist, a tampered file blocks approval, and the verification chain runs kab/kota -> province -> centre.
 */
@MataGarudaTest
class TrustworthyEntryTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Value("${matagaruda.data-dir}") Path dataDir;

    @BeforeEach
    void catalogue() throws Exception {
        if (jdbc.sql("select count(*) from indicator where kode = 'UJI-ATR-PEMILIH'").query(Long.class).single() > 0) {
            return;
        }
        String h = String.join(",", CatalogueRow.COLUMNS) + ",data_dukung,nilai_min,nilai_maks,desimal\n";
        String t = ",positif,tahunan,10,10,11,12,13,14,";
        StringBuilder csv = new StringBuilder(h)
                .append("UJI-ATR-PEMILIH,Partisipasi pemilih Kota Bandung,kabkota,32.73,persen").append(t)
                .append("POLPUM-07,,,,,\n")
                .append("UJI-ATR-KEJADIAN,Kejadian konflik Kota Bandung,kabkota,32.73,kejadian").append(t)
                .append(",,,,,\n")
                .append("UJI-ATR-TUMBUH,Laju pertumbuhan ormas Kota Bandung,kabkota,32.73,persen").append(t)
                .append(",,,-100,500,2\n")
                .append("UJI-ATR-BUKTI,Konflik tertangani Kota Bandung,kabkota,32.73,persen").append(t)
                .append(",,berita acara; foto kegiatan,,,\n")
                .append("UJI-ATR-N,Jumlah kegiatan uji,nasional,00,jumlah").append(t).append(",tidak,,,,\n");
        for (String p : new String[] {"11", "12", "13", "14", "15", "16"}) {
            csv.append("UJI-ATR-").append(p).append(",Jumlah kegiatan uji ").append(p).append(",provinsi,").append(p)
                    .append(",jumlah").append(t).append("UJI-ATR-N,,,,,\n");
        }
        mvc.perform(as("pusat.admin", multipart("/api/v1/indicators/import").file(new MockMultipartFile("file",
                        "k.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isOk());
    }

    private ResultActions save(String user, String indicator, String region, String period, String value)
            throws Exception {
        return mvc.perform(as(user, post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicator\":\"" + indicator + "\",\"region\":\"" + region + "\",\"period\":\"" + period
                        + "\",\"value\":" + value + "}"));
    }

    private long create(String user, String indicator, String region, String period, String value) throws Exception {
        String body = save(user, indicator, region, period, value).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    /** A PDF of its own, so tampering with it never touches a file another test stored under the same hash. */
    private String attach(long id, String type) throws Exception {
        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String body = mvc.perform(as("bandung.operator", multipart("/api/v1/realizations/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "bukti.pdf", "application/pdf", pdf)).param("type", type)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("sha256").asString();
    }

    @Test
    void aTurnoutOf250PercentIsRefusedNamingTheFieldAndTheRuleInBothLanguages() throws Exception {
        save("bandung.operator", "UJI-ATR-PEMILIH", "32.73", "2025", "250")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].rule").value("reporting.unit.max"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.allOf(Matchers.containsString("250"),
                        Matchers.containsString("110"), Matchers.containsString("unit-rules v1: persen"),
                        Matchers.containsString("POLPUM-07"))));
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-ATR-PEMILIH\",\"region\":\"32.73\",\"period\":\"2025\",\"value\":250}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("is above the maximum 110")));
        assertThat(jdbc.sql("select count(*) from realization where indicator_kode = 'UJI-ATR-PEMILIH'")
                .query(Long.class).single()).isZero();
        // Turnout above 100 stays possible within the declared range (DPTb and DPK voters count over DPT alone).
        create("bandung.operator", "UJI-ATR-PEMILIH", "32.73", "2026", "101.64");
    }

    @Test
    void aNegativePercentageIsRefused() throws Exception {
        save("bandung.operator", "UJI-ATR-PEMILIH", "32.73", "2027", "-5")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].rule").value(Matchers.hasItem("reporting.unit.min")));
    }

    @Test
    void aFractionalCountIsRefusedAndAWholeOneAccepted() throws Exception {
        save("bandung.operator", "UJI-ATR-KEJADIAN", "32.73", "2025", "3.7")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].rule").value("reporting.unit.whole"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("kejadian")));
        create("bandung.operator", "UJI-ATR-KEJADIAN", "32.73", "2025", "4");
    }

    @Test
    void aGrowthRateWithADeclaredRangeAcceptsMinusThreePointFiveButNotMoreDecimalsThanDeclared() throws Exception {
        create("bandung.operator", "UJI-ATR-TUMBUH", "32.73", "2025", "-3.5");
        save("bandung.operator", "UJI-ATR-TUMBUH", "32.73", "2026", "-3.555")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].rule").value("reporting.unit.decimals"));
        mvc.perform(as("bandung.operator", get("/indikator/UJI-ATR-TUMBUH")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("aturan-nilai"),
                        Matchers.containsString("-100"), Matchers.containsString("UJI-ATR-TUMBUH"))));
        mvc.perform(as("bandung.operator", get("/indikator/aturan-satuan")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("satuan-kejadian"),
                        Matchers.containsString("unit-rules v1"))));
    }

    @Test
    void submittingWithoutTheRequiredEvidenceTypesIs422NamingEachMissingType() throws Exception {
        long id = create("bandung.operator", "UJI-ATR-BUKTI", "32.73", "2025", "80");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.contains("evidence", "evidence")))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("berita acara")))
                .andExpect(jsonPath("$.errors[1].message").value(Matchers.containsString("foto kegiatan")));
        attach(id, "berita acara");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("foto kegiatan")));
        attach(id, "Foto kegiatan");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isOk());
        // Without a data dukung list the value is submitted as before.
        long plain = create("bandung.operator", "UJI-ATR-KEJADIAN", "32.73", "2026", "2");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + plain + "/submit")))
                .andExpect(status().isOk());
    }

    @Test
    void approvalIsRefusedWhileAStoredFileFailsItsRehashAndTheVerifierSeesTheChecklist() throws Exception {
        long id = create("bandung.operator", "UJI-ATR-BUKTI", "32.73", "2026", "81");
        String sha = attach(id, "berita acara");
        attach(id, "foto kegiatan");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit"))).andExpect(status().isOk());
        mvc.perform(as("jabar.verifikator", get("/api/v1/realizations/" + id + "/checklist")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.items[0].jenis").value("berita acara"))
                .andExpect(jsonPath("$.items[0].files[0].evidence.sha256").value(sha))
                .andExpect(jsonPath("$.items[0].files[0].evidence.uploadedBy").value("bandung.operator"));

        Path stored = dataDir.resolve("evidence").resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        byte[] original = Files.readAllBytes(stored);
        try {
            Files.write(stored, "%PDF-1.4 diganti diam-diam".getBytes(StandardCharsets.US_ASCII));
            mvc.perform(as("jabar.verifikator", get("/verifikasi")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.allOf(Matchers.containsString(sha),
                            Matchers.containsString("gagal: isi berubah atau hilang"))));
            mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/approve")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("bukti.pdf"),
                            Matchers.containsString(sha))));
        } finally {
            Files.write(stored, original);
        }
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/approve")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("disetujui"));
    }

    @Test
    void theNationalVerifierApprovingAKabKotaValueIs403NamingTheChain() throws Exception {
        long id = create("bandung.operator", "UJI-ATR-KEJADIAN", "32.73", "2027", "3");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit"))).andExpect(status().isOk());
        mvc.perform(as("pusat.verifikator", post("/api/v1/realizations/" + id + "/approve")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("reporting.chain.province"))
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.containsString("rantai verifikasi"),
                        Matchers.containsString("verifikator provinsi 32"))));
        mvc.perform(as("pusat.admin", post("/api/v1/realizations/" + id + "/return"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"angka tidak masuk akal\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/approve")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decidedBy").value("jabar.verifikator"));
    }

    @Test
    void aTakeOverWithAReasonLetsTheCentreDecideIsAuditedAndIsVisibleToTheProvince() throws Exception {
        long id = create("bandung.operator", "UJI-ATR-KEJADIAN", "32.73", "2028", "5");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + id + "/submit"))).andExpect(status().isOk());
        mvc.perform(as("pusat.verifikator", get("/verifikasi")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/verifikasi/" + id + "/ambil-alih")));
        mvc.perform(as("pusat.verifikator", post("/api/v1/realizations/" + id + "/takeover"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/takeover"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"verifikator provinsi\"}"))
                .andExpect(status().isForbidden());
        String reason = "Verifikator provinsi cuti; batas pelaporan nasional besok";
        mvc.perform(as("pusat.verifikator", post("/api/v1/realizations/" + id + "/takeover"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"" + reason + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("diajukan"));
        // The province no longer decides it, and sees who took it over and why.
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + id + "/approve")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("pusat.verifikator")));
        mvc.perform(as("jabar.verifikator", get("/api/v1/realizations/" + id)))
                .andExpect(jsonPath("$.history[2].aksi").value("ambil_alih"))
                .andExpect(jsonPath("$.history[2].oleh").value("pusat.verifikator"))
                .andExpect(jsonPath("$.history[2].alasan").value(reason));
        mvc.perform(as("jabar.verifikator", get("/verifikasi")))
                .andExpect(content().string(Matchers.containsString("Diambil alih oleh verifikator pusat pusat.verifikator")));
        mvc.perform(as("pusat.verifikator", post("/api/v1/realizations/" + id + "/approve")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decidedBy").value("pusat.verifikator"));
        JsonNode audit = json.readTree(mvc.perform(as("pusat.admin", get("/api/v1/audit"))
                .param("entityType", "realisasi")).andReturn().getResponse().getContentAsString());
        boolean found = false;
        for (JsonNode e : audit) {
            if ("AMBIL_ALIH".equals(e.path("action").asString()) && String.valueOf(id).equals(e.path("entityId").asString())) {
                found = e.toString().contains(reason) && e.toString().contains("pusat.verifikator");
            }
        }
        assertThat(found).as("audit row AMBIL_ALIH with the reason").isTrue();
    }

    @Test
    void anImplausibleValueWarnsWhileTypingAndNeedsAConfirmingCommentAtSubmit() throws Exception {
        String[] provinces = {"11", "12", "13", "14", "15"};
        String[] values = {"10", "11", "9", "10", "12"};
        for (int i = 0; i < provinces.length; i++) {
            create("pusat.admin", "UJI-ATR-" + provinces[i], provinces[i], "2025", values[i]);
        }
        mvc.perform(as("pusat.admin", post("/api/v1/quality/check")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"UJI-ATR-16\",\"region\":\"16\",\"period\":\"2025\",\"value\":400}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.jenis == 'pencilan')].detail").value(Matchers.hasItem(
                        Matchers.containsString("unit-rules v1"))));
        long id = create("pusat.admin", "UJI-ATR-16", "16", "2025", "400");
        mvc.perform(as("pusat.admin", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("outlierConfirmation"))
                .andExpect(jsonPath("$.errors[0].rule").value("reporting.plausibility.confirm"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.allOf(Matchers.containsString("400"),
                        Matchers.containsString("kewajaran"))));
        mvc.perform(as("pusat.admin", put("/api/v1/realizations/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":400,\"version\":1,\"outlierConfirmation\":\"Benar: program kegiatan massal\"}"))
                .andExpect(status().isOk());
        mvc.perform(as("pusat.admin", post("/api/v1/realizations/" + id + "/submit")))
                .andExpect(status().isOk());
    }

    @Test
    void capaianRecordsTheCategoryMethodItWasBandedBy() throws Exception {
        long id = create("pusat.admin", "UJI-ATR-11", "11", "2026", "11");
        mvc.perform(as("pusat.admin", post("/api/v1/realizations/" + id + "/submit"))).andExpect(status().isOk());
        mvc.perform(as("pusat.verifikator", post("/api/v1/realizations/" + id + "/approve"))).andExpect(status().isOk());
        mvc.perform(as("pusat.pimpinan", get("/api/v1/achievements").param("region", "11").param("year", "2026")))
                .andExpect(jsonPath("$[?(@.indicator == 'UJI-ATR-11')].kategori").value("sangat tinggi"))
                .andExpect(jsonPath("$[?(@.indicator == 'UJI-ATR-11')].metode").value("capaian-bands v1"));
    }
}
