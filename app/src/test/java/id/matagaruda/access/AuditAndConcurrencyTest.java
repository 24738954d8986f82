package id.matagaruda.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MataGarudaTest
class AuditAndConcurrencyTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void concurrentEditsOfTheSameVersionNeverSilentlyOverwrite() throws Exception {
        mvc.perform(put("/api/v1/regions/32.04/office").with(httpBasic("jabar.operator", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON).content(AccessControlTest.office("Kesbangpol Kab. Bandung", 0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(header().string("ETag", "\"1\""));
        // two people read version 1; the first save wins, the second is told, not silently applied
        mvc.perform(put("/api/v1/regions/32.04/office").with(httpBasic("jabar.operator", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON).content(AccessControlTest.office("Versi Ani", 1)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/regions/32.04/office").with(httpBasic("pusat.admin", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON).content(AccessControlTest.office("Versi Budi", 1)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("versi 1")));
        mvc.perform(get("/api/v1/regions/32.04/office").with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(jsonPath("$.namaKantor").value("Versi Ani"))
                .andExpect(jsonPath("$.version").value(2));
    }

    @Test
    void invalidOfficeInputIsRejectedWholeNamingEachField() throws Exception {
        mvc.perform(put("/api/v1/regions/32.05/office").with(httpBasic("jabar.operator", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"namaKantor\":\"\",\"telepon\":\"abc\",\"email\":\"bukan-surel\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("namaKantor", "telepon", "email")))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message").value("bukan alamat surel yang valid"));
        mvc.perform(get("/api/v1/regions/32.05/office").with(httpBasic("jabar.operator", "demo-garuda")))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatBeforeAfterAndAddress() throws Exception {
        mvc.perform(put("/api/v1/regions/32.06/office").with(httpBasic("jabar.operator", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON).content(AccessControlTest.office("Sebelum", 0)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/regions/32.06/office").with(httpBasic("jabar.operator", "demo-garuda"))
                        .contentType(MediaType.APPLICATION_JSON).content(AccessControlTest.office("Sesudah", 1)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").param("entityType", "kantor_kesbangpol").param("limit", "50")
                        .with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.entityId == '32.06' && @.action == 'UBAH')].username").value("jabar.operator"))
                .andExpect(jsonPath("$[?(@.entityId == '32.06' && @.action == 'UBAH')].before").value(
                        Matchers.contains(Matchers.containsString("Sebelum"))))
                .andExpect(jsonPath("$[?(@.entityId == '32.06' && @.action == 'UBAH')].after").value(
                        Matchers.contains(Matchers.containsString("Sesudah"))))
                .andExpect(jsonPath("$[?(@.entityId == '32.06' && @.action == 'UBAH')].remoteAddr").value(
                        Matchers.contains("127.0.0.1")));
    }

    @Test
    void auditLogRefusesUpdatesAndDeletesInTheDatabaseItself() {
        assertThatThrownBy(() -> jdbc.sql("update audit_log set username = 'penyusup'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .hasMessageContaining("append-only");
    }
}
