package id.matagaruda.forecast.internal;

import id.matagaruda.forecast.RiskSettings.Granularity;

/**
 * Periods as consecutive integers so that "the previous 12 periods" is plain arithmetic: a year is itself, a month is
 * {@code year * 12 + month - 1}.
 */
public final class Periods {

    private Periods() {
    }

    /** The period of a date of 4, 7 or 10 characters, or null when the date is coarser than the period (a bare year). */
    public static Integer of(String tanggal, Granularity g) {
        int year = Integer.parseInt(tanggal.substring(0, 4));
        if (g == Granularity.YEAR) {
            return year;
        }
        if (tanggal.length() < 7) {
            return null;
        }
        return year * 12 + Integer.parseInt(tanggal.substring(5, 7)) - 1;
    }

    public static int parse(String label, Granularity g) {
        Integer p = of(label, g);
        if (p == null) {
            throw new IllegalArgumentException("period " + label + " is not a " + g);
        }
        return p;
    }

    public static String label(int period, Granularity g) {
        return g == Granularity.YEAR ? Integer.toString(period)
                : String.format("%04d-%02d", Math.floorDiv(period, 12), Math.floorMod(period, 12) + 1);
    }

    /** The label of the h periods from {@code start}: "2024" for one period, "2024-01/2024-03" for several. */
    public static String window(int start, int h, Granularity g) {
        return h == 1 ? label(start, g) : label(start, g) + "/" + label(start + h - 1, g);
    }

    public static int year(int period, Granularity g) {
        return g == Granularity.YEAR ? period : Math.floorDiv(period, 12);
    }
}
