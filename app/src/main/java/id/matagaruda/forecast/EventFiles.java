package id.matagaruda.forecast;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads conflict events from CSV: either the plain contract ({@code tanggal,wilayah[,lintang,bujur,kategori,korban]}) or
 * an HXL-tagged file (a row of {@code #tags}, optionally below a row of human headers) as HDX publishes UCDP data, where
 * {@code #date} becomes tanggal, {@code #adm1/#adm2/#loc+name} wilayah, {@code #affected+kill...} korban (UCDP's file
 * truncates the tag to "#affected+kille"), {@code #geo+lat/#geo+lon} the coordinates. A file with any wrong row is
 * rejected whole with every problem listed.
 */
public final class EventFiles {

    /** What this file is called in the summary of a refusal. */
    static final String SUBJECT = "import.subject.eventFile";

    /** The bundled default: UCDP GED events in Indonesia by year and province (see forecast/SOURCES.md). */
    public static final String UCDP_RESOURCE = "forecast/ucdp_indonesia_tahun_provinsi.csv";

    private EventFiles() {
    }

    public static List<ConflictEvent> read(InputStream in) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static List<ConflictEvent> ucdp() {
        try (InputStream in = EventFiles.class.getClassLoader().getResourceAsStream(UCDP_RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static List<ConflictEvent> read(Reader reader) throws IOException {
        String text;
        try (BufferedReader b = new BufferedReader(reader)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = b.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            text = sb.toString().replace("\uFEFF", "");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        List<CSVRecord> records;
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            records = csv.getRecords();
        }
        List<RowProblem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            throw new FileRejectedException(SUBJECT, List.of(RowProblem.of(1, "", "risk.file.empty")));
        }
        int headerRow = 0;
        Map<String, Integer> columns;
        if (isTagRow(records.get(0))) {
            columns = fromTags(records.get(0));
        } else if (records.size() > 1 && isTagRow(records.get(1))) {
            headerRow = 1;
            columns = fromTags(records.get(1));
        } else {
            columns = new HashMap<>();
            CSVRecord h = records.get(0);
            for (int i = 0; i < h.size(); i++) {
                columns.putIfAbsent(h.get(i).trim().toLowerCase(Locale.ROOT), i);
            }
        }
        for (String required : List.of("tanggal", "wilayah")) {
            if (!columns.containsKey(required)) {
                problems.add(RowProblem.of(1, required, "risk.file.missingColumn", required));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(SUBJECT, problems);
        }
        List<ConflictEvent> out = new ArrayList<>(records.size());
        for (int i = headerRow + 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int row = i + 1;
            String tanggal = cell(r, columns.get("tanggal"));
            String wilayah = cell(r, columns.get("wilayah"));
            if (tanggal.isEmpty()) {
                problems.add(RowProblem.of(row, "tanggal", "risk.file.noDate"));
            } else if (!validDate(tanggal)) {
                problems.add(RowProblem.of(row, "tanggal", "risk.file.badDate", tanggal));
            }
            Double lat = number(r, columns.get("lintang"), row, "lintang", -90, 90, problems);
            Double lon = number(r, columns.get("bujur"), row, "bujur", -180, 180, problems);
            Double korban = number(r, columns.get("korban"), row, "korban", 0, Double.MAX_VALUE, problems);
            String kategori = cell(r, columns.get("kategori"));
            out.add(new ConflictEvent(row, tanggal, wilayah, lat, lon,
                    kategori.isEmpty() ? null : kategori.toLowerCase(Locale.ROOT), korban == null ? 0 : korban,
                    emptyToNull(cell(r, columns.get("id"))), emptyToNull(cell(r, columns.get("judul")))));
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(SUBJECT, problems);
        }
        return out;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day. */
    public static boolean validDate(String s) {
        if (!s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        int year = Integer.parseInt(s.substring(0, 4));
        if (year < 1900 || year > 2200) {
            return false;
        }
        if (s.length() >= 7) {
            int month = Integer.parseInt(s.substring(5, 7));
            if (month < 1 || month > 12) {
                return false;
            }
        }
        if (s.length() == 10) {
            try {
                LocalDate.parse(s);
            } catch (DateTimeException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTagRow(CSVRecord r) {
        return r.size() > 0 && r.get(0).trim().startsWith("#");
    }

    private static Map<String, Integer> fromTags(CSVRecord tags) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            String t = tags.get(i).trim().toLowerCase(Locale.ROOT).replace(" ", "");
            String column = null;
            if (t.startsWith("#date")) {
                column = "tanggal";
            } else if (t.matches("#(adm1|adm2|adm3|loc)\\+name.*") || t.equals("#adm1") || t.equals("#adm2")) {
                // the most specific place wins: a kab/kota name beats a province name
                column = columns.containsKey("wilayah") && !t.startsWith("#adm2") && !t.startsWith("#loc")
                        ? null : "wilayah";
            } else if (t.startsWith("#affected+kill") || t.startsWith("#affected+dead")) {
                column = "korban";
            } else if (t.startsWith("#geo+lat")) {
                column = "lintang";
            } else if (t.startsWith("#geo+lon")) {
                column = "bujur";
            } else if (t.startsWith("#event+type") || t.startsWith("#event+category")) {
                column = "kategori";
            } else if (t.startsWith("#event+id")) {
                column = "id";
            }
            if (column != null) {
                columns.put(column, i);
            }
        }
        return columns;
    }

    private static String cell(CSVRecord r, Integer column) {
        return column == null || column >= r.size() ? "" : r.get(column).trim();
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Double number(CSVRecord r, Integer column, int row, String name, double min, double max,
            List<RowProblem> problems) {
        String s = cell(r, column);
        if (s.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(s.replace(',', '.'));
            if (!Double.isFinite(v) || v < min || v > max) {
                problems.add(RowProblem.of(row, name, "risk.file.outOfRange", s));
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(RowProblem.of(row, name, "risk.file.notNumber", s));
            return null;
        }
    }
}
