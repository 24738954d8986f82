package id.matagaruda.geoparse;

/** A place name resolved to a region code, or recognised as outside today's Indonesia, or not recognised. */
public record PlaceName(Status status, String kode) {

    public enum Status { WILAYAH, LUAR_INDONESIA, TIDAK_DIKENALI }

    public static PlaceName of(String kode) {
        return new PlaceName(Status.WILAYAH, kode);
    }

    public static final PlaceName OUTSIDE = new PlaceName(Status.LUAR_INDONESIA, null);
    public static final PlaceName UNKNOWN = new PlaceName(Status.TIDAK_DIKENALI, null);
}
