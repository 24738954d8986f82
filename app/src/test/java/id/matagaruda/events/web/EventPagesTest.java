package id.matagaruda.events.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "Pemantauan Isu" pages on the test lake: list, live part, map, trends, event detail and labelling. */
@MataGarudaTest
@TestPropertySource(properties = "matagaruda.events.lake=" + EventQueryApiTest.LAKE)
class EventPagesTest {

    @Autowired MockMvc mvc;

    @BeforeAll
    static void lake() {
        EventQueryApiTest.writeLake();
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, EventQueryApiTest.PASSWORD));
    }

    @Test
    void theListShowsEventsFiltersLakeStatusAndRefreshesItself() throws Exception {
        mvc.perform(as("pusat.analis", get("/pemantauan")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Pemantauan Isu</h1>"),
                        containsString("href=\"/pemantauan\">Pemantauan Isu</a>"),
                        containsString("Status danau data"), containsString("9 peristiwa"),
                        containsString("Unjuk rasa mahasiswa di depan Gedung Sate"), containsString("Isu tanpa lokasi"),
                        containsString("tanpa wilayah"), containsString("Kota Bandung (32.73)"),
                        containsString("Kabupaten Bogor (32.01)"), containsString("Ujaran kebencian/provokasi"),
                        containsString("hx-trigger=\"every 30s\""), containsString("hx-get=\"/pemantauan/daftar?"),
                        containsString("href=\"/pemantauan/peristiwa/news/b-1\""), containsString("Cari judul atau teks"),
                        containsString("<option value=\"32.73\""), containsString("Pelabelan"),
                        not(containsString("ev-new")))));
        mvc.perform(as("bandung.operator", get("/pemantauan")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("4 peristiwa"), containsString("Harga beras naik"),
                        not(containsString("Pencurian sepeda motor")), not(containsString("Isu tanpa lokasi")),
                        not(containsString("<option value=\"32.01\"")), not(containsString("/pemantauan/label")))));
        mvc.perform(as("pusat.analis", get("/pemantauan").param("q", "sepeda").param("wilayah", "32")))
                .andExpect(content().string(allOf(containsString("1 peristiwa"), containsString("Pencurian sepeda motor"))));
        mvc.perform(as("pusat.analis", get("/pemantauan").param("lang", "en")))
                .andExpect(content().string(allOf(containsString("<h1>Issue Monitoring</h1>"),
                        containsString("Data lake status"), containsString("9 events"))));
    }

    @Test
    void anInvalidFilterIsExplainedOnThePage() throws Exception {
        mvc.perform(as("pusat.analis", get("/pemantauan").param("q", "a").param("lang", "id")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("role=\"alert\""),
                        containsString("q: teks pencarian harus 2 sampai 200 karakter"))));
        mvc.perform(as("bandung.operator", get("/pemantauan").param("wilayah", "32.01")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLivePartMarksEventsThatArrivedSinceTheLastRefresh() throws Exception {
        mvc.perform(as("pusat.analis", get("/pemantauan/daftar").param("sejak", "0")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"hasil\""), containsString("Terbaru"),
                        containsString("class=\"badge ev-new\""), not(containsString("<html")))));
        mvc.perform(as("pusat.analis", get("/pemantauan/daftar")
                        .param("sejak", String.valueOf(System.currentTimeMillis() + 60_000))))
                .andExpect(content().string(not(containsString("ev-new"))));
    }

    @Test
    void theDetailEscapesTheTextAndIsOnlyShownInScope() throws Exception {
        mvc.perform(as("bandung.operator", get("/pemantauan/peristiwa/social/s-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Teks dengan penanda"),
                        containsString("Unggahan &lt;b&gt;mencurigakan&lt;/b&gt;"),
                        containsString("Pesan &lt;script&gt;alert(1)&lt;/script&gt; berisi "),
                        not(containsString("<script>alert(1)")), not(containsString("<b>mencurigakan")),
                        containsString("Sebutan tempat"), containsString("Kota Bandung (32.73)"),
                        containsString("title=\"Ujaran kebencian/provokasi\">kebencian</mark> beredar"),
                        containsString("Bukti kategori"), not(containsString("Pengklasifikasi belum tersedia")))));
        mvc.perform(as("bandung.operator", get("/pemantauan/peristiwa/news/b-1")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Unjuk rasa mahasiswa di depan Gedung Sate"),
                        containsString("href=\"https://berita.example/b-1\""), containsString("-6.9025"))));
        mvc.perform(as("bandung.operator", get("/pemantauan/peristiwa/news/g-1"))).andExpect(status().isNotFound());
        mvc.perform(as("pusat.analis", get("/pemantauan/peristiwa/news/g-1").param("lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Text with highlights")));
    }

    @Test
    void theMapPageHasTheMonthSliderAndTheHighestRates() throws Exception {
        mvc.perform(as("pusat.analis", get("/pemantauan/peta").param("bulan", "2024-02").param("lang", "id")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Peta peristiwa per 100.000 penduduk"),
                        containsString("id=\"slider-bulan\""), containsString("data-months=\"2024-01,2024-02,2024-03\""),
                        containsString("/js/pemantauan-peta.js"), containsString("/dist/echarts.min.js"),
                        containsString("Kota Bandung (32.73)"), containsString("0,0800"),
                        containsString("Kota Administrasi Jakarta Selatan (31.74)"), containsString("0,0500"))));
        mvc.perform(as("bandung.operator", get("/pemantauan/peta")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"2024-03\""), containsString("data-province=\"32\""),
                        containsString("Tidak ada peristiwa pada bulan ini."))));
        mvc.perform(as("pusat.analis", get("/pemantauan/peta").param("bulan", "2024-13")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theTrendPageTabulatesCategoriesPerPeriodAndSources() throws Exception {
        mvc.perform(as("pusat.analis", get("/pemantauan/tren").param("lang", "id")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tren peristiwa per kategori"),
                        containsString("id=\"tren-peristiwa\""), containsString("/js/pemantauan-tren.js"),
                        containsString("data-api=\"/api/v1/events/tren?"), containsString("<th scope=\"row\">2024-02</th>"),
                        containsString("Peristiwa per sumber"), containsString("Media sosial"))));
        mvc.perform(as("pusat.analis", get("/pemantauan/tren").param("periode", "week")))
                .andExpect(content().string(containsString("2024-W10")));
    }

    @Test
    void analystsLabelEventsWithAPlainCsrfFormAndOthersMayNot() throws Exception {
        mvc.perform(as("pusat.analis", get("/pemantauan/label").param("lang", "id")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pelabelan peristiwa"),
                        containsString("action=\"/pemantauan/label\""), containsString("name=\"_csrf\""),
                        containsString("name=\"event_id\" value=\"other/x-1\""), containsString("name=\"teks\""),
                        containsString("name=\"kategori\""), containsString("href=\"/pemantauan/model\""),
                        containsString("Model Klasifikasi"))));
        mvc.perform(as("bandung.operator", get("/pemantauan/label"))).andExpect(status().isForbidden());
        mvc.perform(as("jabar.verifikator", get("/pemantauan/label"))).andExpect(status().isForbidden());
    }
}
