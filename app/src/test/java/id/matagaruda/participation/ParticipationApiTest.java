package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The participation API and page through the real security chain with the demo accounts. */
@MataGarudaTest
class ParticipationApiTest {

    private static final String PASSWORD = "demo-garuda";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "pilkada.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theShipped2019DatasetIsAvailableWithoutUpload() throws Exception {
        mvc.perform(get("/api/v1/participation/datasets").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(0))
                .andExpect(jsonPath("$[0].builtIn").value(true));
        mvc.perform(get("/api/v1/participation/datasets/0/backtest").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.model.mae").isNumber())
                .andExpect(jsonPath("$.model.interval_coverage").isNumber())
                .andExpect(jsonPath("$.baselines.province_mean.mae").isNumber())
                .andExpect(jsonPath("$.rows.used").value(Matchers.greaterThan(400)))
                .andExpect(jsonPath("$.flagged[?(@.kode_wilayah == '91.71')]").exists());
    }

    @Test
    void strategyIsCutToTheCallersRegion() throws Exception {
        mvc.perform(get("/api/v1/participation/datasets/0/strategy?target=77.5").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kodeWilayah").value("32.73"))
                .andExpect(jsonPath("$[0].target").value(77.5));
        mvc.perform(get("/api/v1/participation/datasets/0/strategy?target=90").with(httpBasic("jabar.verifikator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(27))
                .andExpect(jsonPath("$[*].kodeWilayah").value(Matchers.everyItem(Matchers.startsWith("32."))))
                .andExpect(jsonPath("$[0].rekomendasi[0].programmeId").exists());
        mvc.perform(get("/api/v1/participation/datasets/0/strategy").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(jsonPath("$.length()").value(514));
        mvc.perform(get("/api/v1/participation/datasets/0/regions/31.71").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/participation/datasets/0/backtest").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(jsonPath("$.flagged.length()").value(0));
    }

    @Test
    void aTargetOutside0To100Answers400NamingTheField() throws Exception {
        mvc.perform(get("/api/v1/participation/datasets/0/strategy?target=101").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("0-100")));
    }

    @Test
    void analystsUploadAuditedDatasetsAndOperatorsMayNot() throws Exception {
        String body = """
                kode_wilayah,pemilihan,dpt,pengguna_hak_pilih,jenis,tahun
                32.73,Pilwalkot 2024,1000,700,pilwalkot,2024
                """;
        mvc.perform(multipart("/api/v1/participation/datasets").file(csv(body)).param("nama", "Uji operator").with(csrf())
                        .with(httpBasic("jabar.operator", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/participation/datasets").file(csv(body)).param("nama", "Pilkada 2024 uji")
                        .with(csrf()).with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.diimporOleh").value("pusat.analis"))
                .andExpect(jsonPath("$.jumlahBaris").value(1));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'IMPOR_PARTISIPASI' and username = 'pusat.analis'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from participation_row r join participation_dataset d on d.id = r.dataset_id "
                + "where d.nama = 'Pilkada 2024 uji'").query(Integer.class).single()).isEqualTo(1);
        long id = jdbc.sql("select max(id) from participation_dataset where nama = 'Pilkada 2024 uji'")
                .query(Long.class).single();
        // one row cannot be cross-validated: the API says so, the page explains it
        mvc.perform(get("/api/v1/participation/datasets/" + id + "/backtest").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("layak latih")));
        mvc.perform(get("/partisipasi?dataset=" + id).with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tidak-dapat-dianalisis")));
    }

    @Test
    void aBrokenUploadIsRejectedWholeAndNothingIsStored() throws Exception {
        int before = jdbc.sql("select count(*) from participation_dataset").query(Integer.class).single();
        mvc.perform(multipart("/api/v1/participation/datasets").file(csv("""
                        kode_wilayah,pemilihan,dpt,pengguna_hak_pilih
                        32.73,Pilkada 2024,1000,700
                        32.99,Pilkada 2024,1000,-1
                        """)).with(csrf()).with(httpBasic("pusat.admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[*].column").value(Matchers.hasItems("kode_wilayah", "pengguna_hak_pilih")));
        assertThat(jdbc.sql("select count(*) from participation_dataset").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void thePageShowsSkillRankedRegionsFlagsAndExports() throws Exception {
        mvc.perform(get("/partisipasi?target=80").with(httpBasic("jabar.verifikator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"tabel-perhatian\"")))
                .andExpect(content().string(Matchers.containsString("Rata-rata provinsi")))
                .andExpect(content().string(Matchers.containsString("peta-selisih")))
                .andExpect(content().string(Matchers.containsString("/partisipasi/ekspor.xlsx")));
        mvc.perform(get("/partisipasi/wilayah/32.73?target=90").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"program\"")));
        mvc.perform(get("/partisipasi/ekspor.xlsx?target=80").with(httpBasic("jabar.verifikator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("partisipasi-pilkada.xlsx")));
        byte[] pdf = mvc.perform(get("/partisipasi/ekspor.pdf?target=80").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void flagsNameTheirRuleAndReferenceInTheApiAndInPlainWordsOnThePage() throws Exception {
        mvc.perform(get("/api/v1/participation/datasets/0/backtest").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged[?(@.kode_wilayah == '81.07')].rule").value("jauh_di_bawah_nasional"))
                .andExpect(jsonPath("$.flagged[?(@.kode_wilayah == '81.07')].reference.median").value(83.03))
                .andExpect(jsonPath("$.flagged[?(@.kode_wilayah == '81.07')].reference.threshold").value(-3.5))
                .andExpect(jsonPath("$.flagged[?(@.kode_wilayah == '81.07')].reference.methodology")
                        .value("turnout-quality v1"))
                .andExpect(jsonPath("$.flagged[?(@.kode_wilayah == '95.07')].rule").value("hampir_lengkap"))
                .andExpect(jsonPath("$.method.quality_rules").value("turnout-quality v1"));
        mvc.perform(get("/partisipasi").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Jauh di bawah sebaran nasional")))
                .andExpect(content().string(Matchers.containsString("median nasional 83,0%")))
                .andExpect(content().string(Matchers.containsString("batas -3,5")))
                .andExpect(content().string(Matchers.containsString("Terlalu lengkap (mencurigakan)")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(">jauh_di_bawah_nasional<"))));
        mvc.perform(get("/partisipasi?lang=en").with(httpBasic("pusat.analis", PASSWORD)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Far below the national distribution")))
                .andExpect(content().string(Matchers.containsString("national median 83.0%")))
                .andExpect(content().string(Matchers.containsString("Suspiciously complete")));
    }

    @Test
    void theDefaultTargetComesFromTheMethodologyFile() throws Exception {
        double target = TurnoutStrategy.defaultTarget();
        mvc.perform(get("/api/v1/participation/datasets/0/strategy").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(jsonPath("$[0].target").value(target));
        mvc.perform(get("/api/v1/participation/datasets/0/regions/32.73").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(jsonPath("$.target").value(target));
        mvc.perform(get("/partisipasi").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(content().string(Matchers.containsString("value=\"" + target + "\"")));
        mvc.perform(get("/metodologi").with(httpBasic("bandung.operator", PASSWORD)))
                .andExpect(content().string(Matchers.containsString("turnout-target")))
                .andExpect(content().string(Matchers.containsString("turnout-quality")));
    }
}
