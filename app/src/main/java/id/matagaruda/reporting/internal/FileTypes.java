package id.matagaruda.reporting.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import id.matagaruda.shared.ZipGuard;
import java.util.zip.ZipFile;

/**
 * Which evidence file types are accepted, and whether a file's content is what its name says: the first bytes (and,
 * for XLSX/DOCX, the names inside the zip) decide, so an executable renamed to .pdf is refused.
 */
public final class FileTypes {

    public static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "csv", "text/csv",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png");

    private FileTypes() {}

    /** The extension of a (neutralised) file name, lower case; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A file name safe to store and to send back: no directories, no control or path characters, at most 200 chars. */
    public static String neutralise(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").replaceAll("^\\.+", "").trim();
        if (name.length() > 200) {
            String ext = extension(name);
            name = name.substring(0, 200 - ext.length() - 1) + "." + ext;
        }
        return name.isEmpty() ? "berkas" : name;
    }

    /** True when the stored file's content is of the declared extension; zip-based files within the default limits. */
    public static boolean contentMatches(String extension, java.nio.file.Path file) throws IOException {
        return contentMatches(extension, file, ZipGuard.DEFAULT);
    }

    /**
     * True when the stored file's content is of the declared extension. A zip-based file (xlsx, docx) is also held
     * to {@code zipLimits}: a zip bomb named .xlsx is refused with 413 before it is kept.
     */
    public static boolean contentMatches(String extension, java.nio.file.Path file, ZipGuard zipLimits)
            throws IOException {
        byte[] head;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        return switch (extension) {
            case "pdf" -> startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "png" -> startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            case "jpg", "jpeg" -> startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "xlsx" -> zipHolds(head, file, "xl/") && bounded(file, zipLimits);
            case "docx" -> zipHolds(head, file, "word/") && bounded(file, zipLimits);
            case "csv" -> isText(head);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    // Only the zip's directory of names is read, never an entry's content: a zip bomb costs nothing here.
    private static boolean zipHolds(byte[] head, java.nio.file.Path file, String prefix) {
        if (!startsWith(head, new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().limit(10_000).anyMatch(e -> e.getName().startsWith(prefix));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean bounded(java.nio.file.Path file, ZipGuard zipLimits) {
        zipLimits.check(file, "import.subject.evidence");
        return true;
    }

    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(head, 0, trimToCharBoundary(head)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // The sniffed head may cut a multi-byte character; ignore an incomplete last sequence.
    private static int trimToCharBoundary(byte[] head) {
        int end = head.length;
        int back = 0;
        while (end - back - 1 >= 0 && back < 3 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            return end - back - 1;
        }
        return end;
    }

    public static Optional<String> contentType(String extension) {
        return Optional.ofNullable(CONTENT_TYPES.get(extension));
    }
}
