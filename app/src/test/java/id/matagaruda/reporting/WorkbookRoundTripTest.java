package id.matagaruda.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.matagaruda.MataGarudaTest;
import id.matagaruda.indicator.CatalogueRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The Excel round trip as an operator does it: download the pre-filled sheet, fill it in Excel, upload it back. */
@MataGarudaTest
class WorkbookRoundTripTest {

    static final String PW = "demo-garuda";
    static final String OPERATOR = "bandung.operator";
    static final List<String> COLUMNS = List.of("kode_indikator", "nama_indikator", "kode_wilayah", "periode", "satuan",
            "target", "nilai", "catatan", "status", "versi");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B as(String user, B request) {
        return request.with(httpBasic(user, PW));
    }

    @BeforeEach
    void catalogue() throws Exception {
        if (jdbc.sql("select count(*) from indicator where kode = 'UJI-XL-3273-A'").query(Long.class).single() > 0) {
            return;
        }
        String csv = String.join(",", CatalogueRow.COLUMNS) + "\n"
                + "UJI-XL-3273-A,Persentase forum kewaspadaan dini aktif Kota Bandung,kabkota,32.73,persen,positif,"
                + "triwulanan,70,80,85,90,95,100,,\n"
                + "UJI-XL-3273-B,Jumlah dialog kebangsaan Kota Bandung,kabkota,32.73,kegiatan,positif,triwulanan,"
                + "4,4,5,5,6,6,,\n"
                + "UJI-XL-3201,Persentase forum kewaspadaan dini aktif Kabupaten Bogor,kabkota,32.01,persen,positif,"
                + "triwulanan,70,80,85,90,95,100,,\n";
        mvc.perform(as("pusat.admin", multipart("/api/v1/indicators/import")
                        .file(new MockMultipartFile("file", "k.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isOk());
    }

    @Test
    void operatorDownloadsThePrefilledSheetFillsItOfflineAndUploadsIt() throws Exception {
        byte[] template = download("2025-Q1");
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheet("Realisasi");
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertThat(names).isEqualTo(COLUMNS);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row a = row(sheet, "UJI-XL-3273-A");
            Row b = row(sheet, "UJI-XL-3273-B");
            assertThat(row(sheet, "UJI-XL-3201")).as("32.01 is outside the Bandung operator's scope").isNull();
            assertThat(text(a, "kode_wilayah")).isEqualTo("32.73");
            assertThat(a.getCell(col("kode_wilayah")).getCellType()).isEqualTo(CellType.STRING);
            assertThat(a.getCell(col("periode")).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(text(a, "periode")).isEqualTo("2025-Q1");
            assertThat(text(a, "target")).isEqualTo("80");
            assertThat(text(a, "status")).isEmpty();
            assertThat(text(a, "versi")).isEmpty();
            a.createCell(col("nilai")).setCellValue("76,5"); // typed with a decimal comma, as in an Indonesian Excel
            a.createCell(col("catatan")).setCellValue("diisi luring");
            b.createCell(col("nilai")).setCellValue(3);
            filled = bytes(wb);
        }
        upload(filled).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.updated").value(0));
        assertThat(value("UJI-XL-3273-A", "2025-Q1")).isEqualByComparingTo("76.5");
        assertThat(value("UJI-XL-3273-B", "2025-Q1")).isEqualByComparingTo("3");
        assertThat(jdbc.sql("select catatan from realization where indicator_kode = 'UJI-XL-3273-A' and periode = '2025-Q1'")
                .query(String.class).single()).isEqualTo("diisi luring");

        // The next download carries the stored value and version; changing it is an update at that version.
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("2025-Q1")))) {
            Row a = row(wb.getSheet("Realisasi"), "UJI-XL-3273-A");
            assertThat(text(a, "nilai")).isEqualTo("76.5");
            assertThat(text(a, "status")).isEqualTo("draft");
            assertThat(text(a, "versi")).isEqualTo("1");
            a.getCell(col("nilai")).setCellValue(81.25);
            filled = bytes(wb);
        }
        upload(filled).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(Matchers.greaterThanOrEqualTo(1)));
        assertThat(value("UJI-XL-3273-A", "2025-Q1")).isEqualByComparingTo("81.25");
        assertThat(jdbc.sql("select version from realization where indicator_kode = 'UJI-XL-3273-A' and periode = '2025-Q1'")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'realisasi' and action in ('BUAT', 'UBAH') "
                + "and entity_id in (select cast(id as varchar(20)) from realization where indicator_kode like 'UJI-XL-3273-%' "
                + "and periode = '2025-Q1')").query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aValueBreakingAValidationRuleRejectsTheWholeFileNamingItsRow() throws Exception {
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("2026-Q1")))) {
            Row a = row(wb.getSheet("Realisasi"), "UJI-XL-3273-A");
            a.createCell(col("nilai")).setCellValue(150); // a percentage above 100
            Row b = row(wb.getSheet("Realisasi"), "UJI-XL-3273-B");
            b.createCell(col("nilai")).setCellValue(4);
            filled = bytes(wb);
        }
        upload(filled).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].column").value("nilai"))
                .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("persen-0-100")));
        assertThat(jdbc.sql("select count(*) from realization where indicator_kode like 'UJI-XL-3273-%' and periode = '2026-Q1'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFileWithABadNumberARegionOutsideScopeAndADuplicateIsRejectedWholeAndNothingIsWritten() throws Exception {
        byte[] filled;
        int rowB;
        int rowOutside;
        int rowDuplicate;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("2025-Q2")))) {
            Sheet sheet = wb.getSheet("Realisasi");
            Row a = row(sheet, "UJI-XL-3273-A");
            Row b = row(sheet, "UJI-XL-3273-B");
            a.createCell(col("nilai")).setCellValue("76,5");
            b.createCell(col("nilai")).setCellValue("banyak");
            rowB = b.getRowNum() + 1;
            Row outside = sheet.createRow(sheet.getLastRowNum() + 1);
            fill(outside, "UJI-XL-3201", "32.01", "2025-Q2", "10");
            rowOutside = outside.getRowNum() + 1;
            Row duplicate = sheet.createRow(sheet.getLastRowNum() + 1);
            fill(duplicate, "UJI-XL-3273-A", "32.73", "2025-Q2", "77");
            rowDuplicate = duplicate.getRowNum() + 1;
            filled = bytes(wb);
        }
        String body = upload(filled).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        JsonNode errors = json.readTree(body).get("errors");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(rowB);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("nilai");
        assertThat(errors.get(0).get("problem").asString()).contains("'banyak' bukan angka");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(rowOutside);
        assertThat(errors.get(1).get("column").asString()).isEqualTo("kode_wilayah");
        assertThat(errors.get(1).get("problem").asString()).contains("di luar kewenangan");
        assertThat(errors.get(2).get("row").asInt()).isEqualTo(rowDuplicate);
        assertThat(errors.get(2).get("problem").asString()).contains("mengulang baris");
        assertThat(jdbc.sql("select count(*) from realization where indicator_kode like 'UJI-XL-%' and periode = '2025-Q2'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aTextCellWithTwoDecimalSeparatorsOrANumberCellWithAFifthDecimalIsRefusedNotRounded() throws Exception {
        byte[] filled;
        int rowA;
        int rowB;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("2026-Q2")))) {
            Sheet sheet = wb.getSheet("Realisasi");
            Row a = row(sheet, "UJI-XL-3273-A");
            Row b = row(sheet, "UJI-XL-3273-B");
            a.createCell(col("nilai")).setCellValue("12,5.3");
            b.createCell(col("nilai")).setCellValue(1.23456);
            rowA = a.getRowNum() + 1;
            rowB = b.getRowNum() + 1;
            filled = bytes(wb);
        }
        String body = upload(filled).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        JsonNode errors = json.readTree(body).get("errors");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(rowA);
        assertThat(errors.get(0).get("problem").asString()).isEqualTo("'12,5.3' bukan angka yang sah (contoh: 1.234,5)");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(rowB);
        assertThat(errors.get(1).get("problem").asString()).contains("paling banyak 4 angka di belakang koma");
        assertThat(jdbc.sql("select count(*) from realization where indicator_kode like 'UJI-XL-%' and periode = '2026-Q2'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRowChangedBySomeoneElseSinceTheDownloadOrLockedForVerificationIsRejected() throws Exception {
        long a = create("UJI-XL-3273-A", "2025-Q3", "50");
        long b = create("UJI-XL-3273-B", "2025-Q3", "4");
        mvc.perform(as(OPERATOR, post("/api/v1/realizations/" + b + "/submit"))).andExpect(status().isOk());
        byte[] template = download("2025-Q3");
        // a colleague corrects the value on the web after the sheet was downloaded
        mvc.perform(as(OPERATOR, put("/api/v1/realizations/" + a)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"value\":55,\"version\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheet("Realisasi");
            assertThat(text(row(sheet, "UJI-XL-3273-B"), "status")).isEqualTo("diajukan");
            row(sheet, "UJI-XL-3273-A").getCell(col("nilai")).setCellValue(60);
            row(sheet, "UJI-XL-3273-B").getCell(col("nilai")).setCellValue(5);
            filled = bytes(wb);
        }
        upload(filled).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.column == 'versi')].problem").value(
                        Matchers.contains(Matchers.containsString("diubah orang lain"))))
                .andExpect(jsonPath("$.errors[?(@.column == 'nilai')].problem").value(
                        Matchers.contains(Matchers.containsString("terkunci"))));
        assertThat(value("UJI-XL-3273-A", "2025-Q3")).isEqualByComparingTo("55");
        assertThat(value("UJI-XL-3273-B", "2025-Q3")).isEqualByComparingTo("4");
    }

    @Test
    void aZipBombIsRefusedWithoutExpandingIt() throws Exception {
        byte[] bomb = replaceSheet(download("2025-Q4"), w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            char[] blanks = new char[1 << 16];
            java.util.Arrays.fill(blanks, ' ');
            for (int i = 0; i < 1600; i++) { // 100 MB of nothing, a few hundred KB compressed
                w.write(blanks);
            }
            w.write("</sheetData></worksheet>");
        });
        assertThat(bomb.length).isLessThan(1_000_000);
        upload(bomb).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("bom zip")));
    }

    @Test
    void aSheetOfMoreThanTheRowLimitIsRefused() throws Exception {
        Random random = new Random(7);
        byte[] huge = replaceSheet(download("2025-Q4"), w -> {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kode_indikator</t></is></c>"
                    + "<c r=\"B1\" t=\"inlineStr\"><is><t>nilai</t></is></c></row>");
            for (int r = 2; r <= 100_002; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>X" + random.nextInt(1_000_000)
                        + "</t></is></c><c r=\"B" + r + "\"><v>" + random.nextInt(1_000_000) + "</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
        });
        upload(huge).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("lebih dari 100.000 baris")));
    }

    @Test
    void somethingThatIsNoWorkbookIsRefusedReadably() throws Exception {
        upload("kode_indikator,nilai\nUJI-XL-3273-A,1\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].problem").value(Matchers.containsString("bukan berkas XLSX")));
    }

    private byte[] download(String period) throws Exception {
        return mvc.perform(as(OPERATOR, get("/api/v1/realizations/workbook").param("region", "32.73")
                        .param("period", period)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private ResultActions upload(byte[] file) throws Exception {
        return mvc.perform(as(OPERATOR, multipart("/api/v1/realizations/workbook")
                .file(new MockMultipartFile("file", "realisasi.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))));
    }

    private long create(String indicator, String period, String value) throws Exception {
        String response = mvc.perform(as(OPERATOR, post("/api/v1/realizations")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicator\":\"" + indicator + "\",\"region\":\"32.73\",\"period\":\"" + period
                                + "\",\"value\":" + value + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    private BigDecimal value(String indicator, String period) {
        return jdbc.sql("select nilai from realization where indicator_kode = :i and periode = :p and kode_wilayah = '32.73'")
                .param("i", indicator).param("p", period).query(BigDecimal.class).single();
    }

    private static int col(String name) {
        return COLUMNS.indexOf(name);
    }

    private static Row row(Sheet sheet, String indicator) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && indicator.equals(text(r, "kode_indikator"))) {
                return r;
            }
        }
        return null;
    }

    private static String text(Row row, String column) {
        Cell c = row.getCell(col(column));
        return c == null ? "" : new DataFormatter(java.util.Locale.ROOT).formatCellValue(c);
    }

    private static void fill(Row row, String indicator, String region, String period, String value) {
        row.createCell(col("kode_indikator")).setCellValue(indicator);
        row.createCell(col("kode_wilayah")).setCellValue(region);
        row.createCell(col("periode")).setCellValue(period);
        row.createCell(col("nilai")).setCellValue(value);
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    interface SheetXml {
        void write(Writer w) throws IOException;
    }

    /** A real template with its sheet XML swapped for {@code sheet}, streamed straight into the zip. */
    private static byte[] replaceSheet(byte[] template, SheetXml sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path tmp = Files.createTempFile("templat", ".xlsx");
        try {
            Files.write(tmp, template);
            try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                        sheet.write(w);
                        w.flush();
                    } else {
                        try (InputStream entry = in.getInputStream(e)) {
                            entry.transferTo(zip);
                        }
                    }
                    zip.closeEntry();
                }
            }
        } finally {
            Files.delete(tmp);
        }
        return out.toByteArray();
    }
}
