package id.matagaruda.indicator;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The outcome of checking one national indicator against one region's plan. When several defects apply, the first in
 * this order (after {@code SELARAS}) is reported.
 */
public enum SyncStatus {
    SELARAS, BELUM_ADA, SATUAN_BERBEDA, POLARITAS_BERBEDA, TARGET_KOSONG, TARGET_TIDAK_MENINGKAT, AGREGAT_KURANG;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
