package id.matagaruda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.indicator.CatalogueRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Robust z on fixtures and as a property, then rules, outliers and runs through the API as the demo accounts. */
class DataQualityTest {

    /** Kab/kota of one province reporting a percentage close together, as they usually do. */
    static final List<BigDecimal> CLOSE = values(80, 82, 85, 79, 83, 81, 84, 78);

    static List<BigDecimal> values(double... v) {
        List<BigDecimal> out = new ArrayList<>();
        for (double d : v) {
            out.add(BigDecimal.valueOf(d));
        }
        return out;
    }

    @Test
    void aValueFarFromItsPeersIsFlagged() {
        DataQuality.Score s = DataQuality.score(new BigDecimal("20"), CLOSE, DataQuality.MIN_PEERS).orElseThrow();
        assertThat(s.flagged()).isTrue();
        assertThat(s.median()).isEqualByComparingTo("81.5");
        assertThat(s.meanDeviation()).isFalse();
        // MAD of the eight is 2, so z = 0.6745 x (20 - 81.5) / 2
        assertThat(s.z()).isCloseTo(-20.74, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aValueWithinTheUsualSpreadIsNotFlagged() {
        assertThat(DataQuality.score(new BigDecimal("86"), CLOSE, DataQuality.MIN_PEERS).orElseThrow().flagged()).isFalse();
        assertThat(DataQuality.score(new BigDecimal("76.5"), CLOSE, DataQuality.MIN_PEERS).orElseThrow().flagged())
                .isFalse();
    }

    @Test
    void oneWildPeerDoesNotHideAnOutlierAsAStandardDeviationWould() {
        List<BigDecimal> withTypo = new ArrayList<>(CLOSE);
        withTypo.add(new BigDecimal("8100"));
        assertThat(DataQuality.score(new BigDecimal("40"), withTypo, DataQuality.MIN_PEERS).orElseThrow().flagged())
                .isTrue();
    }

    @Test
    void whenMadIsZeroTheMeanAbsoluteDeviationTakesOver() {
        // more than half of the forums counts are 5: MAD is 0, the mean absolute deviation about 5 is 5/6
        List<BigDecimal> counts = values(5, 5, 5, 5, 6, 9);
        DataQuality.Score far = DataQuality.score(new BigDecimal("20"), counts, DataQuality.MIN_PEERS).orElseThrow();
        assertThat(far.meanDeviation()).isTrue();
        assertThat(far.flagged()).isTrue();
        assertThat(far.z()).isCloseTo(15 / (1.253314 * 5 / 6), org.assertj.core.data.Offset.offset(0.001));
        assertThat(DataQuality.score(new BigDecimal("6"), counts, DataQuality.MIN_PEERS).orElseThrow().flagged())
                .isFalse();
    }

    @Test
    void whenEveryReferenceValueIsEqualNothingIsFlagged() {
        assertThat(DataQuality.score(new BigDecimal("100"), values(7, 7, 7, 7, 7, 7), DataQuality.MIN_PEERS)).isEmpty();
    }

    @Test
    void tooFewValuesGiveNoVerdict() {
        assertThat(DataQuality.score(new BigDecimal("1000"), values(80, 82, 85, 79), DataQuality.MIN_PEERS)).isEmpty();
        assertThat(DataQuality.score(new BigDecimal("1000"), values(80, 82, 85), DataQuality.MIN_HISTORY)).isEmpty();
        assertThat(DataQuality.score(new BigDecimal("1000"), values(80, 82, 85, 79), DataQuality.MIN_HISTORY))
                .map(DataQuality.Score::flagged).contains(true);
    }

    @Property
    void addingAConstantToEveryValueNeverChangesWhichAreFlagged(
            @ForAll @Size(min = 1, max = 25) List<@IntRange(min = -100_000, max = 100_000) Integer> hundredths,
            @ForAll @IntRange(min = -10_000_000, max = 10_000_000) int shiftInHundredths) {
        List<BigDecimal> values = new ArrayList<>();
        hundredths.forEach(h -> values.add(BigDecimal.valueOf(h, 2)));
        // a planted outlier makes sure flags are there to be kept
        values.add(BigDecimal.valueOf(5_000_000, 2));
        BigDecimal shift = BigDecimal.valueOf(shiftInHundredths, 2);
        List<BigDecimal> shifted = values.stream().map(v -> v.add(shift)).toList();
        assertThat(flags(shifted)).isEqualTo(flags(values));
    }

    /** Each value scored against all the others, as a region against its peers. */
    static List<Boolean> flags(List<BigDecimal> values) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            List<BigDecimal> others = new ArrayList<>(values);
            others.remove(i);
            Optional<DataQuality.Score> s = DataQuality.score(values.get(i), others, DataQuality.MIN_PEERS);
            out.add(s.map(DataQuality.Score::flagged).orElse(false));
        }
        return out;
    }

