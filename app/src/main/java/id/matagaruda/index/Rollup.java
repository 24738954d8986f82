package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How kab/kota values become a province value, and province values the national one. */
public enum Rollup {
    POPULATION_WEIGHTED("population_weighted"),
    MEAN("mean"),
    NONE("none");

    private final String code;

    Rollup(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Rollup> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
