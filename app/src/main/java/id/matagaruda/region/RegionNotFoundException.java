package id.matagaruda.region;

import id.matagaruda.shared.NotFoundException;

/** A well-formed code that the active code table does not contain. */
public class RegionNotFoundException extends NotFoundException {

    public RegionNotFoundException(String kode) {
        super("region.notfound", kode);
    }
}