    @Nested
    @MataGarudaTest
    class ThroughTheApi {

        static final String PW = "demo-garuda";
        static final String YEAR = "2027";
        static final String RULE = "uji-mutu-tertangani-le-tercatat";

        @Autowired MockMvc mvc;
        @Autowired ObjectMapper json;
        @Autowired JdbcClient jdbc;

        static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B request) {
            return request.with(httpBasic(user, PW));
        }

        /**
         * A province indicator and seven kab/kota indicators cascaded from it (Jawa Barat, percent, yearly), six of
         * them reported close together; and a pair of conflict counts in Kabupaten Bogor under a rule held as data.
         */
        @BeforeEach
        void fixtures() throws Exception {
            if (jdbc.sql("select count(*) from indicator where kode = 'UJI-MUTU-32.01'").query(Long.class).single() == 0) {
                StringBuilder csv = new StringBuilder(String.join(",", CatalogueRow.COLUMNS) + ",data_dukung\n");
                csv.append("UJI-MUTU-32,Persentase uji mutu Jawa Barat,provinsi,32,persen,positif,tahunan,"
                        + "80,80,80,80,80,80,POLPUM-08,,\n");
                for (int k = 1; k <= 7; k++) {
                    String region = "32.0" + k;
                    csv.append("UJI-MUTU-" + region + ",Persentase uji mutu " + region + ",kabkota," + region
                            + ",persen,positif,tahunan,80,80,80,80,80,80,UJI-MUTU-32,,\n");
                }
                csv.append("UJI-MUTU-TANGANI-32.01,Jumlah konflik tertangani uji,kabkota,32.01,jumlah,positif,tahunan,"
                        + "1,1,1,1,1,1,,,\n");
                csv.append("UJI-MUTU-CATAT-32.01,Jumlah konflik tercatat uji,kabkota,32.01,jumlah,negatif,tahunan,"
                        + "1,1,1,1,1,1,,,\n");
                mvc.perform(as("pusat.admin", multipart("/api/v1/indicators/import")
                                .file(new MockMultipartFile("file", "mutu.csv", "text/csv",
                                        csv.toString().getBytes(StandardCharsets.UTF_8)))))
                        .andExpect(status().isOk());
            }
            if (jdbc.sql("select count(*) from validation_rule where kode = :k").param("k", RULE).query(Long.class)
                    .single() == 0) {
                jdbc.sql("""
                        insert into validation_rule (kode, deskripsi, sisi_kiri, operator, indikator_kanan, aktif, version,
                                                     updated_by, updated_at)
                        values (:k, 'Konflik tertangani tidak melebihi konflik tercatat.', 'UJI-MUTU-TANGANI-32.01', '<=',
                                'UJI-MUTU-CATAT-32.01', true, 1, 'uji', current_timestamp)""")
                        .param("k", RULE).update();
            }
            int[] close = {80, 82, 85, 79, 83, 81};
            for (int k = 2; k <= 7; k++) {
                ensure("UJI-MUTU-32.0" + k, "32.0" + k, String.valueOf(close[k - 2]));
            }
            ensure("UJI-MUTU-CATAT-32.01", "32.01", "5");
        }

        private void ensure(String indicator, String region, String value) throws Exception {
            if (jdbc.sql("select count(*) from realization where indicator_kode = :i and periode = :p")
                    .param("i", indicator).param("p", YEAR).query(Long.class).single() > 0) {
                return;
            }
            mvc.perform(as("pusat.admin", post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"indicator\":\"" + indicator + "\",\"region\":\"" + region + "\",\"period\":\""
                                    + YEAR + "\",\"value\":" + value + ",\"note\":\"uji mutu\"}"))
                    .andExpect(status().isCreated());
        }

        private void storedBeforeTheRules(String indicator, String region, String value) {
            if (jdbc.sql("select count(*) from realization where indicator_kode = :i and periode = :p")
                    .param("i", indicator).param("p", YEAR).query(Long.class).single() > 0) {
                return;
            }
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            jdbc.sql("""
                    insert into realization (indicator_kode, kode_wilayah, periode, nilai, status, version, created_by,
                                             created_at, updated_by, updated_at)
                    values (:i, :w, :p, :v, 'draft', 1, 'impor-lama', :now, 'impor-lama', :now)""")
                    .param("i", indicator).param("w", region).param("p", YEAR).param("v", new java.math.BigDecimal(value))
                    .param("now", now).update();
        }

