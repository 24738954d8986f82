package id.matagaruda.region;

import java.math.BigDecimal;

/**
 * One region of the active code version. {@code parent} is null for a province; population (Dukcapil, Dec 2024) and
 * area (BIG, km2) are known for the nation, provinces and kab/kota only.
 */
public record Region(
        String kode,
        String nama,
        RegionLevel level,
        String parent,
        String jenis,
        Long population,
        BigDecimal areaKm2) {

    public RegionCode code() {
        return RegionCode.of(kode);
    }

    /** Inhabitants per km2, or null where either figure is unknown. */
    public Double density() {
        if (population == null || areaKm2 == null || areaKm2.signum() == 0) {
            return null;
        }
        return population / areaKm2.doubleValue();
    }
}
