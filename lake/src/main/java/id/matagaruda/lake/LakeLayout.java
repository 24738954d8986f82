package id.matagaruda.lake;

import java.nio.file.Path;
import java.util.List;

/**
 * Where things live in the event lake and what the event files hold. Both engines (DuckDB embedded, Spark on a cluster)
 * and the ingestion read this one description.
 *
 * <pre>
 * LAKE/events/bulan=YYYY-MM/part-*.parquet   the events, partitioned by month of publication (hive style)
 * LAKE/referensi/penduduk.parquet            kode_wilayah, penduduk: population of provinces and kab/kota
 * LAKE/_ingest/                              ingestion state (committed batches, rejected lines)
 * </pre>
 */
public final class LakeLayout {

    /** The partition column; it lives in the directory name, not inside the files. */
    public static final String PARTITION = "bulan";

    /**
     * The columns inside every event file, in order. Periods are precomputed strings so that the aggregation SQL needs no
     * engine-specific date functions: {@code tahun} "2024", {@code minggu} ISO week "2024-W07", {@code tanggal} "2024-02-14".
     */
    public static final List<String> EVENT_COLUMNS = List.of(
            "id", "sumber", "published_at", "tanggal", "minggu", "tahun",
            "judul", "teks", "url", "lat", "lon",
            "kode_wilayah", "kode_provinsi", "kode_kabkota",
            "kategori", "kategori_asal", "kategori_skor",
            "content_hash", "simhash", "atribut", "berkas", "baris");

    private LakeLayout() {
    }

    public static Path events(Path lake) {
        return lake.resolve("events");
    }

    public static Path population(Path lake) {
        return lake.resolve("referensi").resolve("penduduk.parquet");
    }

    public static Path ingestState(Path lake) {
        return lake.resolve("_ingest");
    }
}
