package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How the weighted children of a node become its value; weights are always divided by their sum first. */
public enum Aggregation {
    ARITHMETIC("arithmetic"),
    GEOMETRIC("geometric"),
    HARMONIC("harmonic");

    private final String code;

    Aggregation(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Aggregation> fromCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
