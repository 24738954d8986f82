package id.matagaruda.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.forecast.internal.AlertRepository;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The risk and alert API, the page and the brief through the real security chain. */
@MataGarudaTest
class RiskApiTest {

    @Autowired MockMvc mvc;
    @Autowired AlertRepository repository;

    @Test
    void servesTheProvinceForecastWithItsBacktest() throws Exception {
        mvc.perform(get("/api/v1/risk").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tingkat").value("provinsi"))
                .andExpect(jsonPath("$.periode").value("2024"))
                .andExpect(jsonPath("$.uji.test_periods[0]").value("2013"))
                .andExpect(jsonPath("$.uji.baselines.persistence.brier").isNumber())
                .andExpect(jsonPath("$.uji.cv.candidates").isArray())
                .andExpect(jsonPath("$.uji.calibration_method").isString())
                .andExpect(jsonPath("$.keterampilan.id").value(Matchers.startsWith("Ramalan ini ")))
                .andExpect(jsonPath("$.keterampilan.en").value(Matchers.startsWith("This forecast is ")))
                .andExpect(jsonPath("$.pita.acuan").value(Matchers.startsWith("risk-bands v")))
                .andExpect(jsonPath("$.pita.sebaran[*].kategori").value(Matchers.contains("rawan tinggi", "rawan sedang",
                        "rawan rendah")))
                .andExpect(jsonPath("$.pita.sebaran[0].jumlah").value(Matchers.lessThan(10)))
                .andExpect(jsonPath("$.wilayah", Matchers.hasSize(38)));
    }

    @Test
    void anUnknownLevelIsRefusedNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/risk").param("level", "desa").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    @Test
    void anOperatorSeesOnlyItsOwnProvince() throws Exception {
        mvc.perform(get("/api/v1/risk").with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wilayah[*].kodeWilayah").value(Matchers.contains("32")));
        mvc.perform(get("/api/v1/risk/regions/91").with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isNotFound());
    }

    @Test
    void givesTheDriversOfOneRegion() throws Exception {
        mvc.perform(get("/api/v1/risk/regions/91").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kodeWilayah").value("91"))
                .andExpect(jsonPath("$.pendorong[0].nama").isString())
                .andExpect(jsonPath("$.kategoriRisiko").value(Matchers.startsWith("rawan ")));
    }

    @Test
    void alertsMoveThroughTheirStatusesAndAStaleVersionIsAConflict() throws Exception {
        long id = repository.insertIfNew("91.71", "bentrok", "bulan", "2031-01", 6, 0.5, 1e-5, "tinggi",
                List.of(new Alert.Evidence("e1", "uji", "Bentrok di Jayapura"))).orElseThrow();
        mvc.perform(get("/api/v1/alerts").with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(get("/api/v1/alerts").with(httpBasic("papua.operator", "demo-garuda")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].bukti[0].judul").value("Bentrok di Jayapura"));
        mvc.perform(post("/api/v1/alerts/" + id + "/status").with(csrf()).with(httpBasic("papua.operator", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ditinjau\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ditinjau"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("/api/v1/alerts/" + id + "/status").with(csrf()).with(httpBasic("pusat.analis", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"selesai\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/alerts/" + id + "/status").with(csrf()).with(httpBasic("pusat.analis", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"baru\",\"version\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void onlyNationalAnalystsStartADetection() throws Exception {
        mvc.perform(post("/api/v1/alerts/detect").with(csrf()).with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/alerts/detect").with(csrf()).with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk());
    }

    @Test
    void showsThePageAndTheOnePageBrief() throws Exception {
        String page = mvc.perform(get("/kerawanan").with(httpBasic("pusat.pimpinan", "demo-garuda")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("% lebih tepat daripada", "id=\"sebaran-pita\"", "rawan tinggi: ")
                .doesNotContain("% more accurate than");
        String english = mvc.perform(get("/kerawanan?lang=en").with(httpBasic("pusat.pimpinan", "demo-garuda")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("% more accurate than").doesNotContain("% lebih tepat daripada");
        byte[] pdf = mvc.perform(get("/kerawanan/ringkasan.pdf").with(httpBasic("pusat.pimpinan", "demo-garuda")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isEqualTo(1);
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text).contains("Ringkasan Kerawanan Konflik", "Papua", "garis dasar", "lebih tepat daripada",
                    "more accurate than", "Sebaran pita");
            assertThat(text).doesNotContain("Brier", "AUC", "xgboost");
        }
    }
}
