package id.matagaruda.indicator;

import id.matagaruda.indicator.internal.CatalogueXlsx;
import id.matagaruda.shared.NumberText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the catalogue exchange format (CSV, XLSX, the operators' XLSX template) and the sync and suggestion reports. */
public final class CatalogueFiles {

    private CatalogueFiles() {}

    public static void writeCsv(List<CatalogueRow> rows, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>(CatalogueRow.COLUMNS);
        header.addAll(CatalogueRow.OPTIONAL_COLUMNS);
        try (CSVPrinter csv = printer(out, header)) {
            for (CatalogueRow r : rows) {
                csv.printRecord(cells(r));
            }
        }
    }

    public static void writeXlsx(List<CatalogueRow> rows, OutputStream out) throws IOException {
        CatalogueXlsx.write(rows, out);
    }

    public static void template(OutputStream out, List<String> regionCodes, List<String> indicatorCodes) throws IOException {
        CatalogueXlsx.template(out, regionCodes, indicatorCodes);
    }

    public static void writeReportCsv(List<SyncReportRow> report, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out, SyncReportRow.COLUMNS)) {
            for (SyncReportRow r : report) {
                csv.printRecord(r.kodeWilayah(), r.kodeIndikatorNasional(), r.kodeIndikatorDaerah(), r.status().code(),
                        r.keterangan());
            }
        }
    }

    public static void writeReportXlsx(List<SyncReportRow> report, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (SyncReportRow r : report) {
            rows.add(java.util.Arrays.asList(r.kodeWilayah(), r.kodeIndikatorNasional(), r.kodeIndikatorDaerah(),
                    r.status().code(), r.keterangan()));
        }
        CatalogueXlsx.writeTable("Sinkronisasi", SyncReportRow.COLUMNS, rows, out);
    }

    public static final List<String> SUGGESTION_COLUMNS = List.of("kode_indikator_daerah", "saran_kode_nasional", "skor",
            "peringkat");

    public static void writeSuggestionsCsv(List<LinkSuggestion> suggestions, OutputStream out) throws IOException {
        try (CSVPrinter csv = printer(out, SUGGESTION_COLUMNS)) {
            for (LinkSuggestion s : suggestions) {
                csv.printRecord(s.kodeIndikatorDaerah(), s.saranKodeNasional(), String.format(java.util.Locale.ROOT,
                        "%.3f", s.skor()), s.peringkat());
            }
        }
    }

    /** The text of a number as both CSV and XLSX exports write it. */
    public static String number(BigDecimal v) {
        return NumberText.plain(v);
    }

    static List<String> cells(CatalogueRow r) {
        List<String> c = new ArrayList<>();
        c.add(r.kode());
        c.add(r.nama());
        c.add(r.tingkat().code());
        c.add(r.kodeWilayah());
        c.add(r.satuan());
        c.add(r.polaritas().code());
        c.add(r.frekuensi().code());
        c.add(number(r.baseline()));
        for (int y = CatalogueRow.FIRST_YEAR; y <= CatalogueRow.LAST_YEAR; y++) {
            c.add(number(r.targets().get(y)));
        }
        c.add(r.kodeInduk() == null ? "" : r.kodeInduk());
        c.add(r.tingkat() == Tingkat.NASIONAL ? (r.wajibDaerah() ? "ya" : "tidak") : "");
        c.add(r.definisi() == null ? "" : r.definisi());
        c.add(String.join("; ", r.dataDukung()));
        c.add(r.kumulatif() ? "ya" : "tidak");
        c.add(nullToEmpty(r.details().formula()));
        c.add(nullToEmpty(r.details().sumberData()));
        c.add(nullToEmpty(r.details().penanggungJawab()));
        c.add(r.details().tahunBaseline() == null ? "" : String.valueOf(r.details().tahunBaseline()));
        c.add(number(r.details().nilaiMin()));
        c.add(number(r.details().nilaiMaks()));
        c.add(r.details().desimal() == null ? "" : String.valueOf(r.details().desimal()));
        return c;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static CSVPrinter printer(OutputStream out, List<String> header) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    }
}
