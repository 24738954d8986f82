package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a missing indicator value becomes: nothing (the result is missing), the mean of its sibling indicators' normalised
 * values in the same region and year, or the last value known for the same region in an earlier year.
 */
public enum Imputation {
    NONE("none"),
    SIBLING_MEAN("sibling_mean"),
    LAST_KNOWN("last_known");

    private final String code;

    Imputation(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Imputation> fromCode(String code) {
        return Arrays.stream(values()).filter(i -> i.code.equals(code)).findFirst();
    }
}
