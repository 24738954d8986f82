package id.matagaruda.indicator.internal;

import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.Frekuensi;
import id.matagaruda.indicator.Polaritas;
import id.matagaruda.indicator.RawTable;
import id.matagaruda.indicator.Tingkat;
import java.io.IOException;
import id.matagaruda.shared.ZipGuard;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The catalogue as Excel: reading an upload into a {@link RawTable}, the export, the operator's template and report tables. */
public final class CatalogueXlsx {

    private static final List<String> HEADER =
            Stream.concat(CatalogueRow.COLUMNS.stream(), CatalogueRow.OPTIONAL_COLUMNS.stream()).toList();
    // Typed into a General cell, 32.70 would become the number 32.7 and 11 would no longer match the text list.
    private static final List<String> CODE_COLUMNS = List.of("kode", "kode_wilayah", "kode_induk");
    private static final int TEMPLATE_LAST_ROW = 1000;
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    private static final String NUMBER_PROMPT = "Angka; boleh koma atau titik desimal; kosongkan bila belum ada target";
    private static final Map<String, String> STATUS_COLOURS = Map.of(
            "selaras", "C6EFCE", "belum_ada", "FFC7CE", "satuan_berbeda", "FCD5B4", "polaritas_berbeda", "FCD5B4",
            "target_kosong", "FFEB9C", "target_tidak_meningkat", "FFEB9C", "agregat_kurang", "E4DFEC");
    private static final List<String> INSTRUCTIONS = List.of(
            "Petunjuk pengisian katalog indikator Mata Garuda",
            "Isi satu indikator per baris pada lembar Katalog mulai baris 2; jangan mengubah baris judul.",
            "kode: kode unik indikator; nama: nama indikator; satuan: satuan ukur (mis. persen, indeks, dokumen).",
            "tingkat: nasional, provinsi atau kabkota; kode_wilayah: 00 untuk indikator nasional, selain itu kode wilayah Kemendagri (mis. 32 atau 32.73).",
            "polaritas: positif bila makin tinggi makin baik, negatif bila makin rendah makin baik; frekuensi: tahunan, semesteran atau triwulanan.",
            "baseline dan target_2025 s.d. target_2029: sel angka Excel, atau teks angka seperti 1.234,5 (koma desimal, titik ribuan); paling banyak 4 angka di belakang koma.",
            "Target kosong diperbolehkan, tetapi akan dilaporkan pada pemeriksaan sinkronisasi pusat-daerah.",
            "kode_induk: kode indikator induk pada pohon kinerja (kosongkan bila tidak ada); wajib_daerah: ya/tidak, hanya untuk indikator nasional.",
            "definisi dan data_dukung boleh dikosongkan; pisahkan beberapa data dukung dengan titik koma (;).",
            "Berkas yang mengandung kesalahan ditolak seluruhnya; perbaiki semua kesalahan yang dilaporkan lalu unggah ulang.");

    private CatalogueXlsx() {}

