package id.matagaruda.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The CSV files of the index engine: computed values with provenance, and rank intervals. */
public final class IndexFiles {

    public static final List<String> RESULT_COLUMNS = List.of("kode_wilayah", "tahun", "indeks", "nilai", "kategori",
            "spesifikasi", "alasan", "diimputasi", "asal", "masukan");
    public static final List<String> SENSITIVITY_COLUMNS = List.of("kode_wilayah", "tahun", "nilai", "peringkat",
            "peringkat_p05", "peringkat_p95", "peringkat_median");

    private IndexFiles() {}

    public static void writeResults(List<IndexResult> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(RESULT_COLUMNS);
            for (IndexResult r : rows) {
                csv.printRecord(r.kodeWilayah(), r.tahun(), r.indeks(), text(r.nilai()), nz(r.kategori()), r.spesifikasi(),
                        nz(r.alasan()), String.join("; ", r.diimputasi()), r.asal(), inputs(r.masukan()));
            }
        }
    }

    public static void writeSensitivity(SensitivityReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(SENSITIVITY_COLUMNS);
            for (SensitivityReport.Row r : report.rows()) {
                csv.printRecord(r.kodeWilayah(), r.tahun(), text(r.nilai()), nz(r.peringkat()), nz(r.peringkatP05()),
                        nz(r.peringkatP95()), nz(r.peringkatMedian()));
            }
        }
    }

    /** Inputs as {@code id=value} pairs, so an auditor can recompute the row from the file alone. */
    static String inputs(Map<String, Double> inputs) {
        return inputs.entrySet().stream().map(e -> e.getKey() + "=" + plain(e.getValue())).collect(Collectors.joining("; "));
    }

    public static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    private static String nz(Object v) {
        return v == null ? "" : v.toString();
    }
}
