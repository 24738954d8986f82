package id.matagaruda.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files stored by their SHA-256 under {@code <data-dir>/evidence/ab/cd/<sha256>}: the same content is kept once
 * and a stored file is never overwritten; reading re-checks the hash so a file changed on disk is never served.
 */
@Component
public class EvidenceStore {

    private final Path root;

    EvidenceStore(@Value("${matagaruda.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("evidence");
    }

    /** A stored blob: its hash, size, and whether this call created it (so a rollback may remove it). */
    public record Stored(String sha256, long size, boolean created, Path path) {}

    /** Streams to a temporary file while hashing, refusing more than {@code maxBytes}, then moves it into place. */
    public Stored put(InputStream in, long maxBytes) throws IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "unggah-", ".tmp");
        try {
            MessageDigest sha = sha256();
            long size;
            try (DigestInputStream din = new DigestInputStream(in, sha)) {
                size = copyLimited(din, tmp, maxBytes);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = path(hash);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                return new Stored(hash, size, false, target);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException e) {
                return new Stored(hash, size, false, target);
            }
            return new Stored(hash, size, true, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The stored bytes, after checking they still hash to {@code sha256}. */
    public byte[] read(String sha256) throws IOException {
        Path p = path(sha256);
        byte[] bytes = Files.readAllBytes(p);
        String actual = HexFormat.of().formatHex(sha256().digest(bytes));
        if (!actual.equals(sha256)) {
            throw new CorruptEvidenceException(sha256, actual);
        }
        return bytes;
    }

    public void delete(Stored stored) {
        try {
            Files.deleteIfExists(stored.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long copyLimited(InputStream in, Path target, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new EvidenceTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored file whose content no longer matches its hash. */
    public static class CorruptEvidenceException extends IOException {
        public CorruptEvidenceException(String expected, String actual) {
            super("evidence " + expected + " is corrupt on disk (hash " + actual + ")");
        }
    }

    /** An upload over the configured size limit. */
    public static class EvidenceTooLargeException extends IOException {
        public EvidenceTooLargeException(long max) {
            super("evidence larger than " + max + " bytes");
        }
    }
}
