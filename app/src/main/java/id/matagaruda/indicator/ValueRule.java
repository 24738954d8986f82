package id.matagaruda.indicator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The hard rule a reported value of one indicator must satisfy: its range (either side may be open), the decimals it
 * may carry and whether it must be a whole number. {@code source} says where the range came from: the unit rules
 * ({@code unit-rules v1: persen}) or a range the catalogue declares for this indicator or its cascade parent.
 */
public record ValueRule(String satuan, BigDecimal min, BigDecimal max, int decimals, boolean wholeNumber,
        String reference, String declaredBy) {

    /** How a value breaks the rule. */
    public enum Breach { BELOW_MIN, ABOVE_MAX, NOT_WHOLE, TOO_MANY_DECIMALS }

    /** The first way {@code value} breaks the rule, if any: range first, then whole number, then decimals. */
    public Optional<Breach> breach(BigDecimal value) {
        if (min != null && value.compareTo(min) < 0) {
            return Optional.of(Breach.BELOW_MIN);
        }
        if (max != null && value.compareTo(max) > 0) {
            return Optional.of(Breach.ABOVE_MAX);
        }
        int scale = decimalsOf(value);
        if (wholeNumber && scale > 0) {
            return Optional.of(Breach.NOT_WHOLE);
        }
        if (scale > decimals) {
            return Optional.of(Breach.TOO_MANY_DECIMALS);
        }
        return Optional.empty();
    }

    /** The decimals a value really carries (12.50 has one, 1E+3 none), counted as the number reader counts them. */
    public static int decimalsOf(BigDecimal value) {
        return id.matagaruda.shared.NumberReader.decimals(value);
    }

    /** Who set the range: the catalogue row ({@code declaredBy} = its code) or the unit rule alone (null). */
    public boolean declared() {
        return declaredBy != null;
    }
}
