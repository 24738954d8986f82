package id.matagaruda.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The government level an indicator belongs to. */
public enum Tingkat {
    NASIONAL, PROVINSI, KABKOTA;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Tingkat> fromCode(String s) {
        return Arrays.stream(values()).filter(t -> t.code().equals(s == null ? "" : s.trim().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }
}
