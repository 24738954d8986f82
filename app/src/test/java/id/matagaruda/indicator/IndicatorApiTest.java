package id.matagaruda.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The stored catalogue through the API: the demo seed, scoped reading, import rules and the sync report. */
@MataGarudaTest
class IndicatorApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static final String HEADER = String.join(",", CatalogueRow.COLUMNS);

    private MockMultipartFile csv(String... lines) {
        return new MockMultipartFile("file", "katalog.csv", "text/csv",
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void demoCatalogueIsSeededAndListedWithTargetsByYear() throws Exception {
        mvc.perform(get("/api/v1/indicators").param("level", "nasional").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                // other tests in this run may add national indicators; the ten of the demo are there
                .andExpect(jsonPath("$[*].kode").value(Matchers.hasItems("POLPUM-01", "POLPUM-05", "POLPUM-10")))
                .andExpect(jsonPath("$[*].tingkat").value(Matchers.everyItem(Matchers.is("nasional"))))
                .andExpect(jsonPath("$[?(@.kode == 'POLPUM-07')].satuan").value("persen"))
                .andExpect(jsonPath("$[?(@.kode == 'POLPUM-07')].targets.2029").value(82))
                .andExpect(jsonPath("$[?(@.kode == 'POLPUM-07')].wajibDaerah").value(true));
        mvc.perform(get("/api/v1/indicators/POLPUM-99").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isNotFound());
    }

    @Test
    void operatorsReadNationalTheirProvinceAndTheirOwnRegionOnly() throws Exception {
        mvc.perform(get("/api/v1/indicators").with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kodeWilayah").value(Matchers.everyItem(Matchers.oneOf("00", "32", "32.73"))));
        mvc.perform(get("/api/v1/indicators/RPJMD-33-01").with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isForbidden());
    }

    @Test
    void operatorImportsOnlyItsOwnRegionAndARejectedFileSavesNothing() throws Exception {
        long before = count();
        mvc.perform(multipart("/api/v1/indicators/import").file(csv(HEADER,
                        "BDG-NEW-1,Indikator baru Kota Bandung,kabkota,32.73,persen,positif,tahunan,1,2,3,4,5,6,POLPUM-07,,",
                        "BOGOR-NEW-1,Indikator Bogor,kabkota,32.01,persen,positif,tahunan,1,2,3,4,5,6,POLPUM-07,,"))
                        .with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].column").value("kode_wilayah"))
                .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("di luar kewenangan")));
        assertThat(count()).isEqualTo(before);

        mvc.perform(multipart("/api/v1/indicators/import").file(csv(HEADER,
                        "BDG-NEW-1,Indikator baru Kota Bandung,kabkota,32.73,persen,positif,tahunan,1,2,3,4,5,6,POLPUM-07,,"))
                        .with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        assertThat(count()).isEqualTo(before + 1);
        Integer audited = jdbc.sql("select count(*) from audit_log where entity_type = 'indikator' and entity_id = 'BDG-NEW-1'")
                .query(Integer.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aRejectedCatalogueIsExplainedInTheCallersLanguageWithTheSameRowColumnProblemShape() throws Exception {
        long before = count();
        String outside = "BOGOR-NEW-2,Indikator Bogor,kabkota,32.01,persen,positif,tahunan,1,2,3,4,5,6,POLPUM-07,,";
        mvc.perform(multipart("/api/v1/indicators/import").file(csv(HEADER, outside))
                        .header("Accept-Language", "en").with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Indicator catalogue is not valid"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("kode_wilayah"))
                .andExpect(jsonPath("$.errors[0].rule").value("catalogue.regionOutOfScope"))
                .andExpect(jsonPath("$.errors[0].problem").value("region 32.01 is outside your authority; an operator "
                        + "may only import the plan of their own region"));
        mvc.perform(multipart("/api/v1/indicators/import").file(csv(HEADER, outside))
                        .with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Katalog indikator tidak valid"))
                .andExpect(jsonPath("$.errors[0].problem").value("wilayah 32.01 di luar kewenangan Anda; operator hanya "
                        + "boleh mengimpor rencana wilayahnya sendiri"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void nationalCatalogueIsKeptByTheCentreNotByRegions() throws Exception {
        String line = "POLPUM-11,Indikator nasional baru,nasional,00,persen,positif,tahunan,1,2,3,4,5,6,,tidak";
        mvc.perform(multipart("/api/v1/indicators/import").file(csv(HEADER, line))
                        .with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/indicators/import").file(csv(HEADER, line))
                        .with(httpBasic("pusat.pimpinan", "demo-garuda")))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/indicators/import").file(csv(HEADER, line))
                        .with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void reimportingTheExportChangesNothingAndTheStoredReportMatchesTheFileCheck() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/indicators/export").param("format", "xlsx")
                        .with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("katalog-indikator.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/api/v1/indicators/import").file(new MockMultipartFile("file", "k.xlsx", null, xlsx))
                        .with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0));

        String stored = mvc.perform(get("/api/v1/sync/report").param("format", "csv")
                        .with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        java.util.List<CatalogueRow> exported = new CatalogueReader(id.matagaruda.region.ReferenceRegions.shipped()::find,
                java.util.Map.of()).read(new java.io.ByteArrayInputStream(xlsx));
        ByteArrayOutputStream offline = new ByteArrayOutputStream();
        CatalogueFiles.writeReportCsv(OfflineSync.check(exported), offline);
        assertThat(stored).isEqualTo(offline.toString(StandardCharsets.UTF_8));
    }

    @Test
    void syncReportIsScopedAndNamesTheRegion() throws Exception {
        mvc.perform(get("/api/v1/sync/report").param("region", "32.73").with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kodeWilayah").value(Matchers.everyItem(Matchers.is("32.73"))))
                .andExpect(jsonPath("$[0].status").value(Matchers.oneOf("selaras", "belum_ada", "satuan_berbeda",
                        "polaritas_berbeda", "target_kosong", "target_tidak_meningkat")));
        mvc.perform(get("/api/v1/sync/report").with(httpBasic("bandung.operator", "demo-garuda")))
                .andExpect(jsonPath("$[*].kodeWilayah").value(Matchers.everyItem(Matchers.startsWith("32.73"))));
        mvc.perform(get("/api/v1/sync/report").param("format", "pdf").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void aFinalPlanAcceptsNoImportUntilItIsBackToDraft() throws Exception {
        long id = jdbc.sql("select id from indicator_plan where kode_wilayah = '32.05'").query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("select id from indicator_plan where kode_wilayah = '32.04'").query(Long.class).single());
        String wilayah = jdbc.sql("select kode_wilayah from indicator_plan where id = :id").param("id", id)
                .query(String.class).single();
        int version = jdbc.sql("select version from indicator_plan where id = :id").param("id", id).query(Integer.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/plans/" + id + "/status")
                        .contentType("application/json").content("{\"status\":\"final\",\"version\":" + version + "}")
                        .with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("final"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/plans/" + id + "/status")
                        .contentType("application/json").content("{\"status\":\"draft\",\"version\":" + version + "}")
                        .with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(status().isConflict());
        mvc.perform(multipart("/api/v1/indicators/import").file(csv(HEADER,
                        "FINAL-1,Indikator,kabkota," + wilayah + ",persen,positif,tahunan,1,2,3,4,5,6,POLPUM-07,,"))
                        .with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("final")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/plans/" + id + "/status")
                        .contentType("application/json").content("{\"status\":\"draft\",\"version\":" + (version + 1) + "}")
                        .with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/plans/" + id + "/status")
                        .contentType("application/json").content("{\"status\":\"final\",\"version\":" + (version + 2) + "}")
                        .with(httpBasic("papua.operator", "demo-garuda")))
                .andExpect(status().isForbidden());
    }

    private long count() {
        return jdbc.sql("select count(*) from indicator").query(Long.class).single();
    }
}
