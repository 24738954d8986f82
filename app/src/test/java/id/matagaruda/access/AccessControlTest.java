package id.matagaruda.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Each role and region scope, allowed and denied, through the real security chain. */
@MataGarudaTest
class AccessControlTest {

    static final String PASSWORD = "demo-garuda";

    @Autowired MockMvc mvc;

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, PASSWORD));
    }

    static String office(String nama, int version) {
        return "{\"namaKantor\":\"" + nama + "\",\"alamat\":\"Jl. Contoh 1\",\"telepon\":\"022-1234567\","
                + "\"email\":\"kesbangpol@example.go.id\",\"kepala\":\"Drs. Contoh\",\"version\":" + version + "}";
    }

    @Test
    void anonymousApiCallGets401JsonNotALoginRedirect() throws Exception {
        mvc.perform(get("/api/v1/regions").param("level", "provinsi"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousPageRedirectsToLoginAndHealthIsPublicWithTheDatabase() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void aPageFormNeedsItsCsrfTokenEvenWithBasicCredentialsAndNoBrowserIsAskedForABasicPassword() throws Exception {
        // A browser that had remembered a Basic password would send it with a forged cross-site form: refused.
        mvc.perform(post("/pemantauan/label").with(httpBasic("pusat.analis", "demo-garuda"))
                        .param("event_id", "news/csrf-1").param("teks", "uji").param("kategori", "kdrt"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pemantauan/label").with(httpBasic("pusat.analis", "demo-garuda")).with(csrf())
                        .param("event_id", "news/csrf-1").param("teks", "uji").param("kategori", "kdrt"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.not(Matchers.containsString("Basic"))));
    }

    @Test
    void wrongPasswordIs401() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("pusat.analis", "salah-sandi"))).andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource({
        "pusat.admin,ADMIN_PUSAT,00",
        "pusat.analis,ANALIS_PUSAT,00",
        "pusat.pimpinan,PIMPINAN,00",
        "pusat.verifikator,VERIFIKATOR,00",
        "jabar.verifikator,VERIFIKATOR,32",
        "jabar.operator,OPERATOR,32",
        "bandung.operator,OPERATOR,32.73",
        "papua.operator,OPERATOR,91"})
    void meReportsUsernameRolesAndRegion(String user, String role, String region) throws Exception {
        mvc.perform(as(user, get("/api/v1/me")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user))
                .andExpect(jsonPath("$.roles[0]").value(role))
                .andExpect(jsonPath("$.region").value(region));
    }

    @ParameterizedTest
    @CsvSource({
        // who reads the office profile of which region
        "bandung.operator,32.73,200",
        "bandung.operator,32.73.01,200",
        "bandung.operator,32.01,403",
        "bandung.operator,32,403",
        "jabar.operator,32.01,200",
        "jabar.verifikator,32.73,200",
        "papua.operator,32,403",
        "papua.operator,91.71,200",
        "pusat.analis,32.01,200",
        "pusat.pimpinan,91,200"})
    void readingRegionDataFollowsTheScope(String user, String region, int expected) throws Exception {
        mvc.perform(as(user, get("/api/v1/regions/" + region + "/office"))).andExpect(status().is(expected));
    }

    @ParameterizedTest
    @CsvSource({
        // who changes the office profile of which region
        "bandung.operator,32.01,403",
        "papua.operator,32.73,403",
        "pusat.analis,32.73,403",
        "pusat.pimpinan,32.73,403",
        "jabar.verifikator,32.73,403"})
    void changingRegionDataOutsideTheEditScopeIsForbiddenAndWritesNothing(String user, String region, int expected)
            throws Exception {
        mvc.perform(as(user, put("/api/v1/regions/" + region + "/office"))
                        .contentType(MediaType.APPLICATION_JSON).content(office("Kantor X", 0)))
                .andExpect(status().is(expected))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("tidak berwenang")));
        mvc.perform(as("pusat.admin", get("/api/v1/regions/" + region + "/office")))
                .andExpect(jsonPath("$.namaKantor").value(Matchers.not("Kantor X")));
    }

    @Test
    void auditLogIsForAdminOnly() throws Exception {
        mvc.perform(as("pusat.admin", get("/api/v1/audit"))).andExpect(status().isOk());
        for (String user : new String[] {"pusat.analis", "pusat.pimpinan", "jabar.verifikator", "bandung.operator"}) {
            mvc.perform(as(user, get("/api/v1/audit"))).andExpect(status().isForbidden());
        }
    }

    @Test
    void onlyAdminCreatesAccountsAndBadInputNamesTheFields() throws Exception {
        String body = "{\"username\":\"cimahi.operator\",\"fullName\":\"Operator Cimahi\",\"password\":\"sandi-panjang-sekali\","
                + "\"role\":\"OPERATOR\",\"regionKode\":\"32.77\"}";
        mvc.perform(as("jabar.verifikator", post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(as("pusat.admin", post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"X\",\"fullName\":\"\",\"password\":\"pendek\",\"role\":\"RAJA\",\"regionKode\":\"32.99\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "username", "fullName", "password", "role", "regionKode")));
        mvc.perform(as("pusat.admin", post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionKode").value("32.77"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(as("pusat.admin", post("/api/v1/users")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/me").with(httpBasic("cimahi.operator", "sandi-panjang-sekali")))
                .andExpect(jsonPath("$.region").value("32.77"));
        // a verifier sees the accounts of its scope only
        mvc.perform(as("jabar.verifikator", get("/api/v1/users")))
                .andExpect(jsonPath("$[*].username").value(Matchers.hasItem("cimahi.operator")))
                .andExpect(jsonPath("$[*].username").value(Matchers.not(Matchers.hasItem("papua.operator"))));
    }

    @Test
    void formPostsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "bandung.operator").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", "bandung.operator").param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getRequest().getSession();
        mvc.perform(post("/wilayah/32.73/kantor").session(session)
                        .param("namaKantor", "Tanpa token").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/wilayah/32.73/kantor").session(session).with(csrf())
                        .param("namaKantor", "Kesbangpol Kota Bandung").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kesbangpol Kota Bandung")));
        // the browser session also needs the token for API writes
        mvc.perform(put("/api/v1/regions/32.73/office").session(session)
                        .contentType(MediaType.APPLICATION_JSON).content(office("Lewat sesi", 1)))
                .andExpect(status().isForbidden());
    }
}
