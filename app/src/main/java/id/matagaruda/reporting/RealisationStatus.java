package id.matagaruda.reporting;

import com.fasterxml.jackson.annotation.JsonValue;

/** draft -> diajukan -> disetujui (locked) or dikembalikan (with a reason) -> draft again when corrected. */
public enum RealisationStatus {
    DRAFT, DIAJUKAN, DISETUJUI, DIKEMBALIKAN;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<RealisationStatus> fromCode(String s) {
        return java.util.Arrays.stream(values()).filter(v -> v.code().equalsIgnoreCase(s == null ? "" : s.trim()))
                .findFirst();
    }
}
