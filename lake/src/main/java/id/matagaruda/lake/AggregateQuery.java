package id.matagaruda.lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The aggregation SQL for a level and a period, identical text for every engine. */
public final class AggregateQuery {

    public enum Level {
        PROVINSI("kode_provinsi"), KABKOTA("kode_kabkota");

        final String column;

        Level(String column) {
            this.column = column;
        }

        /** The name users type: {@code provinsi} or {@code kabkota}. */
        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * A level from its name, case-insensitive.
         *
         * @throws IllegalArgumentException naming the allowed values, in Indonesian and English
         */
        public static Level parse(String s) {
            String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT).replace("/", "");
            for (Level l : values()) {
                if (l.option().equals(v)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("harus salah satu dari " + choices(values()) + ", bukan '" + s
                    + "' / must be one of " + choices(values()));
        }
    }

    public enum Period {
        WEEK("minggu"), MONTH("bulan"), YEAR("tahun");

        final String column;

        Period(String column) {
            this.column = column;
        }

        /** The name users type: {@code week}, {@code month} or {@code year}. */
        public String option() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * A period from its English name or the Indonesian column name ({@code minggu}, {@code bulan}, {@code tahun}).
         *
         * @throws IllegalArgumentException naming the allowed values, in Indonesian and English
         */
        public static Period parse(String s) {
            String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
            for (Period p : values()) {
                if (p.option().equals(v) || p.column.equals(v)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("harus salah satu dari " + choices(values()) + ", bukan '" + s
                    + "' / must be one of " + choices(values()));
        }
    }

    /** One output row of the aggregation, whichever engine computed it. */
    public record Row(String kodeWilayah, String periode, String kategori, long jumlah, Long penduduk) {

        public String csvLine() {
            return AggregateQuery.csvLine(kodeWilayah, periode, kategori, jumlah, penduduk);
        }
    }

    /** The header of the aggregate CSV both engines write. */
    public static final String CSV_HEADER = "kode_wilayah,periode,kategori,jumlah,penduduk,per_100rb";

    /**
     * A {@code penduduk} view with the right columns and no rows, for a lake without its population file; valid SQL for
     * both engines ({@code STRING} is an alias of {@code VARCHAR} in DuckDB).
     */
    public static final String EMPTY_POPULATION_SQL =
            "SELECT CAST(NULL AS STRING) AS kode_wilayah, CAST(NULL AS BIGINT) AS penduduk WHERE 1 = 0";

    private static final String TEMPLATE = read();

    private AggregateQuery() {
    }

    public static String sql(Level level, Period period) {
        return TEMPLATE.replace("${region}", level.column).replace("${period}", period.column);
    }

    /**
     * One CSV line from a result row, formatted the same way whichever engine produced it: the rate per 100,000 people
     * with four decimals (half-up), empty when the population is unknown.
     */
    public static String csvLine(String kode, String periode, String kategori, long jumlah, Long penduduk) {
        String rate = penduduk == null || penduduk <= 0 ? ""
                : new BigDecimal(jumlah).multiply(BigDecimal.valueOf(100_000))
                        .divide(BigDecimal.valueOf(penduduk), 4, RoundingMode.HALF_UP).toPlainString();
        return String.join(",", field(kode), field(periode), field(kategori), Long.toString(jumlah),
                penduduk == null ? "" : penduduk.toString(), rate);
    }

    /** The header and one line per row, {@code \n}-terminated, UTF-8; the stream is flushed, not closed. */
    public static void writeCsv(Iterable<Row> rows, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(CSV_HEADER);
            w.write('\n');
            for (Row r : rows) {
                w.write(r.csvLine());
                w.write('\n');
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Category names come from the ingestion; quote one should it ever carry a comma, quote or line break. */
    private static String field(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String choices(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"));
    }

    private static String read() {
        try (InputStream in = AggregateQuery.class.getResourceAsStream("aggregate.sql")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            StringBuilder sql = new StringBuilder();
            for (String line : text.split("\n")) {
                if (!line.startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            return sql.toString().trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
