package id.matagaruda.reporting;

import static id.matagaruda.reporting.ReportingWorkflowTest.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.indicator.CatalogueRow;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/** A zip bomb named .xlsx or .docx is refused as evidence with 413 and nothing of it is kept. */
@MataGarudaTest
class EvidenceBombTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Value("${matagaruda.data-dir}") Path dataDir;

    private static byte[] bomb(String part) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry(part));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private long draft() throws Exception {
        if (jdbc.sql("select count(*) from indicator where kode = 'UJI-BOM-3273'").query(Long.class).single() == 0) {
            String csv = String.join(",", CatalogueRow.COLUMNS) + "\n"
                    + "UJI-BOM-3273,Persentase uji bom Kota Bandung,kabkota,32.73,persen,positif,triwulanan,"
                    + "80,80,85,90,95,100,POLPUM-08,\n";
            mvc.perform(as("pusat.admin", multipart("/api/v1/indicators/import")
                            .file(new MockMultipartFile("file", "k.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))))
                    .andExpect(status().isOk());
        }
        long n = jdbc.sql("select count(*) from realization where indicator_kode = 'UJI-BOM-3273'").query(Long.class)
                .single();
        String body = "{\"indicator\":\"UJI-BOM-3273\",\"region\":\"32.73\",\"period\":\"" + (2025 + n / 4) + "-Q"
                + (1 + n % 4) + "\",\"value\":75}";
        String response = mvc.perform(as("bandung.operator", post("/api/v1/realizations"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(response).get("id").asLong();
    }

    private long storedFiles() throws Exception {
        Path root = dataDir.resolve("evidence");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aZipBombNamedXlsxOrDocxIsRefusedWith413AndNothingIsStored() throws Exception {
        long id = draft();
        long filesBefore = storedFiles();
        for (String[] file : new String[][] {{"bom.xlsx", "xl/worksheets/sheet1.xml"}, {"bom.docx", "word/document.xml"}}) {
            mvc.perform(as("bandung.operator", multipart("/api/v1/realizations/" + id + "/evidence")
                            .file(new MockMultipartFile("file", file[0], "application/octet-stream", bomb(file[1])))
                            .param("type", "laporan")))
                    .andExpect(status().isContentTooLarge())
                    .andExpect(jsonPath("$.title").value("Data dukung terlalu besar"))
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("bom zip")))
                    .andExpect(jsonPath("$.errors[0].rule").value("import.zip.ratio"));
        }
        mvc.perform(as("bandung.operator", multipart("/api/v1/realizations/" + id + "/evidence")
                        .file(new MockMultipartFile("file", "bom.xlsx", "application/octet-stream",
                                bomb("xl/worksheets/sheet1.xml")))
                        .param("type", "laporan")).header("Accept-Language", "en"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("Evidence file is too large"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("zip bomb")));
        assertThat(jdbc.sql("select count(*) from evidence where realization_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }
}
