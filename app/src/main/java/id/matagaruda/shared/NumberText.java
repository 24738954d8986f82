package id.matagaruda.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one way numbers are written for people: Indonesian {@code 1.234,5} in Bahasa Indonesia, {@code 1,234.5} in
 * English. Whatever this writes, {@link NumberReader} reads back to the same value in the same language, so a value
 * shown in the grid can be saved again untouched. Writing is exact unless a number of decimals is asked for; then it
 * rounds half up, as the reports and capaian do.
 */
public final class NumberText {

    private NumberText() {}

    /** Every decimal {@code value} carries (trailing zeros dropped), grouped by thousands; "—" for null. */
    public static String format(BigDecimal value, Locale locale) {
        return value == null ? "—" : write(value.stripTrailingZeros(), NumberReader.Style.of(locale));
    }

    /** At most {@code maxDecimals} decimals (half up, trailing zeros dropped): 1.234,5 for {@code #,##0.####}. */
    public static String format(BigDecimal value, Locale locale, int maxDecimals) {
        if (value == null) {
            return "—";
        }
        return format(value.setScale(Math.max(maxDecimals, 0), RoundingMode.HALF_UP), locale);
    }

    /** As {@link #format(BigDecimal, Locale, int)} for a computed double; "—" when it is no finite number. */
    public static String format(double value, Locale locale, int maxDecimals) {
        return Double.isFinite(value) ? format(BigDecimal.valueOf(value), locale, maxDecimals) : "—";
    }

    /** Exactly {@code decimals} decimals (half up): 58,20 stays 58,20 so it is not read as less precise. */
    public static String fixed(BigDecimal value, Locale locale, int decimals) {
        if (value == null) {
            return "—";
        }
        return write(value.setScale(Math.max(decimals, 0), RoundingMode.HALF_UP), NumberReader.Style.of(locale));
    }

    /** As {@link #fixed(BigDecimal, Locale, int)} for a computed double; "—" when it is no finite number. */
    public static String fixed(double value, Locale locale, int decimals) {
        return Double.isFinite(value) ? fixed(BigDecimal.valueOf(value), locale, decimals) : "—";
    }

    /** The value as an entry cell shows it: exact and in the user's style; empty for null. */
    public static String input(BigDecimal value, Locale locale) {
        return value == null ? "" : write(value.stripTrailingZeros(), NumberReader.Style.of(locale));
    }

    /**
     * Machine text for files a person may import again (CSV, XLSX text): no grouping, decimal point, no exponent, no
     * trailing zeros, except that a value with exactly three decimals gets a fourth zero ({@code 1.2340}): a point
     * before exactly three digits is thousands grouping in Indonesian, so {@code 1.234} would come back as 1234. Text
     * written here reads back to the same value in every {@link NumberReader.Style}.
     */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal s = value.stripTrailingZeros();
        s = s.scale() < 0 ? s.setScale(0) : s.scale() == 3 ? s.setScale(4) : s;
        return s.toPlainString();
    }

    /** As {@link #plain(BigDecimal)} for a double, written with its shortest exact decimal form. */
    public static String plain(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    static String write(BigDecimal value, NumberReader.Style style) {
        BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
        String digits = v.abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);
        char group = style == NumberReader.Style.ENGLISH ? ',' : '.';
        char decimal = style == NumberReader.Style.ENGLISH ? '.' : ',';
        StringBuilder out = new StringBuilder(digits.length() + whole.length() / 3 + 2);
        if (v.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0 && style != NumberReader.Style.PLAIN) {
                out.append(group);
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(style == NumberReader.Style.PLAIN ? '.' : decimal).append(fraction);
        }
        return out.toString();
    }
}
