package id.matagaruda.access;

/**
 * What access needs to know of the region code table, implemented by the region module, so that accounts are bound
 * only to codes that exist without access depending on region.
 */
public interface KnownRegions {

    boolean exists(String kode);

    /** The region's display name, or the code itself when unknown. */
    String name(String kode);
}
