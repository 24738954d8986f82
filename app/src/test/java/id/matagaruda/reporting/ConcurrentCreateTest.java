package id.matagaruda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.indicator.CatalogueRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** Concurrent duplicate creates of one realisation: the database's unique key decides, every loser hears who won. */
@MataGarudaTest
class ConcurrentCreateTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void thirtyTwoConcurrentCreatesOfTheSameRealisationGiveOne201AndThirtyOne409NamingTheExistingRecord()
            throws Exception {
        if (jdbc.sql("select count(*) from indicator where kode = 'UJI-SERENTAK-3273'").query(Long.class).single() == 0) {
            String csv = String.join(",", CatalogueRow.COLUMNS) + "\n"
                    + "UJI-SERENTAK-3273,Persentase uji serentak Kota Bandung,kabkota,32.73,persen,positif,triwulanan,"
                    + "80,80,85,90,95,100,POLPUM-08,\n";
            assertThat(mvc.perform(multipart("/api/v1/indicators/import")
                            .file(new MockMultipartFile("file", "k.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                            .with(httpBasic("pusat.admin", "demo-garuda")))
                    .andReturn().getResponse().getStatus()).isEqualTo(200);
        }
        String period = "2025-Q" + (1 + (int) (jdbc.sql("select count(*) from realization where indicator_kode = "
                + "'UJI-SERENTAK-3273'").query(Long.class).single() % 4));
        String body = "{\"indicator\":\"UJI-SERENTAK-3273\",\"region\":\"32.73\",\"period\":\"" + period
                + "\",\"value\":75,\"note\":\"serentak\"}";
        int n = 32;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/v1/realizations").contentType(MediaType.APPLICATION_JSON)
                            .content(body).with(httpBasic("bandung.operator", "demo-garuda"))).andReturn().getResponse();
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : answers) {
                responses.add(f.get());
            }

            List<MockHttpServletResponse> created = responses.stream().filter(r -> r.getStatus() == 201).toList();
            assertThat(created).hasSize(1);
            long id = new ObjectMapper().readTree(created.get(0).getContentAsString()).get("id").asLong();
            for (MockHttpServletResponse r : responses) {
                if (r.getStatus() != 201) {
                    assertThat(r.getStatus()).as(r.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(409);
                    assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("(nomor " + id + ")");
                }
            }
            assertThat(jdbc.sql("select count(*) from realization where indicator_kode = 'UJI-SERENTAK-3273' "
                    + "and periode = :p").param("p", period).query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
