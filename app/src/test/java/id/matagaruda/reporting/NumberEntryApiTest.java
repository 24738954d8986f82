package id.matagaruda.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.indicator.CatalogueRow;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Numbers at the API door, for every case issue 12 found: what the grid and API clients send is read strictly and
 * exactly, and anything else is a 400 naming the field, never a 500 and never a silently changed value.
 */
@MataGarudaTest
class NumberEntryApiTest {

    static final String PW = "demo-garuda";
    static final String INDICATOR = "UJI-ANGKA-3273";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B request) {
        return request.with(httpBasic(user, PW));
    }

    @BeforeEach
    void catalogue() throws Exception {
        if (jdbc.sql("select count(*) from indicator where kode = ?").param(INDICATOR).query(Long.class).single() > 0) {
            return;
        }
        String csv = String.join(",", CatalogueRow.COLUMNS) + "\n"
                + INDICATOR + ",Rasio uji angka Kota Bandung,kabkota,32.73,rasio,positif,triwulanan,"
                + "80,80,85,90,95,100,,\n";
        mvc.perform(as("pusat.admin", multipart("/api/v1/indicators/import")
                        .file(new MockMultipartFile("file", "k.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isOk());
    }

    private ResultActions create(String period, String value) throws Exception {
        return mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicator\":\"" + INDICATOR + "\",\"region\":\"32.73\",\"period\":\"" + period
                        + "\",\"value\":" + value + "}"));
    }

    private long stored() {
        return jdbc.sql("select count(*) from realization where indicator_kode = ?").param(INDICATOR)
                .query(Long.class).single();
    }

    @Test
    void aValueWithTwoDecimalSeparatorsIsRefusedNamingTheFieldAndWhatWasRead() throws Exception {
        create("2025-Q1", "\"12,5.3\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                .andExpect(jsonPath("$.errors[0].message").value("'12,5.3' bukan angka yang sah (contoh: 1.234,5)"));
        for (String text : new String[] {"\"1.2.3\"", "\"5%\"", "\"lima\"", "\"1,2,3\"", "\"  \"", "\"--5\"", "\"1e5\"",
                "\"NaN\"", "\"Infinity\""}) {
            create("2025-Q1", text).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("value"));
        }
    }

    @Test
    void moreDecimalsThanAllowedIsRefusedForItsPrecisionNotStoredAsARoundedValue() throws Exception {
        long before = stored();
        create("2025-Q2", "99.99999999999999999")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"))
                // the ratio's own unit rule (4 decimals) answers, naming itself
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("paling banyak 4")))
                .andExpect(jsonPath("$.errors[0].rule").value("reporting.unit.decimals"));
        create("2025-Q2", "\"99,99999\"")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("paling banyak 4")));
        org.assertj.core.api.Assertions.assertThat(stored()).isEqualTo(before);
    }

    @Test
    void exponentExtremesAnswer400NamingTheValueAndNothingIsStored() throws Exception {
        long before = stored();
        for (String value : new String[] {"1e400", "1e-400", "-1e400", "1e15", "123456789012345678901234567890"}) {
            create("2025-Q3", value).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("value"));
        }
        org.assertj.core.api.Assertions.assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anObjectOrArrayWhereANumberBelongsAnswers400NamingValueOnEveryNumberEndpoint() throws Exception {
        for (String value : new String[] {"{\"a\":1}", "[1,2]", "true", "1e400"}) {
            create("2025-Q4", value).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("value"));
            mvc.perform(as("bandung.operator", put("/api/v1/period-targets")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"indicator\":\"" + INDICATOR + "\",\"period\":\"2026-Q1\",\"value\":" + value + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("value"));
            mvc.perform(as("bandung.operator", post("/api/v1/quality/check")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"indicator\":\"" + INDICATOR + "\",\"region\":\"32.73\",\"period\":\"2026-Q1\","
                                    + "\"value\":" + value + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("value"));
        }
    }

    @Test
    void anUpdateWithABadValueOrAVersionOfTheWrongKindNamesTheField() throws Exception {
        String body = create("2026-Q2", "\"1.234,5\"").andExpect(status().isCreated())
                .andExpect(jsonPath("$.value").value(1234.5))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
        mvc.perform(as("bandung.operator", put("/api/v1/realizations/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":[1],\"version\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(as("bandung.operator", put("/api/v1/realizations/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":5,\"version\":\"satu\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(as("bandung.operator", put("/api/v1/realizations/" + id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":5,\"note\":{\"x\":1},\"version\":1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(as("bandung.operator", get("/api/v1/realizations/" + id)))
                .andExpect(jsonPath("$.value").value(1234.5)).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void anEnglishSpeakingClientWritesEnglishNumbersAndReadsEnglishErrors() throws Exception {
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .content("{\"indicator\":\"" + INDICATOR + "\",\"region\":\"32.73\",\"period\":\"2026-Q3\","
                                + "\"value\":\"1,234.5\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.value").value(1234.5));
        mvc.perform(as("bandung.operator", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .content("{\"indicator\":\"" + INDICATOR + "\",\"region\":\"32.73\",\"period\":\"2026-Q4\","
                                + "\"value\":\"12,5\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("'12,5' is not a valid number (example: 1,234.5)"));
    }
}
