package id.matagaruda.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The "Model Klasifikasi" page and the labelling form endpoint the events pages post to. */
@MataGarudaTest
class NlpPagesTest {

    static final String PASSWORD = "demo-garuda";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void thePageShowsLabelCountsPerCategoryAndTheRetrainButtonToAnalysts() throws Exception {
        mvc.perform(get("/pemantauan/model").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Model Klasifikasi"),
                        containsString("href=\"/pemantauan/model\""), containsString("Main hakim sendiri"),
                        containsString("data-kategori=\"terorisme_radikalisme\""), containsString("id=\"nlp-latih\""),
                        containsString("hx-post=\"/pemantauan/model/latih\""), containsString("leksikon"))));
        mvc.perform(get("/pemantauan/model").param("lang", "en").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Classification Model"), containsString("Vigilantism"))));
        mvc.perform(get("/pemantauan/model").with(httpBasic("jabar.operator", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Model Klasifikasi"),
                        not(containsString("id=\"nlp-latih\"")))));
    }

    @Test
    void theLabellingFormStoresTheLabelAndGoesBackToTheReferringPage() throws Exception {
        mvc.perform(post("/pemantauan/label").with(httpBasic("pusat.analis", PASSWORD)).with(csrf())
                        .param("event_id", "form-1").param("teks", "Massa menghakimi terduga maling motor")
                        .param("kategori", "main_hakim_sendiri")
                        .header("Referer", "http://localhost/pemantauan/peristiwa?kategori=kdrt"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/pemantauan/peristiwa?kategori=kdrt"))
                .andExpect(flash().attributeExists("message"));
        assertThat(jdbc.sql("select kategori from nlp_label where event_id = 'form-1'").query(String.class).single())
                .isEqualTo("main_hakim_sendiri");
        // another host in the Referer never becomes the target; no Referer goes to /pemantauan
        mvc.perform(post("/pemantauan/label").with(httpBasic("pusat.analis", PASSWORD)).with(csrf())
                        .param("event_id", "form-2").param("teks", "Teks").param("kategori", "tidak_ada")
                        .header("Referer", "https://contoh.example/jahat"))
                .andExpect(redirectedUrl("/jahat"))
                .andExpect(flash().attribute("labelError", containsString("kategori")));
        mvc.perform(post("/pemantauan/label").with(httpBasic("pusat.analis", PASSWORD)).with(csrf())
                        .param("event_id", "form-3").param("teks", "Teks").param("kategori", "lainnya"))
                .andExpect(redirectedUrl("/pemantauan"));
        mvc.perform(post("/pemantauan/label").with(httpBasic("bandung.operator", PASSWORD)).with(csrf())
                        .param("event_id", "form-4").param("teks", "Teks").param("kategori", "lainnya"))
                .andExpect(status().isForbidden());
    }

    @Test
    void retrainingFromThePageAnswersAProgressFragmentThatPolls() throws Exception {
        mvc.perform(post("/pemantauan/model/latih").with(httpBasic("pusat.analis", PASSWORD)).with(csrf())
                        .param("sertakan_sampel", "true").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"nlp-progress\""),
                        containsString("/pemantauan/model/tugas/"), not(containsString("<html")))));
    }

    @Test
    void theActiveModelIsShownWithItsHeldOutFiguresBesideThePeersOrSaysThePeerIsNotKnown() throws Exception {
        String provenance = "{\"data\":{\"name\":\"uji\",\"rows\":100,\"sha256\":\"%s\"},\"train_rows\":80,"
                + "\"holdout_rows\":20,\"seed\":7,\"training_seconds\":1.5,\"parameters\":{\"c\":10.0,"
                + "\"class_weight\":\"balanced\",\"vocabulary\":1234},%s}";
        String metrics = "{\"accuracy\":0.8765,\"macro_f1\":0.8642,\"majority_baseline\":{\"macro_f1\":0.2}}";
        String sha = "a".repeat(64);
        jdbc.sql("insert into nlp_model (nama, berkas, dibuat_at, dibuat_oleh, provenans, metrik, aktif) values "
                        + "('uji-peer', 'tidak-ada.zip', current_timestamp, 'uji', :p, :m, true)")
                .param("p", String.format(provenance, sha, "\"peer\":{\"macro_f1\":0.8591,\"accuracy\":0.87}"))
                .param("m", metrics).update();
        try {
            mvc.perform(get("/pemantauan/model").with(httpBasic("pusat.analis", PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("id=\"nlp-aktif-metrik\""),
                            containsString("0,864"), containsString("0,859"), containsString("Peer scikit-learn"))));
            jdbc.sql("update nlp_model set provenans = :p where nama = 'uji-peer'")
                    .param("p", String.format(provenance, sha, "\"peer\":{\"skipped\":\"scikit-learn tidak terpasang\"}"))
                    .update();
            mvc.perform(get("/pemantauan/model").with(httpBasic("pusat.analis", PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("tidak diketahui (scikit-learn tidak terpasang)"),
                            not(containsString("0,859")))));
        } finally {
            jdbc.sql("delete from nlp_model where nama = 'uji-peer'").update();
        }
    }
}
