package id.matagaruda.region;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The four administrative levels of a Kemendagri code, plus the nation as the root of every scope. */
public enum RegionLevel {
    NASIONAL("nasional"),
    PROVINSI("provinsi"),
    KABKOTA("kabkota"),
    KECAMATAN("kecamatan"),
    DESA("desa");

    private final String code;

    RegionLevel(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<RegionLevel> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    public Optional<RegionLevel> child() {
        return this == DESA ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }
}
