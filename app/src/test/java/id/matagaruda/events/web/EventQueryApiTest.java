package id.matagaruda.events.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.events.PemantauanTestLake;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The event query API over a test lake, as a national analyst and as the Kota Bandung operator. */
@MataGarudaTest
@TestPropertySource(properties = "matagaruda.events.lake=" + EventQueryApiTest.LAKE)
class EventQueryApiTest {

    static final String LAKE = "target/test-data/pemantauan-lake";
    static final String PASSWORD = "demo-garuda";

    /** The shared rows plus one whose text is markup, to show it is never rendered as such. */
    static final List<PemantauanTestLake.Row> ROWS = rows();

    @Autowired MockMvc mvc;

    static List<PemantauanTestLake.Row> rows() {
        List<PemantauanTestLake.Row> rows = new ArrayList<>(PemantauanTestLake.ROWS);
        rows.add(new PemantauanTestLake.Row("s-1", "social", "2024-01-20", "Unggahan <b>mencurigakan</b>",
                "Pesan <script>alert(1)</script> berisi ujaran kebencian beredar di grup warga Kota Bandung.", "32.73", "ujaran_kebencian",
                "model:m1", 0.55, null, null));
        return List.copyOf(rows);
    }

    /** Both web test classes write the same lake, so whichever runs first, the other sees the same rows. */
    static void writeLake() {
        PemantauanTestLake.write(Path.of(LAKE), ROWS, PemantauanTestLake.POPULATION);
    }

    @BeforeAll
    static void lake() {
        writeLake();
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, PASSWORD));
    }

    @Test
    void aNationalAnalystListsEveryEventNewestFirst() throws Exception {
        mvc.perform(as("pusat.analis", get("/api/v1/events")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(9))
                .andExpect(jsonPath("$.items[0].id").value("g-2"))
                .andExpect(jsonPath("$.items[0].kodeKabkota").value("32.01"))
                .andExpect(jsonPath("$.items[1].kodeWilayah").doesNotExist())
                .andExpect(jsonPath("$.limit").value(50));
        mvc.perform(as("pusat.analis", get("/api/v1/events").param("kategori", "sumber_daya").param("q", "50%")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value("b-2"));
        mvc.perform(as("pusat.analis", get("/api/v1/events").param("limit", "2").param("offset", "1")))
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].id").value("x-1"));
    }

    @Test
    void theBandungOperatorSeesOnlyKotaBandungAndIsRefusedOtherRegions() throws Exception {
        mvc.perform(as("bandung.operator", get("/api/v1/events")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.items[*].kodeKabkota", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("32.73"))));
        mvc.perform(as("bandung.operator", get("/api/v1/events").param("wilayah", "32.01")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Tidak diizinkan"));
        mvc.perform(as("bandung.operator", get("/api/v1/events").param("wilayah", "32")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(as("bandung.operator", get("/api/v1/events/tren").param("wilayah", "31.74")))
                .andExpect(status().isForbidden());
        mvc.perform(as("bandung.operator", get("/api/v1/events/status")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.events").value(4))
                .andExpect(jsonPath("$.months", hasSize(3)));
    }

    @Test
    void oneEventIsShownInScopeAnd404Outside() throws Exception {
        mvc.perform(as("bandung.operator", get("/api/v1/events/news/b-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.judul").value("Unjuk rasa mahasiswa di depan Gedung Sate"))
                .andExpect(jsonPath("$.lat").value(-6.9025))
                .andExpect(jsonPath("$.masuk").isString());
        mvc.perform(as("bandung.operator", get("/api/v1/events/news/g-1")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("news/g-1")));
        mvc.perform(as("pusat.analis", get("/api/v1/events/news/g-1"))).andExpect(status().isOk());
        mvc.perform(as("pusat.analis", get("/api/v1/events/news/tidak-ada"))).andExpect(status().isNotFound());
    }

    @Test
    void mapRatesArePer100kOfTheLakePopulation() throws Exception {
        mvc.perform(as("pusat.analis", get("/api/v1/events/peta").param("level", "kabkota").param("bulan", "2024-02")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(514)))
                .andExpect(jsonPath("$[?(@.kode == '32.73')].per100rb", hasItem(0.08)))
                .andExpect(jsonPath("$[?(@.kode == '32.73')].jumlah", hasItem(2)))
                .andExpect(jsonPath("$[?(@.kode == '31.74')].per100rb", hasItem(0.05)));
        mvc.perform(as("bandung.operator", get("/api/v1/events/peta").param("bulan", "2024-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].jumlah").value(2))
                .andExpect(jsonPath("$[0].per100rb").value(0.08));
        mvc.perform(as("pusat.analis", get("/api/v1/events/peta").param("level", "provinsi").param("bulan", "2024-02")
                        .param("kategori", "sumber_daya")))
                .andExpect(jsonPath("$", hasSize(38)))
                .andExpect(jsonPath("$[?(@.kode == '32')].jumlah", hasItem(1)));
    }

    @Test
    void trendsAndSourcesCountPerCategoryAndSource() throws Exception {
        mvc.perform(as("bandung.operator", get("/api/v1/events/tren")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(4)))
                .andExpect(jsonPath("$[0].periode").value("2024-01"));
        mvc.perform(as("pusat.analis", get("/api/v1/events/tren").param("wilayah", "32.01").param("periode", "week")))
                .andExpect(jsonPath("$[*].periode", org.hamcrest.Matchers.contains("2024-W06", "2024-W10")));
        mvc.perform(as("pusat.analis", get("/api/v1/events/sumber")))
                .andExpect(jsonPath("$[0].sumber").value("news"))
                .andExpect(jsonPath("$[0].jumlah").value(4));
    }

    @Test
    void badInputIs400NamingTheFieldInIndonesian() throws Exception {
        mvc.perform(as("pusat.analis", get("/api/v1/events/peta").param("bulan", "2024-13")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bulan"))
                .andExpect(jsonPath("$.detail").value(containsString("bulan")))
                .andExpect(jsonPath("$.detail").value(containsString("harus berformat TTTT-BB")));
        mvc.perform(as("pusat.analis", get("/api/v1/events/peta")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bulan"));
        mvc.perform(as("pusat.analis", get("/api/v1/events/peta").param("bulan", "2024-02").param("level", "kota")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        mvc.perform(as("pusat.analis", get("/api/v1/events/tren").param("periode", "hari")))
                .andExpect(jsonPath("$.errors[0].field").value("periode"));
        mvc.perform(as("pusat.analis", get("/api/v1/events").param("q", "a").param("dari", "2024-02-30")
                        .param("limit", "1000").param("wilayah", "99.99")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("wilayah", "dari", "q", "limit")));
        mvc.perform(as("pusat.analis", get("/api/v1/events").param("kategori", "perang").header("Accept-Language", "en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kategori"));
        mvc.perform(get("/api/v1/events")).andExpect(status().isUnauthorized());
    }

    @Test
    void theEndpointsAreDocumented() throws Exception {
        mvc.perform(as("pusat.analis", get("/v3/api-docs")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/events'].get.summary").value(containsString("Daftar peristiwa")))
                .andExpect(jsonPath("$.paths['/api/v1/events/peta'].get.parameters[*].name", hasItem("bulan")))
                .andExpect(jsonPath("$.paths['/api/v1/events/tren']").exists())
                .andExpect(jsonPath("$.tags[*].name", hasItem("Peristiwa")));
    }
}
