package id.matagaruda.reporting;

import id.matagaruda.indicator.Frekuensi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as users write it: {@code 2025} (a year), {@code 2025-S1} (a semester) or {@code 2025-Q3} (a
 * quarter). The indicator's frequency says which of the three it reports in.
 */
public record Period(int year, Frekuensi frekuensi, int part) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(S[12]|Q[1-4]))?");

    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return Optional.of(new Period(year, Frekuensi.TAHUNAN, 1));
        }
        int part = m.group(2).charAt(1) - '0';
        return Optional.of(new Period(year, m.group(2).startsWith("S") ? Frekuensi.SEMESTERAN : Frekuensi.TRIWULANAN, part));
    }

    /** How many periods of this kind a year has (1, 2 or 4). */
    public int perYear() {
        return switch (frekuensi) {
            case TAHUNAN -> 1;
            case SEMESTERAN -> 2;
            case TRIWULANAN -> 4;
        };
    }

    /** Every period of a year for a frequency, in order. */
    public static List<Period> of(int year, Frekuensi frekuensi) {
        List<Period> out = new ArrayList<>();
        int n = new Period(year, frekuensi, 1).perYear();
        for (int i = 1; i <= n; i++) {
            out.add(new Period(year, frekuensi, i));
        }
        return out;
    }

    /**
     * The default due date: one month after the period ends (the 31st of January for the year and the last
     * semester/quarter), unless a date is set for the period in the reporting calendar.
     */
    public LocalDate defaultDueDate() {
        int endMonth = 12 / perYear() * part;
        return LocalDate.of(year, endMonth, 1).plusMonths(2).minusDays(1);
    }

    @Override
    public String toString() {
        return switch (frekuensi) {
            case TAHUNAN -> String.valueOf(year);
            case SEMESTERAN -> year + "-S" + part;
            case TRIWULANAN -> year + "-Q" + part;
        };
    }
}
