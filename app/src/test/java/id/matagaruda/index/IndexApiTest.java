package id.matagaruda.index;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The index REST API through the real security chain with a demo analyst. */
@MataGarudaTest
class IndexApiTest {

    @Autowired MockMvc mvc;

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "masukan.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static final String IKUB = """
            kode_wilayah,tahun,indikator,nilai
            00,2019,TOLERANSI,72.37
            00,2019,KESETARAAN,73.72
            00,2019,KERJASAMA,75.40
            """;

    @Test
    void listsTheBuiltInIndicesWithVersionAndProvisionalFlag() throws Exception {
        mvc.perform(get("/api/v1/indices").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(Matchers.contains("ipm", "idi", "ikub", "ihai", "ikp", "ikn", "iap")))
                .andExpect(jsonPath("$[0].version").value("2014"))
                .andExpect(jsonPath("$[0].provisional").value(false))
                .andExpect(jsonPath("$[1].provisional").value(true));
    }

    @Test
    void describesASpecTreeWithItsWeights() throws Exception {
        mvc.perform(get("/api/v1/indices/ihai").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ref").value("ihai@1"))
                .andExpect(jsonPath("$.spec.root.children[0].weight").value(15.05))
                .andExpect(jsonPath("$.normalisedWeights.X1").value(Matchers.closeTo(0.1505, 1e-9)));
        mvc.perform(get("/api/v1/indices/ikx").with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isNotFound());
    }

    @Test
    void computesFromAnUploadedFile() throws Exception {
        mvc.perform(multipart("/api/v1/indices/ikub/compute").file(csv(IKUB)).with(csrf())
                        .with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kodeWilayah").value("00"))
                .andExpect(jsonPath("$[0].nilai").value(73.83))
                .andExpect(jsonPath("$[0].spesifikasi").value("ikub@2019"))
                .andExpect(jsonPath("$[0].masukan.TOLERANSI").value(72.37));
    }

    @Test
    void rejectsABadFileWithEveryRowAndColumn() throws Exception {
        mvc.perform(multipart("/api/v1/indices/ikub/compute")
                        .file(csv("kode_wilayah,tahun,indikator,nilai\n00,2019,TOLERANSI,abc\n99.99,2019,KERJASAMA,1\n"))
                        .with(csrf()).with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("nilai"))
                .andExpect(jsonPath("$.errors[1].row").value(3))
                .andExpect(jsonPath("$.errors[1].column").value("kode_wilayah"));
    }

    @Test
    void sensitivityAndAuditAnswerJson() throws Exception {
        mvc.perform(multipart("/api/v1/indices/ikub/sensitivity").file(csv(IKUB)).param("runs", "50").param("seed", "3")
                        .with(csrf()).with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runs").value(50))
                .andExpect(jsonPath("$.rows[0].peringkat").value(1))
                .andExpect(jsonPath("$.factors[0].faktor").value("bobot"));
        mvc.perform(multipart("/api/v1/indices/ikub/audit").file(csv(IKUB)).with(csrf())
                        .with(httpBasic("pusat.analis", "demo-garuda")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.spesifikasi").value("ikub@2019"))
                .andExpect(jsonPath("$.indikator[0]").value("TOLERANSI"));
    }

    @Test
    void anonymousCallsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/indices")).andExpect(status().isUnauthorized());
    }
}
