package id.matagaruda.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeMap;

/** Catalogue rows built in code for the indicator tests. */
final class Fixtures {

    private Fixtures() {}

    static CatalogueRow national(String kode, String nama, String satuan, Polaritas p, Double baseline, boolean wajib,
            Double... targets) {
        return row(kode, nama, Tingkat.NASIONAL, "00", satuan, p, baseline, null, wajib, targets);
    }

    static CatalogueRow regional(String kode, Tingkat tingkat, String wilayah, String satuan, Polaritas p, Double baseline,
            String induk, Double... targets) {
        return row(kode, "Indikator " + kode, tingkat, wilayah, satuan, p, baseline, induk, false, targets);
    }

    static CatalogueRow row(String kode, String nama, Tingkat tingkat, String wilayah, String satuan, Polaritas p,
            Double baseline, String induk, boolean wajib, Double... targets) {
        TreeMap<Integer, BigDecimal> t = new TreeMap<>();
        for (int i = 0; i < 5; i++) {
            t.put(2025 + i, i < targets.length && targets[i] != null ? BigDecimal.valueOf(targets[i]) : null);
        }
        return new CatalogueRow(0, kode, nama, tingkat, wilayah, satuan, p, Frekuensi.TAHUNAN,
                baseline == null ? null : BigDecimal.valueOf(baseline), t, induk, wajib, null, List.of());
    }
}
