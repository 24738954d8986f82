package id.matagaruda.lake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The aggregation SQL for a level and a period, identical text for every engine. */
public final class AggregateQuery {

    public enum Level {
        PROVINSI("kode_provinsi"), KABKOTA("kode_kabkota");

        final String column;

        Level(String column) {
            this.column = column;
        }

        public static Level parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    public enum Period {
        WEEK("minggu"), MONTH("bulan"), YEAR("tahun");

        final String column;

        Period(String column) {
            this.column = column;
        }

        public static Period parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** The header of the aggregate CSV both engines write. */
    public static final String CSV_HEADER = "kode_wilayah,periode,kategori,jumlah,penduduk,per_100rb";

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
                : new java.math.BigDecimal(jumlah).multiply(java.math.BigDecimal.valueOf(100_000))
                        .divide(java.math.BigDecimal.valueOf(penduduk), 4, java.math.RoundingMode.HALF_UP).toPlainString();
        return String.join(",", kode, periode, kategori == null ? "" : kategori, Long.toString(jumlah),
                penduduk == null ? "" : penduduk.toString(), rate);
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
