package id.matagaruda.indicator;

import java.util.List;

/** An indicator in the cascade tree (pohon kinerja) with the indicators that carry it. */
public record CascadeNode(String kode, String nama, Tingkat tingkat, String kodeWilayah, String satuan,
        List<CascadeNode> children) {}
