package id.matagaruda.index;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Whether a higher indicator value moves the index up (positif) or down (negatif). */
public enum Polarity {
    POSITIF("positif"),
    NEGATIF("negatif");

    private final String code;

    Polarity(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<Polarity> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
