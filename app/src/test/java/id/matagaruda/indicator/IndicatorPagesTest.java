package id.matagaruda.indicator;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The indicator pages on the demo catalogue: what each role sees, the import page, and deciding link suggestions. */
@MataGarudaTest
class IndicatorPagesTest {

    static final String PASSWORD = "demo-garuda";
    static final String HEADER = String.join(",", CatalogueRow.COLUMNS);

    @Autowired MockMvc mvc;

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B request) {
        return request.with(httpBasic(user, PASSWORD));
    }

    static MockMultipartFile csv(String name, String... lines) {
        return new MockMultipartFile("file", name, "text/csv",
                (HEADER + "\n" + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void catalogueListsTheDemoIndicatorsWithFiltersExportsAndTheImportLink() throws Exception {
        mvc.perform(as("pusat.analis", get("/indikator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Katalog indikator"), containsString("POLPUM-01"),
                        containsString("Indeks Demokrasi Indonesia (IDI)"), containsString("RENSTRA-32.73-01"),
                        containsString("href=\"/indikator/POLPUM-01\""),
                        containsString("/api/v1/indicators/export?format=csv"),
                        containsString("/api/v1/indicators/export?format=xlsx"),
                        containsString("/api/v1/indicators/template"), containsString("href=\"/indikator/impor\""),
                        containsString("<th scope=\"col\""))));
        mvc.perform(as("pusat.analis", get("/indikator").param("tingkat", "nasional")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("POLPUM-10"),
                        not(containsString("RPJMD-32-01")))));
        mvc.perform(as("pusat.analis", get("/indikator").param("wilayah", "32.73")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("RENSTRA-32.73-01"), containsString("Kota Bandung"),
                        containsString("format=xlsx&amp;region=32.73"), not(containsString("RPJMD-32-03")))));
        mvc.perform(as("pusat.analis", get("/indikator").param("q", "demokrasi JAWA barat")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("RPJMD-32-01"), containsString("1 indikator"))));
        mvc.perform(as("pusat.analis", get("/indikator").param("wilayah", "99")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("role=\"alert\""), containsString("99"),
                        containsString("0 indikator"))));
        // An operator sees national and its province's indicators (to link to) and its own, nothing of other regions.
        mvc.perform(as("bandung.operator", get("/indikator")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("POLPUM-01"), containsString("RPJMD-32-01"),
                        containsString("RENSTRA-32.73-01"), not(containsString("RENSTRA-32.01-")),
                        not(containsString("RPJMD-91-")))));
    }

    @Test
    void detailShowsTheFieldsTargetsAndCascadeWithTheChartHooks() throws Exception {
        mvc.perform(as("pusat.analis", get("/indikator/RPJMD-32-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Indeks Demokrasi Jawa Barat"),
                        containsString("81,53"), containsString("83,38"), containsString("id=\"grafik-target\""),
                        containsString("data-api=\"/api/v1/indicators/RPJMD-32-01\""),
                        containsString("data-parent-api=\"/api/v1/indicators/POLPUM-01\""),
                        containsString("id=\"pohon\""),
                        containsString("data-api=\"/api/v1/indicators/RPJMD-32-01/cascade\""),
                        containsString("Pohon kinerja"), containsString("aria-current=\"page\""),
                        containsString("/dist/echarts.min.js"), containsString("/js/indikator.js"))));
        // The cascade list climbs to the national root and names the other provinces that carry it.
        mvc.perform(as("pusat.analis", get("/indikator/RPJMD-32-01")))
                .andExpect(content().string(allOf(containsString("href=\"/indikator/POLPUM-01\""),
                        containsString("RPJMD-11-01"))));
        mvc.perform(as("pusat.analis", get("/indikator/RPJMD-32-01").param("lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Performance tree"), containsString("Parent code"))));
        mvc.perform(as("pusat.analis", get("/indikator/TIDAK-ADA")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Indikator TIDAK-ADA tidak ada.")));
        mvc.perform(as("papua.operator", get("/indikator/RPJMD-32-01")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("tidak berwenang"), not(containsString("Exception")))));
    }

    @Test
    void syncDashboardShowsSummaryMatrixMapAggregateProblemsAndSuggestions() throws Exception {
        mvc.perform(as("pusat.analis", get("/sinkronisasi")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sinkronisasi pusat–daerah"),
                        containsString("class=\"badge st-selaras\""), containsString("target tidak meningkat"),
                        containsString("id=\"matriks\""), containsString("id=\"peta-sinkron\""),
                        containsString("id=\"agregat-nasional\""), containsString("agregat kurang"),
                        containsString("id=\"daftar-masalah\""), containsString("Unduh XLSX"),
                        containsString("/api/v1/sync/report?format=xlsx&amp;region="),
                        containsString("id=\"daftar-saran\""), containsString("data-daerah=\"RPJMD-52-04\""),
                        containsString("/js/sinkronisasi.js"))))
                // The national level shows provinces only; kab/kota rows wait for the drill-down.
                .andExpect(content().string(allOf(containsString("data-wilayah=\"32\""),
                        not(containsString("data-wilayah=\"32.73\"")))));
        mvc.perform(as("pusat.analis", get("/sinkronisasi").param("provinsi", "32")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sinkronisasi Jawa Barat"),
                        containsString("data-provinsi=\"32\""), containsString("data-wilayah=\"32.73\""),
                        containsString("/api/v1/sync/report?format=xlsx&amp;region=32"),
                        not(containsString("data-wilayah=\"33\"")))));
        mvc.perform(as("pusat.analis", get("/sinkronisasi").param("provinsi", "32.73")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("bukan kode provinsi")));
        // A regional account starts in its own province and never sees the national aggregate.
        mvc.perform(as("jabar.verifikator", get("/sinkronisasi")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("data-provinsi=\"32\""),
                        containsString("id=\"daftar-masalah\""), not(containsString("id=\"agregat-nasional\"")))));
    }

    @Test
    void aBadCatalogueThroughThePageListsEveryProblemAndSavesNothing() throws Exception {
        MockMultipartFile bad = csv("katalog-salah.csv",
                "UJI-HALAMAN-01,Indeks uji halaman,nasional,00,indeks,positif,tahunan,70,71,72,73,74,75,,tidak",
                "UJI-HALAMAN-02,,provinsi,32,indeks,naik,tahunan,70,71,72,73,74,75,POLPUM-01,",
                "UJI-HALAMAN-03,Indeks uji tiga,kecamatan,32,indeks,positif,tahunan,70,71,72,73,74,75,,");
        mvc.perform(as("pusat.admin", multipart("/indikator/impor").file(bad)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"masalah-impor\""),
                        containsString("Berkas ditolak: 3 masalah"), containsString("Tidak ada yang disimpan"),
                        containsString("<th scope=\"col\" class=\"num\">Baris</th>"),
                        containsString("<code>nama</code>"), containsString("<code>polaritas</code>"),
                        containsString("<code>tingkat</code>"), containsString("&#39;naik&#39; bukan polaritas"))));
        mvc.perform(as("pusat.admin", get("/api/v1/indicators/UJI-HALAMAN-01"))).andExpect(status().isNotFound());

        mvc.perform(as("pusat.admin", multipart("/indikator/impor")
                        .file(new MockMultipartFile("file", "kosong.csv", "text/csv", new byte[0]))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("berkas yang dikirim kosong")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        mvc.perform(as("pusat.admin", multipart("/indikator/impor")
                        .file(new MockMultipartFile("file", "foto.png", "image/png", png))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Berkas foto.png bukan CSV atau XLSX"),
                        not(containsString("id=\"masalah-impor\"")))));
        byte[] notXlsx = {'P', 'K', 3, 4, 'x', 'y', 'z'};
        mvc.perform(as("pusat.admin", multipart("/indikator/impor")
                        .file(new MockMultipartFile("file", "rusak.xlsx", "application/octet-stream", notXlsx))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Berkas tidak dapat dibaca")));
    }

    @Test
    void anOperatorImportingAnotherRegionsRowIsRefusedNamingTheRow() throws Exception {
        MockMultipartFile file = csv("bandung.csv",
                "UJI-BDG-01,Indeks uji Kota Bandung,kabkota,32.73,indeks,positif,tahunan,70,71,72,73,74,75,RPJMD-32-01,",
                "UJI-BDG-02,Indeks uji Kabupaten Bogor,kabkota,32.01,indeks,positif,tahunan,70,71,72,73,74,75,RPJMD-32-01,");
        mvc.perform(as("bandung.operator", multipart("/indikator/impor").file(file)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Berkas ditolak: 1 masalah"),
                        containsString("<td class=\"num\">3</td>"), containsString("<code>kode_wilayah</code>"),
                        containsString("wilayah 32.01 di luar kewenangan Anda"))));
        mvc.perform(as("bandung.operator", get("/api/v1/indicators/UJI-BDG-01"))).andExpect(status().isNotFound());

        // Its own region alone is accepted and counted.
        MockMultipartFile own = csv("bandung.csv",
                "UJI-BDG-01,Indeks uji Kota Bandung,kabkota,32.73,indeks,positif,tahunan,70,71,72,73,74,75,RPJMD-32-01,");
        mvc.perform(as("bandung.operator", multipart("/indikator/impor").file(own)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Impor bandung.csv berhasil"),
                        containsString("Indikator baru"), not(containsString("id=\"masalah-impor\"")))));
        mvc.perform(as("bandung.operator", get("/api/v1/indicators/UJI-BDG-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kodeInduk").value("RPJMD-32-01"));
    }

    @Test
    void acceptingASuggestionSetsKodeIndukAndARejectedOneIsNotSuggestedAgain() throws Exception {
        mvc.perform(as("pusat.admin", post("/sinkronisasi/saran")).with(csrf()).header("HX-Request", "true")
                        .param("kodeDaerah", "RPJMD-71-02").param("kodeNasional", "POLPUM-02")
                        .param("keputusan", "diterima").param("provinsi", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"saran\""),
                        containsString("Saran diterima: RPJMD-71-02 kini bertaut ke POLPUM-02"),
                        not(containsString("data-daerah=\"RPJMD-71-02\"")), not(containsString("<html")))));
        mvc.perform(as("pusat.admin", get("/api/v1/indicators/RPJMD-71-02")))
                .andExpect(jsonPath("$.kodeInduk").value("POLPUM-02"));

        mvc.perform(as("pusat.admin", post("/sinkronisasi/saran")).with(csrf()).header("HX-Request", "true")
                        .param("kodeDaerah", "RPJMD-33-01").param("kodeNasional", "POLPUM-05")
                        .param("keputusan", "ditolak"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saran ditolak")));
        mvc.perform(as("pusat.admin", get("/api/v1/sync/suggestions")))
                .andExpect(jsonPath("$[?(@.kodeIndikatorDaerah == 'RPJMD-33-01' && @.saranKodeNasional == 'POLPUM-05')]")
                        .isEmpty())
                .andExpect(jsonPath("$[?(@.kodeIndikatorDaerah == 'RPJMD-33-01' && @.saranKodeNasional == 'POLPUM-01')]")
                        .isNotEmpty());
        mvc.perform(as("pusat.admin", get("/api/v1/indicators/RPJMD-33-01")))
                .andExpect(jsonPath("$.kodeInduk").doesNotExist());
    }

    @Test
    void anAnalystMayNotDecideARegionalLinkAndThePanelSaysSo() throws Exception {
        mvc.perform(as("pusat.analis", post("/sinkronisasi/saran")).with(csrf()).header("HX-Request", "true")
                        .param("kodeDaerah", "RPJMD-75-02").param("kodeNasional", "POLPUM-02")
                        .param("keputusan", "diterima"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("role=\"alert\""),
                        containsString("tidak berwenang mengubah rencana yang memuat RPJMD-75-02"),
                        containsString("data-daerah=\"RPJMD-75-02\""))));
        mvc.perform(as("pusat.analis", get("/api/v1/indicators/RPJMD-75-02")))
                .andExpect(jsonPath("$.kodeInduk").doesNotExist());

        // Without htmx the form posts normally and lands back on the dashboard with the message.
        mvc.perform(as("jabar.verifikator", post("/sinkronisasi/saran")).with(csrf())
                        .param("kodeDaerah", "RPJMD-75-02").param("kodeNasional", "POLPUM-02")
                        .param("keputusan", "ditolak").param("provinsi", "32"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sinkronisasi?provinsi=32"));
    }

    @Test
    void theMenuLinksBothPages() throws Exception {
        mvc.perform(as("pusat.pimpinan", get("/")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/indikator\""),
                        containsString("href=\"/sinkronisasi\""), containsString(">Indikator</a>"),
                        containsString(">Sinkronisasi</a>"))));
        mvc.perform(as("pusat.pimpinan", get("/").param("lang", "en")))
                .andExpect(content().string(Matchers.containsString(">Synchronisation</a>")));
    }
}
