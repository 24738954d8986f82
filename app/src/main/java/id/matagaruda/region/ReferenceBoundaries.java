package id.matagaruda.region;

import id.matagaruda.region.internal.BoundaryIndex;
import java.util.Optional;

/**
 * Point location over the shipped kab/kota boundaries without a database or Spring context, for tools that work on
 * files alone (the geoparser, the risk backtest). The polygons are read on the first {@link #locate} call.
 */
public final class ReferenceBoundaries {

    private static volatile ReferenceBoundaries shipped;

    private final BoundaryIndex index;
    private final ReferenceRegions regions;

    private ReferenceBoundaries(BoundaryIndex index, ReferenceRegions regions) {
        this.index = index;
        this.regions = regions;
    }

    public static ReferenceBoundaries shipped() {
        ReferenceBoundaries b = shipped;
        if (b == null) {
            synchronized (ReferenceBoundaries.class) {
                b = shipped;
                if (b == null) {
                    b = new ReferenceBoundaries(BoundaryIndex.standalone(), ReferenceRegions.shipped());
                    shipped = b;
                }
            }
        }
        return b;
    }

    /**
     * The kab/kota containing a WGS84 coordinate (method as in {@link Location}); empty outside Indonesia and for
     * coordinates that are not numbers or out of range.
     */
    public Optional<Location> locate(double lat, double lon) {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90 || !Double.isFinite(lon) || lon < -180 || lon > 180) {
            return Optional.empty();
        }
        return index.locate(lat, lon).flatMap(hit -> regions.find(hit.kabkotaKode()).map(kabkota -> {
            Region provinsi = regions.find(kabkota.parent()).orElseThrow();
            String method = hit.approximateCentre() ? "titik_pusat" : hit.exact() ? "poligon" : "pantai";
            return new Location(lat, lon, kabkota, provinsi, method);
        }));
    }
}
