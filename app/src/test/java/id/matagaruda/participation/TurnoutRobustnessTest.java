package id.matagaruda.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Odd turnout files: refused ones leave nothing behind, stored ones always export. */
@MataGarudaTest
class TurnoutRobustnessTest {

    private static final String PASSWORD = "demo-garuda";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "pilkada.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    @Test
    void aCsvWithAnUnclosedQuoteIsA400AndNothingIsStored() throws Exception {
        int datasets = count("participation_dataset");
        int rows = count("participation_row");
        mvc.perform(multipart("/api/v1/participation/datasets").file(csv("""
                        kode_wilayah,pemilihan,dpt,pengguna_hak_pilih
                        32.73,Pilkada 2024,1000,700
                        32.04,"Pilkada 2024,1000,700
                        32.05,Pilkada 2024,1000,650
                        """)).with(csrf()).with(httpBasic("pusat.admin", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("tidak ada yang disimpan")))
                .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("tidak dapat dibaca")));
        assertThat(count("participation_dataset")).isEqualTo(datasets);
        assertThat(count("participation_row")).isEqualTo(rows);
    }

    @Test
    void aRejectedUploadStoresNeitherTheDatasetNorAnyOfItsRows() throws Exception {
        int datasets = count("participation_dataset");
        int rows = count("participation_row");
        StringBuilder body = new StringBuilder("kode_wilayah,pemilihan,dpt,pengguna_hak_pilih\n");
        body.append("32.73,Pilkada 2024,1000,700\n".repeat(1));
        body.append("32.04,Pilkada 2024,1000,lima\n");
        mvc.perform(multipart("/api/v1/participation/datasets").file(csv(body.toString())).with(csrf())
                        .with(httpBasic("pusat.admin", PASSWORD)))
                .andExpect(status().isBadRequest());
        assertThat(count("participation_dataset")).isEqualTo(datasets);
        assertThat(count("participation_row")).isEqualTo(rows);
    }

    @Test
    void everyStoredDatasetExportsIncludingOneWhoseTurnoutExceedsItsDpt() throws Exception {
        mvc.perform(multipart("/api/v1/participation/datasets").file(csv("""
                        kode_wilayah,pemilihan,dpt,pengguna_hak_pilih
                        32.73,Pilkada 2024,1000,2500
                        32.04,Pilkada 2024,1000,2400
                        32.05,Pilkada 2024,1000,2300
                        """)).param("nama", "Melebihi DPT").with(csrf()).with(httpBasic("pusat.admin", PASSWORD)))
                .andExpect(status().isCreated());
        long odd = jdbc.sql("select max(id) from participation_dataset where nama = 'Melebihi DPT'")
                .query(Long.class).single();
        mvc.perform(get("/api/v1/participation/datasets/" + odd + "/backtest").with(httpBasic("pusat.analis", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Dataset tersimpan")));

        List<Long> ids = new java.util.ArrayList<>(jdbc.sql("select id from participation_dataset").query(Long.class)
                .list());
        ids.add(0L);
        for (long id : ids) {
            for (String user : List.of("pusat.analis", "bandung.operator")) {
                byte[] xlsx = mvc.perform(get("/partisipasi/ekspor.xlsx?target=80&dataset=" + id)
                                .with(httpBasic(user, PASSWORD)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).as("dataset " + id).isEqualTo("PK");
                byte[] pdf = mvc.perform(get("/partisipasi/ekspor.pdf?target=80&dataset=" + id)
                                .with(httpBasic(user, PASSWORD)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
                assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).as("dataset " + id).isEqualTo("%PDF-");
            }
        }
    }
}
