package id.matagaruda.region;

/**
 * Where a coordinate lies: its kab/kota and province. {@code method} is {@code poligon} (inside the boundary),
 * {@code pantai} (just outside a simplified coastline, nearest kab/kota taken) or {@code titik_pusat} (near the
 * approximate centre of a kab/kota that has no polygon).
 */
public record Location(double lat, double lon, Region kabkota, Region provinsi, String method) {}
