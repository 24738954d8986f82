package id.matagaruda.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Labelling, retraining and activation through the REST API with the demo accounts. */
@MataGarudaTest
class NlpApiTest {

    static final String PASSWORD = "demo-garuda";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TextClassifier classifier;

    private static MockHttpServletRequestBuilder label(String user, String json) {
        return post("/api/v1/nlp/labels").with(httpBasic(user, PASSWORD)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void anAnalystLabelsAnEventAndRelabellingUpdatesItWithANewVersion() throws Exception {
        mvc.perform(label("pusat.analis",
                        "{\"event_id\":\"api-1\",\"teks\":\"Warga demo tolak tambang\",\"kategori\":\"sumber_daya\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.event_id").value("api-1"))
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.oleh").value("pusat.analis"));
        mvc.perform(label("pusat.analis",
                        "{\"event_id\":\"api-1\",\"teks\":\"Warga demo tolak tambang\",\"kategori\":\"unjuk_rasa\","
                                + "\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kategori").value("unjuk_rasa"))
                .andExpect(jsonPath("$.version").value(1));
        // someone who saw version 0 is too late now
        mvc.perform(label("pusat.analis",
                        "{\"event_id\":\"api-1\",\"teks\":\"x\",\"kategori\":\"lainnya\",\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/nlp/labels").param("kategori", "unjuk_rasa").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].event_id", hasItem("api-1")));
        assertThat(jdbc.sql("select count(*) from nlp_label where event_id = 'api-1'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'nlp_label' and entity_id = 'api-1'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anUnknownCategoryIsRefusedNamingTheField() throws Exception {
        mvc.perform(label("pusat.analis", "{\"event_id\":\"api-2\",\"teks\":\"Teks\",\"kategori\":\"bencana\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kategori"))
                .andExpect(jsonPath("$.errors[0].message", containsString("bencana")));
        mvc.perform(label("pusat.analis", "{\"teks\":\"\",\"kategori\":\"kdrt\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("event_id")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("teks")));
    }

    @Test
    void onlyCentralAdminsAndAnalystsLabelAndTrain() throws Exception {
        mvc.perform(label("jabar.operator", "{\"event_id\":\"api-3\",\"teks\":\"Teks\",\"kategori\":\"kdrt\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/nlp/models/train").with(httpBasic("jabar.operator", PASSWORD)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/nlp/labels").with(httpBasic("jabar.operator", PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/nlp/models/1/activate").with(httpBasic("bandung.operator", PASSWORD)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/nlp/labels")).andExpect(status().isUnauthorized());
    }

    @Test
    void retrainingRunsInTheBackgroundAndTheActivatedModelBecomesTheApplicationsClassifier() throws Exception {
        mvc.perform(label("pusat.analis", "{\"event_id\":\"api-4\",\"teks\":\"Suami aniaya istri di rumah\","
                        + "\"kategori\":\"kdrt\"}"))
                .andExpect(status().isCreated());
        String accepted = mvc.perform(post("/api/v1/nlp/models/train").with(httpBasic("pusat.analis", PASSWORD))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"sertakan_sampel\":true}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.job_id").exists())
                .andReturn().getResponse().getContentAsString();
        String jobId = JsonMapper.builder().build().readTree(accepted).get("job_id").asString();
        JsonNode job = null;
        // cross-validation and, where scikit-learn is installed, the peer: minutes on a loaded machine
        for (int i = 0; i < 3000; i++) {
            String body = mvc.perform(get("/api/v1/nlp/jobs/" + jobId).with(httpBasic("pusat.analis", PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            job = JsonMapper.builder().build().readTree(body);
            if (job.get("selesai").asBoolean()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.get("galat").isNull()).as("training error: %s", job.get("galat")).isTrue();
        assertThat(job.get("fase").asString()).isEqualTo("selesai");
        assertThat(job.get("persen").asInt()).isEqualTo(100);
        long modelId = job.get("model_id").asLong();

        mvc.perform(get("/api/v1/nlp/models").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.models[0].id").value(modelId))
                .andExpect(jsonPath("$.models[0].aktif").value(false))
                .andExpect(jsonPath("$.models[0].provenans.data.rows", greaterThanOrEqualTo(223)))
                .andExpect(jsonPath("$.models[0].provenans.seed").value(7))
                .andExpect(jsonPath("$.models[0].provenans.data.sha256").exists())
                .andExpect(jsonPath("$.models[0].metrik.macro_f1").isNumber())
                .andExpect(jsonPath("$.models[0].provenans.features.char_wb_ngram[1]").value(5))
                .andExpect(jsonPath("$.models[0].provenans.peer").exists())
                .andExpect(jsonPath("$.models[0].metrik.majority_baseline.accuracy").isNumber());
        mvc.perform(post("/api/v1/nlp/models/" + modelId + "/activate").with(httpBasic("pusat.analis", PASSWORD))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aktif").value(true));
        assertThat(classifier.name()).isEqualTo("model:" + modelId);
        assertThat(classifier.classify("Densus 88 menangkap terduga teroris jaringan JAD").kategori())
                .isEqualTo("terorisme_radikalisme");
        mvc.perform(get("/api/v1/nlp/models").with(httpBasic("jabar.operator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aktif").value("model:" + modelId));
        mvc.perform(post("/api/v1/nlp/models/deactivate").with(httpBasic("pusat.analis", PASSWORD)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aktif").value("leksikon"));
        assertThat(classifier.name()).isEqualTo("leksikon");
        assertThat(jdbc.sql("select count(*) from audit_log where action in "
                        + "('nlp.model.latih', 'nlp.model.aktifkan', 'nlp.model.nonaktifkan')")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
        mvc.perform(post("/api/v1/nlp/models/999999/activate").with(httpBasic("pusat.analis", PASSWORD)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
