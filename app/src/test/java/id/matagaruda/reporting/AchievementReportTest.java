package id.matagaruda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.matagaruda.MataGarudaTest;
import id.matagaruda.indicator.CatalogueRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;

/** The "Laporan Capaian Kinerja" of Kota Bandung for 2025-Q4 as PDF and XLSX, read back as a reader would. */
@MataGarudaTest
class AchievementReportTest {

    static final String PW = "demo-garuda";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B request) {
        return request.with(httpBasic(user, PW));
    }

    /** One approved value with a file and a link, one submitted, one still a draft. */
    @BeforeEach
    void realisations() throws Exception {
        if (jdbc.sql("select count(*) from indicator where kode = 'UJI-RPT-3273-1'").query(Long.class).single() > 0) {
            return;
        }
        String csv = String.join(",", CatalogueRow.COLUMNS) + "\n"
                + "UJI-RPT-3273-1,Persentase konflik sosial tertangani (laporan),kabkota,32.73,persen,positif,triwulanan,"
                + "80,80,85,90,95,100,,\n"
                + "UJI-RPT-3273-2,Jumlah gangguan ketertiban (laporan),kabkota,32.73,kejadian,negatif,triwulanan,"
                + "20,20,18,16,14,12,,\n"
                + "UJI-RPT-3273-3,Persentase ormas terdaftar aktif (laporan),kabkota,32.73,persen,positif,triwulanan,"
                + "50,60,65,70,75,80,,\n";
        mvc.perform(as("pusat.admin", multipart("/api/v1/indicators/import")
                        .file(new MockMultipartFile("file", "k.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isOk());
        long approved = create("UJI-RPT-3273-1", "84");
        mvc.perform(as("bandung.operator", multipart("/api/v1/realizations/" + approved + "/evidence")
                        .file(new MockMultipartFile("file", "laporan-konflik-q4.pdf", "application/pdf", PDF))
                        .param("type", "laporan penanganan konflik")))
                .andExpect(status().isCreated());
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + approved + "/evidence"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"https://kesbangpol.bandung.go.id/laporan/q4\",\"type\":\"berita\"}"))
                .andExpect(status().isCreated());
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + approved + "/submit"))).andExpect(status().isOk());
        mvc.perform(as("jabar.verifikator", post("/api/v1/realizations/" + approved + "/approve"))).andExpect(status().isOk());
        long submitted = create("UJI-RPT-3273-2", "15");
        mvc.perform(as("bandung.operator", post("/api/v1/realizations/" + submitted + "/submit"))).andExpect(status().isOk());
        create("UJI-RPT-3273-3", "40");
    }

    private long create(String indicator, String value) throws Exception {
        String response = mvc.perform(as("bandung.operator", post("/api/v1/realizations"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"" + indicator + "\",\"region\":\"32.73\",\"period\":\"2025-Q4\",\"value\":"
                                + value + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    @Test
    void thePdfHasACoverTheSummaryTheChartAndTheEvidenceWithItsHash() throws Exception {
        byte[] pdf = mvc.perform(as("bandung.operator", get("/api/v1/reports/achievement").param("region", "32.73")
                        .param("period", "2025-Q4").param("format", "pdf")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String sha = jdbc.sql("select e.sha256 from evidence e join realization r on r.id = e.realization_id "
                        + "where r.indicator_kode = 'UJI-RPT-3273-1' and e.sha256 is not null")
                .query(String.class).single();
        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                all.append(extractor.getTextFromPage(p)).append('\n');
            }
            String cover = extractor.getTextFromPage(1);
            assertThat(cover).contains("Laporan Capaian Kinerja", "Kota Bandung", "32.73", "Triwulan IV 2025",
                    "bandung.operator", "half-up");
            assertThat(all.toString()).contains("UJI-RPT-3273-1", "105", "sangat tinggi", "disetujui", "diajukan",
                    "laporan-konflik-q4.pdf", sha, "https://kesbangpol.bandung.go.id/laporan/q4", "belum diajukan");
        } finally {
            reader.close();
        }
    }

    @Test
    void theXlsxCarriesTheSameSummaryRows() throws Exception {
        byte[] xlsx = mvc.perform(as("jabar.verifikator", get("/api/v1/reports/achievement").param("region", "32.73")
                        .param("period", "2025-Q4").param("format", "xlsx")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, Map<String, String>> byIndicator = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Capaian");
            DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
            Row header = sheet.getRow(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                header.forEach(h -> cells.put(h.getStringCellValue(), f.formatCellValue(row.getCell(h.getColumnIndex()))));
                byIndicator.put(cells.get("kode_indikator"), cells);
            }
            assertThat(wb.getSheet("Data Dukung").getLastRowNum()).isGreaterThanOrEqualTo(2);
        }
        assertThat(byIndicator).containsKeys("UJI-RPT-3273-1", "UJI-RPT-3273-2", "UJI-RPT-3273-3");
        // 84 / 80 = 105 %; negative polarity: (2 - 15/20) x 100 = 125 %
        assertThat(byIndicator.get("UJI-RPT-3273-1")).containsEntry("capaian_persen", "105")
                .containsEntry("kategori", "sangat tinggi").containsEntry("status", "disetujui")
                .containsEntry("kode_wilayah", "32.73").containsEntry("target", "80");
        assertThat(byIndicator.get("UJI-RPT-3273-2")).containsEntry("capaian_persen", "125")
                .containsEntry("status", "diajukan");
        assertThat(byIndicator.get("UJI-RPT-3273-3")).containsEntry("capaian_persen", "")
                .containsEntry("status", "draft").containsEntry("realisasi", "40");
        for (String column : List.of("kode_indikator", "nama_indikator", "target", "realisasi", "kategori")) {
            assertThat(byIndicator.get("UJI-RPT-3273-1")).containsKey(column);
        }
    }

    @Test
    void anUnknownFormatOrARegionOutsideScopeIsRefused() throws Exception {
        mvc.perform(as("bandung.operator", get("/api/v1/reports/achievement").param("region", "32.73")
                        .param("period", "2025-Q4").param("format", "docx")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
        mvc.perform(as("papua.operator", get("/api/v1/reports/achievement").param("region", "32.73")
                        .param("period", "2025-Q4")))
                .andExpect(status().isForbidden());
    }
}
