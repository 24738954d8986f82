package id.matagaruda.region;

import java.math.BigDecimal;
import java.util.List;

/** A region with what its profile shows: where it lies, what it contains, its aliases and the code version. */
public record RegionDetail(
        String kode,
        String nama,
        RegionLevel level,
        String parent,
        String jenis,
        Long population,
        BigDecimal areaKm2,
        Double density,
        List<Region> ancestors,
        List<String> children,
        int childCount,
        List<String> aliases,
        String codeVersion) {}
