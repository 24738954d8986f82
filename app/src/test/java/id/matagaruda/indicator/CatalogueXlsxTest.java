package id.matagaruda.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.indicator.internal.CatalogueXlsx;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CatalogueXlsxTest {

    private static final List<String> HEADER =
            Stream.concat(CatalogueRow.COLUMNS.stream(), CatalogueRow.OPTIONAL_COLUMNS.stream()).toList();

    @Test
    void writtenCatalogueReadsBackAsTheSameTextsTheCsvWouldHold() throws IOException {
        CatalogueRow national = new CatalogueRow(0, "IKU-01", "Indeks Kerukunan Umat Beragama", Tingkat.NASIONAL, "00",
                "indeks", Polaritas.POSITIF, Frekuensi.TAHUNAN, new BigDecimal("72.35"),
                targets("72.5", "73.00", null, "74.1", "75"), null, true, "Skor survei nasional",
                List.of("Laporan survei", "Berita acara"));
        CatalogueRow city = new CatalogueRow(0, "K-3273-01", "Persentase konflik sosial tertangani", Tingkat.KABKOTA,
                "32.73", "persen", Polaritas.NEGATIF, Frekuensi.TRIWULANAN, new BigDecimal("1000.00"),
                targets("0.1", "0.125", "12", "1E+3", null), "IKU-01", true, null, List.of());

        RawTable table = CatalogueXlsx.read(new ByteArrayInputStream(bytes(out -> CatalogueXlsx.write(List.of(national, city), out))));

        assertThat(table.header()).isEqualTo(HEADER);
        assertThat(table.rows()).extracting(RawTable.Row::number).containsExactly(2, 3);
        assertThat(table.rows().get(0).cells()).containsExactly("IKU-01", "Indeks Kerukunan Umat Beragama", "nasional",
                "00", "indeks", "positif", "tahunan", "72.35", "72.5", "73", "", "74.1", "75", "", "ya",
                "Skor survei nasional", "Laporan survei; Berita acara", "tidak", "", "", "", "", "", "", "");
        assertThat(table.rows().get(1).cells()).containsExactly("K-3273-01", "Persentase konflik sosial tertangani",
                "kabkota", "32.73", "persen", "negatif", "triwulanan", "1000", "0.1", "0.125", "12", "1000", "", "IKU-01",
                "", "", "", "tidak", "", "", "", "", "", "", "");
    }

    @Test
    void numberCellsAreReadAsTheNumbersTheyAreWhileTextCellsAreReadAsTheUserWritesNumbers() throws IOException {
        // 1234.567 and 0.125 as text would be refused in Indonesian (a point before three digits is grouping);
        // as Excel number cells they are exactly what they say, and CSV exports of them read back the same.
        CatalogueRow row = new CatalogueRow(0, "IKU-03", "Nama", Tingkat.NASIONAL, "00", "jumlah", Polaritas.POSITIF,
                Frekuensi.TAHUNAN, new BigDecimal("1234.567"), targets("0.125", "1500", "2", "3", "4"), null, false,
                null, List.of());
        CatalogueReader reader = new CatalogueReader(id.matagaruda.region.ReferenceRegions.shipped()::find, Map.of());
        for (byte[] file : List.of(bytes(out -> CatalogueXlsx.write(List.of(row), out)),
                bytes(out -> CatalogueFiles.writeCsv(List.of(row), out)))) {
            CatalogueRow read = reader.read(new ByteArrayInputStream(file)).get(0);
            assertThat(read.baseline()).isEqualByComparingTo("1234.567");
            assertThat(read.targets().get(CatalogueRow.FIRST_YEAR)).isEqualByComparingTo("0.125");
            assertThat(read.targets().get(CatalogueRow.FIRST_YEAR + 1)).isEqualByComparingTo("1500");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < CatalogueRow.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(CatalogueRow.COLUMNS.get(c));
            }
            Row data = sheet.createRow(1);
            String[] cells = {"IKU-04", "Nama", "nasional", "00", "jumlah", "positif", "tahunan", "12,5.3", "1.234,5",
                "", "", "", "", "", "tidak"};
            for (int c = 0; c < cells.length; c++) {
                data.createCell(c).setCellValue(cells[c]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(out.toByteArray())))
                    .isInstanceOfSatisfying(id.matagaruda.shared.FileRejectedException.class, e -> assertThat(e.problems())
                            .extracting(id.matagaruda.shared.RowProblem::column, (id.matagaruda.shared.RowProblem p) -> p.text(java.util.Locale.forLanguageTag("id")))
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("baseline",
                                    "'12,5.3' bukan angka yang sah (contoh: 1.234,5)")));
        }
    }

    @Test
    void writtenCatalogueHoldsNumbersAsNumericCellsUnderABoldFrozenHeader() throws IOException {
        CatalogueRow row = new CatalogueRow(0, "IKU-02", "Nama", Tingkat.PROVINSI, "32", "persen", Polaritas.POSITIF,
                Frekuensi.SEMESTERAN, new BigDecimal("72.35"), targets(null, "1", "2", "3", "4"), null, false, null, null);

        try (XSSFWorkbook wb = workbook(bytes(out -> CatalogueXlsx.write(List.of(row), out)))) {
            XSSFSheet sheet = wb.getSheet("Katalog");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).satisfies(
                    font -> assertThat(wb.getFontAt(font).getBold()).isTrue());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            XSSFCell baseline = sheet.getRow(1).getCell(HEADER.indexOf("baseline"));
            assertThat(baseline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(baseline.getNumericCellValue()).isEqualTo(72.35);
            assertThat(sheet.getRow(1).getCell(HEADER.indexOf("target_2025"))).isNull();
            assertThat(sheet.getRow(1).getCell(HEADER.indexOf("kode_wilayah")).getStringCellValue()).isEqualTo("32");
        }
    }

    @Test
    void readTurnsEveryCellKindIntoCsvTextSkipsEmptyRowsAndKeepsExcelRowNumbers() throws IOException {
        byte[] file = bytes(out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFSheet sheet = wb.createSheet("Data");
                wb.createSheet("Kedua").createRow(0).createCell(0).setCellValue("bukan ini");
                row(sheet, 0, " kode ", "nilai", "aktif", "rumus", "kosong", "");
                Row first = row(sheet, 1, "  A1  ", 72.5, true);
                first.createCell(3).setCellFormula("B2*2");
                first.createCell(4).setBlank();
                row(sheet, 2, "   ").createCell(4).setBlank();
                Row second = row(sheet, 3, "B", 1000.0, false);
                second.createCell(3).setCellFormula("\"  teks \"&\"x  \"");
                second.createCell(4).setCellFormula("1/0");
                Row third = row(sheet, 5, "C", 0.1, null, null, 1.0E-7);
                third.createCell(3).setCellFormula("0.1+0.2");
                third.createCell(6).setCellValue(1.0E21);
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                wb.write(out);
            }
        });

        RawTable table = CatalogueXlsx.read(new ByteArrayInputStream(file));

        assertThat(table.header()).containsExactly("kode", "nilai", "aktif", "rumus", "kosong");
        assertThat(table.rows()).extracting(RawTable.Row::number).containsExactly(2, 4, 6);
        assertThat(table.rows().get(0).cells()).containsExactly("A1", "72.5", "ya", "145", "");
        assertThat(table.rows().get(1).cells()).containsExactly("B", "1000", "tidak", "teks x", "");
        assertThat(table.rows().get(2).cells())
                .containsExactly("C", "0.1", "", "0.3", "0.0000001", "", "1000000000000000000000");
    }

    @Test
    void templateOffersDropDownsNumberChecksHiddenCodeListsAndInstructions() throws IOException {
        List<String> regions = List.of("11", "11.01", "32", "32.73");
        byte[] file = bytes(out -> CatalogueXlsx.template(out, regions, List.of("IKU-01", "IKU-02")));

        try (XSSFWorkbook wb = workbook(file)) {
            XSSFSheet sheet = wb.getSheet("Katalog");
            Map<String, XSSFDataValidation> byColumn = sheet.getDataValidations().stream().collect(Collectors.toMap(
                    v -> HEADER.get(v.getRegions().getCellRangeAddress(0).getFirstColumn()), Function.identity()));
            assertThat(byColumn).containsKeys("tingkat", "polaritas", "frekuensi", "wajib_daerah", "kode_wilayah",
                    "kode_induk", "baseline", "target_2025", "target_2029");
            assertThat(byColumn.get("tingkat").getValidationConstraint().getExplicitListValues())
                    .containsExactly("nasional", "provinsi", "kabkota");
            assertThat(byColumn.get("polaritas").getValidationConstraint().getExplicitListValues())
                    .containsExactly("positif", "negatif");
            assertThat(byColumn.get("frekuensi").getValidationConstraint().getExplicitListValues())
                    .containsExactly("tahunan", "semesteran", "triwulanan");
            assertThat(byColumn.get("wajib_daerah").getValidationConstraint().getExplicitListValues())
                    .containsExactly("ya", "tidak");
            XSSFDataValidation tingkat = byColumn.get("tingkat");
            assertThat(tingkat.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(tingkat.getErrorBoxTitle()).isEqualTo("Isian tidak valid");
            assertThat(tingkat.getErrorBoxText()).isEqualTo("Pilih salah satu: nasional, provinsi, kabkota");
            assertThat(tingkat.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("C2:C1000");

            String regionList = byColumn.get("kode_wilayah").getValidationConstraint().getFormula1();
            assertThat(wb.getName(regionList).getRefersToFormula()).isEqualTo("Wilayah!$A$1:$A$5");
            assertThat(wb.isSheetHidden(wb.getSheetIndex("Wilayah"))).isTrue();
            assertThat(column(wb.getSheet("Wilayah"))).containsExactly("00", "11", "11.01", "32", "32.73");
            assertThat(column(wb.getSheet("Indikator"))).containsExactly("IKU-01", "IKU-02");

            XSSFDataValidation target = byColumn.get("target_2027");
            assertThat(target.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(target.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(target.getPromptBoxText())
                    .isEqualTo("Angka; boleh koma atau titik desimal; kosongkan bila belum ada target");

            assertThat(wb.getSheetIndex("Petunjuk")).isEqualTo(1);
            assertThat(wb.isSheetHidden(1)).isFalse();
            assertThat(column(wb.getSheet("Petunjuk"))).hasSizeBetween(6, 10)
                    .anyMatch(line -> line.contains("ditolak seluruhnya"))
                    .anyMatch(line -> line.contains("Target kosong diperbolehkan"));
        }
        RawTable empty = CatalogueXlsx.read(new ByteArrayInputStream(file));
        assertThat(empty.header()).isEqualTo(HEADER);
        assertThat(empty.rows()).isEmpty();
    }

    @Test
    void templateWithoutIndicatorCodesLeavesKodeIndukFree() throws IOException {
        try (XSSFWorkbook wb = workbook(bytes(out -> CatalogueXlsx.template(out, List.of("32"), List.of())))) {
            assertThat(wb.getSheet("Indikator")).isNull();
            assertThat(wb.getSheet("Katalog").getDataValidations())
                    .noneMatch(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == HEADER.indexOf("kode_induk"));
        }
    }

    @Test
    void writeTableColoursStatusCellsAndKeepsNumbersNumeric() throws IOException {
        byte[] file = bytes(out -> CatalogueXlsx.writeTable("Sinkronisasi", List.of("kode_wilayah", "status", "nilai"),
                List.of(Arrays.asList("32.73", "selaras", 72.5), Arrays.asList("32.01", "belum_ada", new BigDecimal("10")),
                        Arrays.asList("11", "lainnya", null)), out));

        try (XSSFWorkbook wb = workbook(file)) {
            XSSFSheet sheet = wb.getSheet("Sinkronisasi");
            XSSFCell selaras = sheet.getRow(1).getCell(1);
            XSSFCell belumAda = sheet.getRow(2).getCell(1);
            assertThat(selaras.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(belumAda.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(selaras.getCellStyle().getFillForegroundXSSFColor().getARGBHex())
                    .isNotEqualTo(belumAda.getCellStyle().getFillForegroundXSSFColor().getARGBHex());
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);

            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(72.5);
            assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(10.0);
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(3).getCell(2)).isNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C4");
        }
    }

    @Test
    void readRejectsAFileThatIsNotXlsx() {
        byte[] csv = "kode,nama\nIKU-01,Indeks\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CatalogueXlsx.read(new ByteArrayInputStream(csv)))
                .isInstanceOf(IOException.class).hasMessageContaining("XLSX");
        assertThatThrownBy(() -> CatalogueXlsx.read(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(IOException.class).hasMessageContaining("XLSX");
    }

    private interface Writer {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.to(out);
        return out.toByteArray();
    }

    private static XSSFWorkbook workbook(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    private static TreeMap<Integer, BigDecimal> targets(String... values) {
        TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            targets.put(CatalogueRow.FIRST_YEAR + i, values[i] == null ? null : new BigDecimal(values[i]));
        }
        return targets;
    }

    private static Row row(XSSFSheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (values[c] instanceof Double d) {
                row.createCell(c).setCellValue(d);
            } else if (values[c] instanceof Boolean b) {
                row.createCell(c).setCellValue(b);
            }
        }
        return row;
    }

    private static List<String> column(XSSFSheet sheet) {
        return Stream.iterate(0, r -> r <= sheet.getLastRowNum(), r -> r + 1).map(sheet::getRow)
                .map(r -> r.getCell(0)).map(Cell::getStringCellValue).toList();
    }
}