        private JsonNode check(String user, String indicator, String region, String value) throws Exception {
            String body = "{\"indicator\":\"" + indicator + "\",\"region\":\"" + region + "\",\"period\":\"" + YEAR
                    + "\",\"value\":" + value + "}";
            String response = mvc.perform(as(user, post("/api/v1/quality/check")).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            return json.readTree(response);
        }

        private static List<String> field(JsonNode findings, String name) {
            List<String> out = new ArrayList<>();
            findings.forEach(f -> out.add(f.get(name).isNull() ? null : f.get(name).asString()));
            return out;
        }

        @Test
        void aPercentageOf130BreaksThePercentRuleAndIsExplainedInIndonesian() throws Exception {
            JsonNode findings = check("jabar.operator", "UJI-MUTU-32.01", "32.01", "130");
            assertThat(field(findings, "kodeAturan")).contains("persen-0-100");
            JsonNode rule = findings.get(field(findings, "kodeAturan").indexOf("persen-0-100"));
            assertThat(rule.get("jenis").asString()).isEqualTo("aturan");
            assertThat(rule.get("versiAturan").asInt()).isEqualTo(1);
            assertThat(rule.get("detail").asString()).contains("Nilai 130", "antara 0 dan 100");
            assertThat(field(check("jabar.operator", "UJI-MUTU-32.01", "32.01", "\"81,5\""), "kodeAturan"))
                    .doesNotContain("persen-0-100");
        }

        @Test
        void aValueFarFromComparableRegionsAsksForConfirmation() throws Exception {
            JsonNode findings = check("jabar.operator", "UJI-MUTU-32.01", "32.01", "20");
            assertThat(field(findings, "jenis")).containsExactly("pencilan");
            assertThat(findings.get(0).get("acuan").asString()).isEqualTo("antarwilayah");
            assertThat(findings.get(0).get("skor").asDouble()).isLessThan(-3.5);
            assertThat(findings.get(0).get("detail").asString()).contains("konfirmasi", "6 wilayah sebanding");
            assertThat(check("jabar.operator", "UJI-MUTU-32.01", "32.01", "84")).isEmpty();
        }

        @Test
        void aRuleBetweenTwoIndicatorsComparesWithTheOtherStoredValue() throws Exception {
            assertThat(field(check("jabar.operator", "UJI-MUTU-TANGANI-32.01", "32.01", "7"), "kodeAturan"))
                    .containsExactly(RULE);
            assertThat(check("jabar.operator", "UJI-MUTU-TANGANI-32.01", "32.01", "5")).isEmpty();
            assertThat(field(check("pusat.admin", "UJI-MUTU-32.01", "32.01", "-1"), "kodeAturan"))
                    .contains("persen-0-100");
        }

        @Test
        void checkRefusesBadInputAndRegionsOutsideTheUsersScope() throws Exception {
            mvc.perform(as("jabar.operator", post("/api/v1/quality/check")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"indicator\":\"UJI-MUTU-32.01\",\"region\":\"32.01\",\"period\":\"2027-Q1\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("period", "value")));
            mvc.perform(as("papua.operator", post("/api/v1/quality/check")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"indicator\":\"UJI-MUTU-32.01\",\"region\":\"32.01\",\"period\":\"2027\","
                                    + "\"value\":50}"))
                    .andExpect(status().isForbidden());
        }

        @Test
        void anAdministratorsRunStoresFindingsListedPerRegionWithinScope() throws Exception {
            // Rules are enforced on save, so values breaking them come from before a rule existed: stored directly.
            storedBeforeTheRules("UJI-MUTU-32.01", "32.01", "130");
            storedBeforeTheRules("UJI-MUTU-TANGANI-32.01", "32.01", "9");
            mvc.perform(as("jabar.verifikator", post("/api/v1/quality/run"))).andExpect(status().isForbidden());
            mvc.perform(as("bandung.operator", post("/api/v1/quality/run"))).andExpect(status().isForbidden());
            mvc.perform(as("pusat.admin", post("/api/v1/quality/run")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].run").value(Matchers.everyItem(Matchers.notNullValue())));
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'PERIKSA_MUTU' and username = 'pusat.admin'")
                    .query(Long.class).single()).isPositive();
            String listed = mvc.perform(as("jabar.verifikator", get("/api/v1/quality/findings").param("region", "32.01")))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            JsonNode findings = json.readTree(listed);
            assertThat(field(findings, "region")).containsOnly("32.01");
            assertThat(field(findings, "kodeAturan")).contains("persen-0-100", RULE);
            // 130 among peers of 79-85 is also an outlier
            assertThat(field(findings, "jenis")).contains("pencilan");
            mvc.perform(as("papua.operator", get("/api/v1/quality/findings")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].region").value(Matchers.everyItem(Matchers.startsWith("91"))));
            mvc.perform(as("pusat.analis", get("/api/v1/quality/rules")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].kode").value(Matchers.hasItems("persen-0-100", "jumlah-min-0",
                            "partisipasi-pemilih-min-0")));
        }
    }
}
