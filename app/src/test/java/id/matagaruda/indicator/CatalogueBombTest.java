package id.matagaruda.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A zip bomb sent as the catalogue workbook is refused with 413 before POI opens it; nothing is imported. */
@MataGarudaTest
class CatalogueBombTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    private static byte[] bomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipBombAsTheCatalogueWorkbookIsA413OnTheApiAndThePage() throws Exception {
        long before = jdbc.sql("select count(*) from indicator").query(Long.class).single();
        byte[] bomb = bomb();
        mvc.perform(multipart("/api/v1/indicators/import")
                        .file(new MockMultipartFile("file", "katalog.xlsx", "application/octet-stream", bomb))
                        .with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("Katalog indikator terlalu besar"))
                .andExpect(jsonPath("$.errors[0].rule").value(org.hamcrest.Matchers.startsWith("import.zip.")));
        mvc.perform(multipart("/indikator/impor")
                        .file(new MockMultipartFile("file", "katalog.xlsx", "application/octet-stream", bomb))
                        .with(csrf()).with(httpBasic("pusat.admin", "demo-garuda")))
                .andExpect(status().isContentTooLarge());
        assertThat(jdbc.sql("select count(*) from indicator").query(Long.class).single()).isEqualTo(before);
    }
}
