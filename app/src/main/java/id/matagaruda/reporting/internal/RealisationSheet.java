package id.matagaruda.reporting.internal;

import id.matagaruda.reporting.WorkbookLine;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.shared.NumberReader;
import id.matagaruda.shared.NumberText;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The realisation workbook as Excel: writing the pre-filled template (streamed, any size) and reading an upload with
 * SAX under hard limits, so a zip bomb or a sheet of a million rows is refused before it can exhaust memory.
 */
public final class RealisationSheet {

    public static final List<String> COLUMNS = List.of("kode_indikator", "nama_indikator", "kode_wilayah", "periode",
            "satuan", "target", "nilai", "catatan", "status", "versi");
    /** The columns an upload is judged by; the others are there for the person filling the sheet. */
    public static final List<String> READ_COLUMNS = List.of("kode_indikator", "kode_wilayah", "periode", "nilai",
            "catatan", "versi");
    public static final String SHEET = "Realisasi";

    // Typed into a General cell, 32.10 becomes the number 32.1 and the period 2025 a number; text keeps them codes.
    private static final List<String> CODE_COLUMNS = List.of("kode_indikator", "kode_wilayah", "periode");
    private static final MathContext EXCEL_DIGITS = new MathContext(15);
    /** Excel's own limit for one cell; anything longer was not typed into Excel. */
    private static final int MAX_CELL_CHARS = 32_767;
    private static final long MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    private static final long MAX_SHEET_XML_BYTES = 512L * 1024 * 1024;
    private static final long MAX_SHARED_STRINGS_BYTES = 32L * 1024 * 1024;
    private static final List<String> INSTRUCTIONS = List.of(
            "Petunjuk pengisian realisasi Mata Garuda",
            "Satu baris = satu indikator untuk satu wilayah dan satu periode. Isi kolom nilai (dan bila perlu catatan) saja.",
            "nilai: angka realisasi, sebagai angka Excel atau teks seperti 1.234,5 (koma desimal, titik ribuan; 76.5 juga diterima); paling banyak 4 angka di belakang koma, tidak dibulatkan.",
            "Baris dengan nilai kosong dilewati; nilai yang sudah tersimpan tidak dihapus.",
            "Jangan mengubah kode_indikator, kode_wilayah, periode dan versi; kolom nama, satuan, target dan status hanya keterangan.",
            "versi menunjukkan versi realisasi saat templat diunduh. Bila orang lain mengubahnya sesudah itu, baris ditolak: unduh templat terbaru.",
            "Realisasi berstatus diajukan atau disetujui terkunci; nilainya tidak dapat diubah lewat berkas.",
            "Berkas yang mengandung kesalahan ditolak seluruhnya (tidak ada yang disimpan); perbaiki semua kesalahan yang dilaporkan lalu unggah ulang.");

    private RealisationSheet() {}

    /**
     * A data row of an upload: its Excel row number, the {@link #READ_COLUMNS} cells as text ("" when empty) and which
     * of them were Excel number cells (written as plain machine text, {@code 1234.567}) rather than text typed by the
     * user (read in the user's style, {@code 1.234,567}).
     */
    public record Line(int number, String[] cells, boolean[] numeric) {
        public Line(int number, String[] cells) {
            this(number, cells, new boolean[cells.length]);
        }

        public String cell(String column) {
            String c = cells[READ_COLUMNS.indexOf(column)];
            return c == null ? "" : c;
        }

        /** True when the column's cell was an Excel number, not text. */
        public boolean numeric(String column) {
            return numeric[READ_COLUMNS.indexOf(column)];
        }
    }

    /** An upload as read: which {@link #READ_COLUMNS} the header lacks, and the non-empty data rows. */
    public record Table(List<String> missingColumns, List<Line> lines) {}