    /** The first sheet: row 1 as header, every non-empty row after it with its Excel row number, cells as CSV would hold them. */
    public static RawTable read(InputStream in) throws IOException {
        try (Workbook wb = open(in)) {
            if (wb.getNumberOfSheets() == 0) {
                return new RawTable(List.of(), List.of());
            }
            Sheet sheet = wb.getSheetAt(0);
            List<String> header = cells(sheet.getRow(0), 0);
            // Formatting dragged past the last column leaves empty header cells that are not columns.
            while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
                header.remove(header.size() - 1);
            }
            List<RawTable.Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = cells(sheet.getRow(r), header.size());
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(new RawTable.Row(r + 1, List.copyOf(cells), numericCells(sheet.getRow(r))));
                }
            }
            return new RawTable(List.copyOf(header), List.copyOf(rows));
        }
    }

    /** The catalogue export: the 15 exchange columns and the optional ones, numbers as numbers. */
    public static void write(List<CatalogueRow> rows, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = catalogueSheet(wb);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                fill(row, values(rows.get(i)));
                for (String column : CODE_COLUMNS) {
                    Cell cell = row.getCell(HEADER.indexOf(column));
                    if (cell != null) {
                        cell.setCellStyle(sheet.getColumnStyle(HEADER.indexOf(column)));
                    }
                }
            }
            fitColumns(sheet, HEADER.size());
            wb.write(out);
        }
    }

    /** An empty catalogue with drop-down lists and number checks on rows 2-1000, plus a sheet of instructions. */
    public static void template(OutputStream out, List<String> regionCodes, List<String> indicatorCodes) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = catalogueSheet(wb);
            sheet.setColumnWidth(HEADER.indexOf("nama"), 40 * 256);
            sheet.setColumnWidth(HEADER.indexOf("definisi"), 40 * 256);
            XSSFSheet help = wb.createSheet("Petunjuk");
            CellStyle bold = boldStyle(wb);
            for (int i = 0; i < INSTRUCTIONS.size(); i++) {
                Cell cell = help.createRow(i).createCell(0);
                cell.setCellValue(INSTRUCTIONS.get(i));
                if (i == 0) {
                    cell.setCellStyle(bold);
                }
            }
            help.setColumnWidth(0, 120 * 256);

            XSSFDataValidationHelper dv = new XSSFDataValidationHelper(sheet);
            list(sheet, "tingkat", Arrays.stream(Tingkat.values()).map(Tingkat::code).toList());
            list(sheet, "polaritas", Arrays.stream(Polaritas.values()).map(Polaritas::code).toList());
            list(sheet, "frekuensi", Arrays.stream(Frekuensi.values()).map(Frekuensi::code).toList());
            list(sheet, "wajib_daerah", List.of("ya", "tidak"));
            if (!regionCodes.isEmpty()) {
                // National rows carry 00, which is no region; without it the list would refuse every national row.
                List<String> codes = regionCodes.contains("00") ? regionCodes
                        : Stream.concat(Stream.of("00"), regionCodes.stream()).toList();
                validate(sheet, "kode_wilayah", dv.createFormulaListConstraint(hiddenList(wb, "Wilayah", codes)),
                        DataValidation.ErrorStyle.STOP, "Pilih kode wilayah dari daftar (00 untuk indikator nasional).", null);
            }
            if (!indicatorCodes.isEmpty()) {
                // A warning, not a stop: the parent may be a new indicator further up in this same file.
                validate(sheet, "kode_induk", dv.createFormulaListConstraint(hiddenList(wb, "Indikator", indicatorCodes)),
                        DataValidation.ErrorStyle.WARNING,
                        "Kode induk tidak ada di daftar indikator; lanjutkan hanya bila induknya ada di berkas ini.", null);
            }
            Stream.concat(Stream.of("baseline"), HEADER.stream().filter(c -> c.startsWith("target_"))).forEach(column ->
                    validate(sheet, column, dv.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                            DataValidation.ErrorStyle.STOP, "Isi angka 0 atau lebih, atau kosongkan.", NUMBER_PROMPT));
            wb.write(out);
        }
    }

    /** A report sheet: bold frozen header with a filter, numbers as numbers, a "status" column coloured by value. */
    public static void writeTable(String sheetName, List<String> header, List<List<Object>> rows, OutputStream out)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            header(sheet, header);
            int status = header.indexOf("status");
            Map<String, CellStyle> fills = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                fill(row, rows.get(i));
                Cell cell = status < 0 ? null : row.getCell(status);
                String colour = cell == null ? null : STATUS_COLOURS.get(text(cell).toLowerCase(Locale.ROOT));
                if (colour != null) {
                    cell.setCellStyle(fills.computeIfAbsent(colour, c -> fillStyle(wb, c)));
                }
            }
            if (!header.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, header.size() - 1));
            }
            fitColumns(sheet, header.size());
            wb.write(out);
        }
    }

    /**
     * A catalogue has at most a few thousand rows: 256 MB inflated is far beyond any real one, and keeps a workbook
     * POI would hold in memory bounded (POI's own ZipSecureFile limits, 100:1 by default, apply as well).
     */
    static final ZipGuard LIMITS = new ZipGuard(256L << 20, 100, 1_000);

    private static Workbook open(InputStream in) throws IOException {
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile("katalog-", ".xlsx");
        try {
            java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try {
                LIMITS.check(tmp, "import.subject.catalogue");
            } catch (id.matagaruda.shared.FileRejectedException e) {
                if (e.kind() == id.matagaruda.shared.FileRejectedException.Kind.UNSUPPORTED) {
                    throw new IOException("Berkas bukan XLSX yang valid", e);
                }
                throw e;
            }
            try (InputStream file = java.nio.file.Files.newInputStream(tmp)) {
                return new XSSFWorkbook(file);
            } catch (IOException | RuntimeException e) {
                throw new IOException("Berkas bukan XLSX yang valid", e);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    private static List<String> cells(Row row, int minSize) {
        int size = Math.max(minSize, row == null ? 0 : row.getLastCellNum());
        List<String> cells = new ArrayList<>(size);
        for (int c = 0; c < size; c++) {
            cells.add(row == null ? "" : text(row.getCell(c)));
        }
        return cells;
    }

    // Number cells are written as plain machine text below; the reader must not take 1234.567 for Indonesian grouping.
    private static Set<Integer> numericCells(Row row) {
        Set<Integer> numeric = new HashSet<>();
        if (row != null) {
            for (Cell cell : row) {
                CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                        : cell.getCellType();
                if (type == CellType.NUMERIC) {
                    numeric.add(cell.getColumnIndex());
                }
            }
        }
        return Set.copyOf(numeric);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().trim();
            case NUMERIC -> number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "ya" : "tidak";
            default -> "";
        };
    }

    // 15 significant digits is what Excel shows and saves as CSV, so a formula's 0.1+0.2 reads 0.3, not 0.30000000000000004.
    // The cell is flagged numeric, so this text is read as plain machine text and needs no Indonesian-safe padding.
    private static String number(double value) {
        return BigDecimal.valueOf(value).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    private static List<Object> values(CatalogueRow r) {
        boolean national = r.tingkat() == Tingkat.NASIONAL;
        List<Object> values = new ArrayList<>(Arrays.asList(r.kode(), r.nama(), r.tingkat().code(),
                national ? "00" : r.kodeWilayah(), r.satuan(), r.polaritas().code(), r.frekuensi().code(), r.baseline()));
        for (int year = CatalogueRow.FIRST_YEAR; year <= CatalogueRow.LAST_YEAR; year++) {
            values.add(r.targets() == null ? null : r.targets().get(year));
        }
        values.addAll(Arrays.asList(r.kodeInduk(), national ? (r.wajibDaerah() ? "ya" : "tidak") : null, r.definisi(),
                r.dataDukung() == null ? null : String.join("; ", r.dataDukung()), r.kumulatif() ? "ya" : "tidak",
                r.details().formula(), r.details().sumberData(), r.details().penanggungJawab(),
                r.details().tahunBaseline() == null ? null : String.valueOf(r.details().tahunBaseline()),
                r.details().nilaiMin(), r.details().nilaiMaks(), r.details().desimal()));
        return values;
    }

    private static void fill(Row row, List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (value != null) {
                String s = value instanceof Boolean b ? (b ? "ya" : "tidak")
                        : value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value.toString();
                if (!s.isEmpty()) {
                    row.createCell(c).setCellValue(s);
                }
            }
        }
    }

    private static XSSFSheet catalogueSheet(XSSFWorkbook wb) {
        XSSFSheet sheet = wb.createSheet("Katalog");
        header(sheet, HEADER);
        fitColumns(sheet, HEADER.size()); // widths first: Excel repairs a file whose column entries are out of order
        CellStyle text = textStyle(wb);
        CODE_COLUMNS.forEach(column -> sheet.setDefaultColumnStyle(HEADER.indexOf(column), text));
        return sheet;
    }

    private static void header(Sheet sheet, List<String> names) {
        CellStyle bold = boldStyle(sheet.getWorkbook());
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(names.get(c));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void list(XSSFSheet sheet, String column, List<String> words) {
        DataValidationConstraint constraint =
                new XSSFDataValidationHelper(sheet).createExplicitListConstraint(words.toArray(String[]::new));
        validate(sheet, column, constraint, DataValidation.ErrorStyle.STOP,
                "Pilih salah satu: " + String.join(", ", words), null);
    }

    private static void validate(XSSFSheet sheet, String column, DataValidationConstraint constraint, int errorStyle,
            String error, String prompt) {
        int c = HEADER.indexOf(column);
        DataValidation v = new XSSFDataValidationHelper(sheet)
                .createValidation(constraint, new CellRangeAddressList(1, TEMPLATE_LAST_ROW - 1, c, c));
        v.setErrorStyle(errorStyle);
        v.setShowErrorBox(true);
        v.createErrorBox("Isian tidak valid", error);
        v.setEmptyCellAllowed(true);
        if (prompt != null) {
            v.createPromptBox(column, prompt);
            v.setShowPromptBox(true);
        }
        sheet.addValidationData(v);
    }

    // A range, not an explicit list: Excel refuses list formulas over 255 characters and there are 552 regions.
    private static String hiddenList(XSSFWorkbook wb, String sheetName, List<String> codes) {
        XSSFSheet sheet = wb.createSheet(sheetName);
        for (int i = 0; i < codes.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(codes.get(i));
        }
        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
        Name name = wb.createName();
        name.setNameName("Daftar" + sheetName);
        name.setRefersToFormula(sheetName + "!$A$1:$A$" + codes.size());
        return name.getNameName();
    }

    private static CellStyle boldStyle(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static CellStyle textStyle(Workbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("@"));
        return style;
    }

    private static CellStyle fillStyle(XSSFWorkbook wb, String rgb) {
        XSSFCellStyle style = wb.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    // Measured from the texts rather than autoSizeColumn, which needs AWT fonts a headless server may not have.
    private static void fitColumns(Sheet sheet, int columns) {
        int[] widths = new int[columns];
        for (Row row : sheet) {
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c < columns) {
                    widths[c] = Math.max(widths[c], text(cell).length());
                }
            }
        }
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, widths[c] + 3)) * 256);
        }
    }
}
