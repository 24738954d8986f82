package id.matagaruda.geoparse.internal;

/**
 * A region the gazetteer can name. {@code kabkota} is the kab/kota the place lies in (itself for a kab/kota, null for a
 * province); {@code provinsi} is always set.
 */
public record Place(String kode, String nama, Level level, String kabkota, String provinsi, boolean kota) {

    public enum Level { PROVINSI, KABKOTA, KECAMATAN }

    /** The code a result may carry: a kecamatan is reported as its kab/kota. */
    public String resultKode() {
        return level == Level.KECAMATAN ? kabkota : kode;
    }
}