    /** The template: a frozen bold header, code columns formatted as text, a number check on nilai, instructions. */
    public static void write(List<WorkbookLine> lines, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int[] widths = {16, 45, 12, 10, 12, 10, 12, 30, 13, 7};
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            CODE_COLUMNS.forEach(column -> sheet.setDefaultColumnStyle(COLUMNS.indexOf(column), text));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < lines.size(); i++) {
                WorkbookLine l = lines.get(i);
                Row row = sheet.createRow(i + 1);
                Object[] values = {l.indicator(), l.indicatorName(), l.region(), l.period(), l.satuan(), l.target(),
                        l.value(), l.note(), l.status(), l.version()};
                for (int c = 0; c < values.length; c++) {
                    Object v = values[c];
                    boolean code = CODE_COLUMNS.contains(COLUMNS.get(c));
                    if (v == null && !code) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (code) {
                        cell.setCellStyle(text);
                    }
                    if (v instanceof BigDecimal n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Integer n) {
                        cell.setCellValue(n);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, lines.size()), 0, COLUMNS.size() - 1));
            numberCheck(sheet, Math.max(1, lines.size()));
            Sheet help = wb.createSheet("Petunjuk");
            help.setColumnWidth(0, 120 * 256);
            for (int i = 0; i < INSTRUCTIONS.size(); i++) {
                Cell cell = help.createRow(i).createCell(0);
                cell.setCellValue(INSTRUCTIONS.get(i));
                if (i == 0) {
                    cell.setCellStyle(bold);
                }
            }
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    // A warning, not a stop: in an English-locale Excel "76,5" is text, which the upload still reads as 76.5.
    private static void numberCheck(Sheet sheet, int lastRow) {
        int c = COLUMNS.indexOf("nilai");
        DataValidationHelper dv = sheet.getDataValidationHelper();
        DataValidation v = dv.createValidation(
                dv.createDecimalConstraint(OperatorType.BETWEEN, "-999999999999999", "999999999999999"),
                new CellRangeAddressList(1, lastRow, c, c));
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.setShowErrorBox(true);
        v.createErrorBox("Isian tidak valid", "nilai harus angka, mis. 1.234,5; paling banyak 4 angka di belakang koma.");
        v.createPromptBox("nilai", "Angka realisasi, mis. 1.234,5; paling banyak 4 angka di belakang koma; kosongkan bila belum ada.");
        v.setShowPromptBox(true);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    /**
     * Reads the sheet {@value #SHEET} (or the first sheet) of an upload. The file is spooled to a temporary file so POI
     * reads entries from the zip directory (its inflate-ratio check applies) instead of expanding everything in memory;
     * the sheet is parsed with SAX and counted: more than {@code maxRows} data rows is refused as soon as it is seen.
     */
    public static Table read(InputStream in, int maxRows) throws IOException {
        Path tmp = Files.createTempFile("matagaruda-realisasi", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (new Limited(in, MAX_UPLOAD_BYTES, "berkas").transferTo(out) == 0) {
                    throw rejected("rep.import.empty");
                }
            }
            OPCPackage pkg;
            try {
                pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ);
            } catch (OpenXML4JException | RuntimeException e) {
                throw rejected("rep.import.notXlsx");
            }
            try {
                return parse(pkg, maxRows);
            } catch (TooLarge e) {
                throw rejected(e.key, e.args);
            } catch (IOException e) {
                if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                    throw rejected("rep.import.zipBomb");
                }
                throw rejected("rep.import.broken");
            } catch (SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
                if (e instanceof FileRejectedException w) {
                    throw w;
                }
                Throwable cause = e instanceof SAXException s && s.getException() != null ? s.getException() : e.getCause();
                if (cause instanceof TooLarge t) {
                    throw rejected(t.key, t.args);
                }
                throw rejected("rep.import.broken");
            } finally {
                pkg.revert();
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Table parse(OPCPackage pkg, int maxRows)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = null;
        try (InputStream sst = reader.getSharedStringsData()) {
            if (sst != null) {
                strings = new ReadOnlySharedStringsTable(new Limited(sst, MAX_SHARED_STRINGS_BYTES, "daftar teks"), false);
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            strings = null; // a workbook with only numbers and inline text has no shared strings part
        }
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        InputStream chosen = null;
        while (sheets.hasNext()) {
            InputStream s = sheets.next();
            if (chosen == null || SHEET.equalsIgnoreCase(sheets.getSheetName())) {
                if (chosen != null) {
                    chosen.close();
                }
                chosen = s;
                if (SHEET.equalsIgnoreCase(sheets.getSheetName())) {
                    break;
                }
            } else {
                s.close();
            }
        }
        if (chosen == null) {
            return new Table(READ_COLUMNS, List.of());
        }
        Handler handler = new Handler(strings, maxRows);
        try (InputStream sheet = new Limited(chosen, MAX_SHEET_XML_BYTES, "lembar")) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(sheet));
        }
        return handler.table();
    }

    /** A limit of the reader was passed; the message is for the user. */
    /** A workbook refused whole (row 0, column "berkas"): 400, as every workbook problem answers. */
    static FileRejectedException rejected(String key, Object... args) {
        return FileRejectedException.ofFile(FileRejectedException.Kind.INVALID, SUBJECT, key, args);
    }

    /** What a realisation workbook is called in the summary of a refusal. */
    public static final String SUBJECT = "import.subject.workbook";

    static final class TooLarge extends IOException {
        final String key;
        final Object[] args;

        TooLarge(String key, Object... args) {
            super(RowProblem.ofFile(key, args).text(Locale.forLanguageTag("id")));
            this.key = key;
            this.args = args;
        }
    }

    /** Counts what passes and stops at a limit, whatever sizes the zip directory claims. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final String what;
        private long count;

        Limited(InputStream in, long limit, String what) {
            super(in);
            this.limit = limit;
            this.what = what;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge("rep.import.overSize", what, String.valueOf(limit / (1024 * 1024)));
            }
        }
    }

    /** The sheet XML as rows of text: shared, inline and formula strings, numbers as Excel shows them (15 digits). */
    private static final class Handler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final int maxRows;
        private final Map<Integer, Integer> wanted = new HashMap<>();
        private final List<Line> lines = new ArrayList<>();
        private List<String> missing = READ_COLUMNS;
        private boolean headerSeen;
        private int rowNumber;
        private int cellColumn;
        private String cellType;
        private String[] cells;
        private boolean[] numericCells;
        private final List<String> headerCells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private boolean collecting;

        Handler(ReadOnlySharedStringsTable strings, int maxRows) {
            this.strings = strings;
            this.maxRows = maxRows;
        }

        Table table() {
            return new Table(missing, lines);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cellColumn = -1;
                    cells = new String[READ_COLUMNS.size()];
                    numericCells = new boolean[READ_COLUMNS.size()];
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    cellColumn = ref == null ? cellColumn + 1 : column(ref);
                    cellType = atts.getValue("t");
                    value.setLength(0);
                }
                case "v", "t" -> collecting = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting && value.length() <= MAX_CELL_CHARS) {
                value.append(ch, start, Math.min(length, MAX_CELL_CHARS + 1 - value.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "c" -> cell(text());
                case "row" -> row();
                default -> { }
            }
        }

        private String text() throws SAXException {
            String raw = value.toString();
            if (cellType == null || cellType.equals("n")) {
                if (raw.isBlank()) {
                    return "";
                }
                try {
                    // An extreme exponent stays as written, for the number reader to refuse, rather than being
                    // expanded into a huge plain text here.
                    BigDecimal v = new BigDecimal(raw.trim());
                    return NumberReader.check(v).ok() ? NumberText.plain(v.round(EXCEL_DIGITS)) : raw.trim();
                } catch (NumberFormatException e) {
                    return raw.trim();
                }
            }
            return switch (cellType) {
                case "s" -> {
                    if (strings == null) {
                        yield "";
                    }
                    try {
                        yield strings.getItemAt(Integer.parseInt(raw.trim())).getString().trim();
                    } catch (RuntimeException e) {
                        throw new SAXException("bad shared string index " + raw);
                    }
                }
                case "b" -> raw.trim().equals("1") ? "ya" : "tidak";
                default -> raw.trim();
            };
        }

        private void cell(String text) {
            if (!headerSeen) {
                while (headerCells.size() < cellColumn) {
                    headerCells.add("");
                }
                if (cellColumn < 200) {
                    headerCells.add(text.toLowerCase(Locale.ROOT));
                }
                return;
            }
            Integer i = wanted.get(cellColumn);
            if (i != null && !text.isEmpty()) {
                cells[i] = text;
                numericCells[i] = cellType == null || cellType.equals("n");
            }
        }

        private void row() throws SAXException {
            if (!headerSeen) {
                headerSeen = true;
                List<String> absent = new ArrayList<>();
                for (int i = 0; i < READ_COLUMNS.size(); i++) {
                    int c = headerCells.indexOf(READ_COLUMNS.get(i));
                    if (c < 0) {
                        absent.add(READ_COLUMNS.get(i));
                    } else {
                        wanted.put(c, i);
                    }
                }
                missing = List.copyOf(absent);
                return;
            }
            if (Arrays.stream(cells).allMatch(c -> c == null)) {
                return;
            }
            if (lines.size() >= maxRows) {
                throw new SAXException(new TooLarge("rep.import.overRows", maxRows));
            }
            lines.add(new Line(rowNumber, cells, numericCells));
        }

        /** "AB12" -> 27 (zero-based). */
        private static int column(String ref) {
            int c = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch < 'A' || ch > 'Z') {
                    break;
                }
                c = c * 26 + (ch - 'A' + 1);
            }
            return c - 1;
        }
    }
}
