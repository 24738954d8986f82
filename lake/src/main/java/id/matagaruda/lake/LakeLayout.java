package id.matagaruda.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * The event files both engines read, sorted: {@code events/bulan=.../*.parquet}, skipping names that start with
     * {@code _} or {@code .} (files being written, engine bookkeeping), the rule Spark applies when it lists a directory.
     * Empty when the lake or its events directory does not exist.
     */
    public static List<Path> eventFiles(Path lake) {
        Path events = events(lake);
        if (!Files.isDirectory(events)) {
            return List.of();
        }
        try (Stream<Path> months = Files.list(events)) {
            return months.filter(d -> Files.isDirectory(d) && d.getFileName().toString().startsWith(PARTITION + "="))
                    .flatMap(LakeLayout::parquetFiles).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file or directory name is one the engines read (not hidden, not bookkeeping). */
    public static boolean visible(String name) {
        return !name.startsWith("_") && !name.startsWith(".");
    }

    private static Stream<Path> parquetFiles(Path month) {
        try (Stream<Path> files = Files.list(month)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return visible(name) && name.endsWith(".parquet") && Files.isRegularFile(f);
            }).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
