package id.matagaruda.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import java.util.HashSet;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@MataGarudaTest
class RegionApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired RegionService regions;

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("pusat.analis", "demo-garuda"));
    }

    @Test
    void listsProvincesWithCodeNameLevelParentPopulationAndArea() throws Exception {
        mvc.perform(as(get("/api/v1/regions").param("level", "provinsi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(38))
                .andExpect(jsonPath("$[?(@.kode == '32')].nama").value("Jawa Barat"))
                .andExpect(jsonPath("$[0].level").value("provinsi"))
                .andExpect(jsonPath("$[0].parent").value(Matchers.nullValue()))
                .andExpect(jsonPath("$[0].population").isNumber())
                .andExpect(jsonPath("$[0].areaKm2").isNumber());
    }

    @Test
    void listsKabkotaOfAProvince() throws Exception {
        mvc.perform(as(get("/api/v1/regions").param("level", "kabkota").param("parent", "32")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(27))
                .andExpect(jsonPath("$[?(@.kode == '32.73')].nama").value("Kota Bandung"))
                .andExpect(jsonPath("$[?(@.kode == '32.73')].parent").value("32"));
        mvc.perform(as(get("/api/v1/regions").param("level", "kabkota")))
                .andExpect(jsonPath("$.length()").value(514));
        // deeper levels under a parent: every kelurahan of Kota Bandung, every kecamatan of Jawa Barat
        mvc.perform(as(get("/api/v1/regions").param("level", "desa").param("parent", "32.73")))
                .andExpect(jsonPath("$.length()").value(151))
                .andExpect(jsonPath("$[0].kode").value(Matchers.startsWith("32.73.")));
        mvc.perform(as(get("/api/v1/regions").param("level", "kecamatan").param("parent", "32")))
                .andExpect(jsonPath("$.length()").value(627));
        mvc.perform(as(get("/api/v1/regions").param("level", "provinsi").param("parent", "32.73")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void searchesByNameBestMatchFirst() throws Exception {
        mvc.perform(as(get("/api/v1/regions").param("q", "bandung")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kode").value(Matchers.oneOf("32.04", "32.73")))
                .andExpect(jsonPath("$[*].kode").value(Matchers.hasItems("32.04", "32.73", "32.17")));
        mvc.perform(as(get("/api/v1/regions").param("q", "b")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void returnsOneRegionWithChildrenPopulationAndArea() throws Exception {
        mvc.perform(as(get("/api/v1/regions/32.73")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nama").value("Kota Bandung"))
                .andExpect(jsonPath("$.level").value("kabkota"))
                .andExpect(jsonPath("$.parent").value("32"))
                .andExpect(jsonPath("$.children.length()").value(30))
                .andExpect(jsonPath("$.children[0]").value("32.73.01"))
                .andExpect(jsonPath("$.population").value(Matchers.greaterThan(2_000_000)))
                .andExpect(jsonPath("$.areaKm2").value(Matchers.greaterThan(100.0)))
                .andExpect(jsonPath("$.ancestors[0].kode").value("32"));
    }

    @Test
    void unknownCodeIs404AndMalformedCodeIs400WithJsonInIndonesian() throws Exception {
        mvc.perform(as(get("/api/v1/regions/32.99")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("32.99")))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("tidak ada")));
        mvc.perform(as(get("/api/v1/regions/bandung")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kode"))
                .andExpect(jsonPath("$.errors[0].rule").value("region.code.format"));
        mvc.perform(as(get("/api/v1/regions/32.99")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no region")));
        mvc.perform(as(get("/api/v1/regions").param("level", "negara")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    @Test
    void locatesPointsInTheirKabkotaAndProvince() throws Exception {
        expectLocated(-6.9175, 107.6191, "32.73", "32");   // Gedung Sate area, Kota Bandung
        expectLocated(-6.1754, 106.8272, "31.71", "31");   // Monas, Jakarta Pusat
        expectLocated(-2.5337, 140.7181, "91.71", "91");   // Kota Jayapura
        expectLocated(-7.4797, 110.2177, "33.71", "33");   // Kota Magelang: no polygon, approximate centre
        mvc.perform(as(get("/api/v1/regions/locate").param("lat", "0").param("lon", "0")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(as(get("/api/v1/regions/locate").param("lat", "-95").param("lon", "107")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"));
        mvc.perform(as(get("/api/v1/regions/locate").param("lat", "abc").param("lon", "107")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"));
    }

    private void expectLocated(double lat, double lon, String kabkota, String provinsi) throws Exception {
        mvc.perform(as(get("/api/v1/regions/locate").param("lat", String.valueOf(lat)).param("lon", String.valueOf(lon))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kabkota.kode").value(kabkota))
                .andExpect(jsonPath("$.provinsi.kode").value(provinsi));
    }

    @Test
    void boundaryCodesAllResolveToRegionsAndNoKabkotaIsMissingFromTheMap() throws Exception {
        JsonNode provinces = geo("provinsi", null);
        assertThat(provinces.get("features").size()).isEqualTo(38);
        JsonNode kabkota = geo("kabkota", null);
        Set<String> codes = new HashSet<>();
        int points = 0;
        for (JsonNode f : kabkota.get("features")) {
            String kode = f.get("properties").get("kode").asString();
            codes.add(kode);
            assertThat(regions.find(kode)).as(kode).get().extracting(Region::level).isEqualTo(RegionLevel.KABKOTA);
            if (f.get("geometry").get("type").asString().equals("Point")) {
                points++;
            }
        }
        for (JsonNode f : provinces.get("features")) {
            assertThat(regions.find(f.get("properties").get("kode").asString())).isPresent();
        }
        assertThat(codes).hasSize(514);
        assertThat(points).isEqualTo(7);
        assertThat(geo("kabkota", "32").get("features").size()).isEqualTo(27);
    }

    private JsonNode geo(String level, String parent) throws Exception {
        MockHttpServletRequestBuilder req = as(get("/api/v1/regions/boundaries").param("level", level));
        if (parent != null) {
            req.param("parent", parent);
        }
        byte[] body = mvc.perform(req).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andReturn().getResponse().getContentAsByteArray();
        return json.readTree(body);
    }
}
