package id.matagaruda.indicator;

import id.matagaruda.indicator.internal.LinkSuggester;
import id.matagaruda.region.Region;
import id.matagaruda.region.ReferenceRegions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The sync check on files alone, with the region codes and population shipped in the jar: no server, no database.
 * The web and API run the same {@link SyncChecker} and suggester on the stored catalogue.
 */
public final class OfflineSync {

    private OfflineSync() {}

    public static List<CatalogueRow> read(Path file) throws IOException {
        ReferenceRegions regions = ReferenceRegions.shipped();
        try (InputStream in = Files.newInputStream(file)) {
            return new CatalogueReader(regions::find, Map.of()).read(in);
        }
    }

    public static List<SyncReportRow> check(List<CatalogueRow> rows) {
        ReferenceRegions regions = ReferenceRegions.shipped();
        return new SyncChecker(k -> regions.find(k).map(Region::population).orElse(null),
                k -> regions.find(k).map(Region::nama).orElse(k)).check(rows);
    }

    /** Top-3 national indicators for every regional indicator without kode_induk. */
    public static List<LinkSuggestion> suggest(List<CatalogueRow> rows) {
        return LinkSuggester.suggest(rows.stream().filter(r -> r.tingkat() == Tingkat.NASIONAL).toList(),
                rows.stream().filter(r -> r.tingkat() != Tingkat.NASIONAL).toList());
    }
}
