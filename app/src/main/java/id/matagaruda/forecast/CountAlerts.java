package id.matagaruda.forecast;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.forecast.internal.SpikeDetector;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Spike alerts on a file of counts ({@code kode_wilayah,periode,jumlah}): each series is ordered by its period strings
 * and its last period is tested against the periods before it, with the settings of {@code methodology/spike-test.yaml}.
 * A period absent from a series is absent, not zero (periods are plain strings): a file must list its zeros.
 */
public final class CountAlerts {

    /** What this file is called in the summary of a refusal. */
    static final String SUBJECT = "import.subject.eventFile";

    public static final List<String> INPUT_COLUMNS = List.of("kode_wilayah", "periode", "jumlah");
    public static final String CSV_HEADER = "kode_wilayah,periode,jumlah,diharapkan,p_value,tingkat";

    /** One count of a region in a period. */
    public record Count(String kodeWilayah, String periode, int jumlah) {}

    /** An alert: the last period's count, its expectation, the p-value and the level word (methodology's words). */
    public record CountAlert(String kodeWilayah, String periode, int jumlah, double diharapkan, double pValue,
            String tingkat) {}

    /**
     * The run: alerts (by region code), series seen, series tested, series too short to test, the pooled dispersion
     * every region was shrunk towards and the methodology reference ("spike-test v1").
     */
    public record Outcome(List<CountAlert> alerts, int series, int tested, int tooShort, double pooledDispersion,
            String metodologi) {}

    private CountAlerts() {
    }

    /** Reads and validates the whole file; any wrong row rejects it with every problem (row 1 is the header). */
    public static List<Count> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get();
        List<CSVRecord> records;
        try (CSVParser csv = CSVParser.parse(reader, format)) {
            records = csv.getRecords();
        }
        if (records.isEmpty()) {
            throw new FileRejectedException(SUBJECT, List.of(RowProblem.of(1, "", "risk.file.empty")));
        }
        CSVRecord header = records.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
        }
        List<RowProblem> problems = new ArrayList<>();
        for (String c : INPUT_COLUMNS) {
            if (!columns.containsKey(c)) {
                problems.add(RowProblem.of(1, c, "risk.file.missingColumn", c));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(SUBJECT, problems);
        }
        int kodeAt = columns.get("kode_wilayah");
        int periodeAt = columns.get("periode");
        int jumlahAt = columns.get("jumlah");
        List<Count> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            long line = r.getRecordNumber();
            String kode = cell(r, kodeAt);
            String periode = cell(r, periodeAt);
            String jumlah = cell(r, jumlahAt);
            boolean ok = true;
            if (kode.isEmpty()) {
                problems.add(RowProblem.of((int) line, "kode_wilayah", "risk.file.blank"));
                ok = false;
            }
            if (periode.isEmpty()) {
                problems.add(RowProblem.of((int) line, "periode", "risk.file.blank"));
                ok = false;
            }
            int n = -1;
            try {
                n = Integer.parseInt(jumlah);
                if (n < 0) {
                    problems.add(RowProblem.of((int) line, "jumlah", "risk.file.negative", jumlah));
                    ok = false;
                }
            } catch (NumberFormatException e) {
                problems.add(jumlah.isEmpty() ? RowProblem.of((int) line, "jumlah", "risk.file.blank")
                        : RowProblem.of((int) line, "jumlah", "risk.file.notInteger", jumlah));
                ok = false;
            }
            if (!kode.isEmpty() && !periode.isEmpty()) {
                Long first = seen.putIfAbsent(kode + "\u0000" + periode, line);
                if (first != null) {
                    problems.add(RowProblem.of((int) line, "periode", "risk.file.duplicatePeriod", kode, periode, String.valueOf(first)));
                    ok = false;
                }
            }
            if (ok) {
                out.add(new Count(kode, periode, n));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRejectedException(SUBJECT, problems);
        }
        return out;
    }

    private static String cell(CSVRecord r, int at) {
        return at < r.size() ? r.get(at).trim() : "";
    }

    /** Tests the last period of every series with the shipped methodology. */
    public static Outcome detect(List<Count> counts) {
        SpikeDetector.Settings settings = SpikeDetector.Settings.shipped();
        Map<String, TreeMap<String, Integer>> series = new LinkedHashMap<>();
        for (Count c : counts) {
            series.computeIfAbsent(c.kodeWilayah(), k -> new TreeMap<>()).put(c.periode(), c.jumlah());
        }
        Map<String, double[]> values = new TreeMap<>();
        List<Double> own = new ArrayList<>();
        series.forEach((kode, byPeriod) -> {
            double[] v = byPeriod.values().stream().mapToDouble(Integer::doubleValue).toArray();
            values.put(kode, v);
            own.add(SpikeDetector.ownDispersion(v, settings.poolDefault(), settings));
        });
        double pooled = SpikeDetector.pooledDispersion(own, settings);
        List<CountAlert> alerts = new ArrayList<>();
        int tested = 0;
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            SpikeDetector.Result r = SpikeDetector.evaluate(e.getValue(), 0, pooled, settings);
            if (r == null) {
                continue;
            }
            tested++;
            if (r.alert()) {
                alerts.add(new CountAlert(e.getKey(), series.get(e.getKey()).lastKey(), r.count(), r.expected(),
                        r.pValue(), r.level()));
            }
        }
        return new Outcome(alerts, values.size(), tested, values.size() - tested, pooled, settings.reference());
    }
}
