package id.matagaruda.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A data-quality rule held as data: {@code sisiKiri} (an indicator code, {@code satuan:<unit>} or
 * {@code induk:<code>}), minus the selectors in {@code kecuali}, compared by {@code operator} with a number, an
 * inclusive pair of numbers ({@code between}) or {@code indikatorKanan}, another indicator of the same region and period.
 */
public record ValidationRule(long id, String kode, String deskripsi, String sisiKiri, String kecuali, String operator,
        BigDecimal nilaiKanan, BigDecimal nilaiKananAtas, String indikatorKanan, boolean aktif, int version,
        String updatedBy, OffsetDateTime updatedAt) {

    /** True when {@code left} satisfies the rule; {@code right} is the other indicator's value when the rule names one. */
    public boolean holds(BigDecimal left, BigDecimal right) {
        if (operator.equals("between")) {
            return left.compareTo(nilaiKanan) >= 0 && left.compareTo(nilaiKananAtas) <= 0;
        }
        int c = left.compareTo(right);
        return switch (operator) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            case "=" -> c == 0;
            default -> throw new IllegalStateException("operator " + operator + " of rule " + kode);
        };
    }

    public boolean comparesIndicators() {
        return indikatorKanan != null;
    }
}
