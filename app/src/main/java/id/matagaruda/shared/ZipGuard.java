package id.matagaruda.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Bounds a zip-based file (xlsx, docx, zip) before it is stored or read: at most {@code maxEntries} entries, at most
 * {@code maxUncompressedBytes} in all and at most {@code maxRatio} bytes out per byte of file. The central directory
 * is checked first (cheap), then every entry is inflated and its bytes counted, because the sizes in a zip's headers
 * are whatever its author wrote. Over a limit is 413; a file that is not a readable zip is 415.
 */
public record ZipGuard(long maxUncompressedBytes, long maxRatio, int maxEntries) {

    /**
     * 1 GB, 100:1 (the inflate ratio Apache POI refuses by default; office files compress about 5-20:1) and 10,000
     * entries (a workbook has tens).
     */
    public static final ZipGuard DEFAULT = new ZipGuard(1L << 30, 100, 10_000);

    public void check(Path file, String subjectKey) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw corrupt(subjectKey, e);
        }
        long declared = 0;
        int entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (++entries > maxEntries) {
                    throw FileRejectedException.ofFile(FileRejectedException.Kind.TOO_LARGE, subjectKey,
                            "import.zip.entries", entries, maxEntries);
                }
                declared += Math.max(0, e.getSize());
                InflationGuard.check(declared, size, maxUncompressedBytes, maxRatio, subjectKey, "import.zip.size",
                        "import.zip.ratio");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(subjectKey, e);
        }
        long[] compressedSeen = {size};
        try (InputStream raw = Files.newInputStream(file);
                ZipInputStream zin = new ZipInputStream(raw)) {
            InflationGuard counted = new InflationGuard(zin, () -> compressedSeen[0], maxUncompressedBytes, maxRatio,
                    subjectKey, "import.zip.size", "import.zip.ratio");
            byte[] buf = new byte[1 << 16];
            int streamed = 0;
            while (zin.getNextEntry() != null) {
                if (++streamed > maxEntries) {
                    throw FileRejectedException.ofFile(FileRejectedException.Kind.TOO_LARGE, subjectKey,
                            "import.zip.entries", streamed, maxEntries);
                }
                while (counted.read(buf, 0, buf.length) > 0) {
                    // counting only
                }
            }
        } catch (ZipException e) {
            throw corrupt(subjectKey, e);
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(subjectKey, e);
        }
    }

    private static FileRejectedException corrupt(String subjectKey, Exception e) {
        return FileRejectedException.ofFile(FileRejectedException.Kind.UNSUPPORTED, subjectKey, "import.zip.corrupt",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
