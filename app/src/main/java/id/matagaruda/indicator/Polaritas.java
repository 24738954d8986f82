package id.matagaruda.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Whether a higher value is better (positif) or worse (negatif), as SAKIP defines it. */
public enum Polaritas {
    POSITIF, NEGATIF;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Polaritas> fromCode(String s) {
        return Arrays.stream(values()).filter(t -> t.code().equals(s == null ? "" : s.trim().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }

    /** True when {@code candidate} is strictly better than {@code reference} under this polarity. */
    public boolean better(java.math.BigDecimal candidate, java.math.BigDecimal reference) {
        int c = candidate.compareTo(reference);
        return this == POSITIF ? c > 0 : c < 0;
    }
}
