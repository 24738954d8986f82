package id.matagaruda.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How often an indicator is reported: yearly, per semester or per quarter. */
public enum Frekuensi {
    TAHUNAN, SEMESTERAN, TRIWULANAN;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Frekuensi> fromCode(String s) {
        return Arrays.stream(values()).filter(t -> t.code().equals(s == null ? "" : s.trim().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }
}
