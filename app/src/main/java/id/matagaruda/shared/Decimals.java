package id.matagaruda.shared;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numbers as operators type them: "72,5", "72.5", "1.234,5" or "1,234.5" (the last separator is the decimal one), so a
 * value pasted from an Indonesian Excel means the same as one typed with a decimal point.
 */
public final class Decimals {

    private Decimals() {}

    /**
     * A JSON value that may be a number or a text such as "76,5"; null for a missing value; otherwise 400 naming
     * {@code field}.
     */
    public static BigDecimal of(tools.jackson.databind.JsonNode value, String field) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        return parse(value.asString()).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of(field, "validation.number", value.asString())));
    }

    /** The number, or empty when the text is not one. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim().replace(" ", "").replace("\u00a0", "");
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        return s.matches("-?\\d+(\\.\\d+)?") ? Optional.of(new BigDecimal(s)) : Optional.empty();
    }
}
