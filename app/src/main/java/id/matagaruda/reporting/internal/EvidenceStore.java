package id.matagaruda.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
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
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Evidence files stored by their SHA-256, on disk under {@code <data-dir>/evidence/ab/cd/<sha256>} or in an
 * S3-compatible bucket under the same key ({@code matagaruda.evidence.store=s3}). The same content is kept once and a
 * stored file is never overwritten; reading re-checks the hash so a file changed in storage is never served.
 */
@Component
public class EvidenceStore {

    private final Path root;
    private final Backend backend;

    EvidenceStore(@Value("${matagaruda.data-dir}") Path dataDir,
            @Value("${matagaruda.evidence.store:filesystem}") String kind,
            @Value("${matagaruda.evidence.s3.endpoint:}") String endpoint,
            @Value("${matagaruda.evidence.s3.region:us-east-1}") String region,
            @Value("${matagaruda.evidence.s3.bucket:matagaruda}") String bucket,
            @Value("${matagaruda.evidence.s3.access-key:}") String accessKey,
            @Value("${matagaruda.evidence.s3.secret-key:}") String secretKey) {
        this.root = dataDir.resolve("evidence");
        this.backend = "s3".equals(kind) ? new S3Backend(endpoint, region, bucket, accessKey, secretKey)
                : new FileBackend(root);
    }

    /** A stored blob: its hash, size, and whether this call created it (so a rollback may remove it). */
    public record Stored(String sha256, long size, boolean created) {}

    /** What the content must satisfy (its type, from its first bytes) before it is kept. */
    @FunctionalInterface
    public interface ContentCheck {
        boolean matches(Path file) throws IOException;
    }

    /**
     * Streams to a temporary file while hashing, refusing more than {@code maxBytes} or content that fails
     * {@code check}, then keeps it under its hash.
     */
    public Stored put(InputStream in, long maxBytes, ContentCheck check) throws IOException {
        Files.createDirectories(root);
        Path tmp = Files.createTempFile(root, "unggah-", ".tmp");
        try {
            MessageDigest sha = sha256();
            long size;
            try (DigestInputStream din = new DigestInputStream(in, sha)) {
                size = copyLimited(din, tmp, maxBytes);
            }
            if (!check.matches(tmp)) {
                throw new ContentMismatchException();
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            return new Stored(hash, size, backend.keep(hash, tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The stored bytes, after checking they still hash to {@code sha256}. */
    public byte[] read(String sha256) throws IOException {
        byte[] bytes = backend.read(key(sha256));
        String actual = HexFormat.of().formatHex(sha256().digest(bytes));
        if (!actual.equals(sha256)) {
            throw new CorruptEvidenceException(sha256, actual);
        }
        return bytes;
    }

    public void delete(Stored stored) {
        backend.delete(key(stored.sha256()));
    }

    /** Where a blob lies on disk (file-system store). */
    public Path path(String sha256) {
        return root.resolve(key(sha256));
    }

    static String key(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
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

    /** Where blobs are kept: a folder or a bucket, addressed by the same relative key. */
    private interface Backend {
        /** Keeps the file under the hash's key unless it is there already; true when this call created it. */
        boolean keep(String sha256, Path file) throws IOException;

        byte[] read(String key) throws IOException;

        void delete(String key);
    }

    private static final class FileBackend implements Backend {
        private final Path root;

        FileBackend(Path root) {
            this.root = root;
        }

        @Override
        public boolean keep(String sha256, Path file) throws IOException {
            Path target = root.resolve(key(sha256));
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                return false;
            }
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                return false;
            }
            return true;
        }

        @Override
        public byte[] read(String key) throws IOException {
            return Files.readAllBytes(root.resolve(key));
        }

        @Override
        public void delete(String key) {
            try {
                Files.deleteIfExists(root.resolve(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class S3Backend implements Backend {
        private final S3Client s3;
        private final String bucket;

        S3Backend(String endpoint, String region, String bucket, String accessKey, String secretKey) {
            if (endpoint.isBlank() || accessKey.isBlank() || secretKey.isBlank()) {
                throw new IllegalStateException("matagaruda.evidence.store=s3 needs matagaruda.evidence.s3.endpoint, "
                        + ".access-key and .secret-key (from the environment, never the repository)");
            }
            // Path-style addressing, plain (not aws-chunked) bodies and checksums only when required: what
            // S3-compatible servers (MinIO, Ceph, s3rver) accept.
            this.s3 = S3Client.builder()
                    .endpointOverride(URI.create(endpoint))
                    .region(Region.of(region))
                    .forcePathStyle(true)
                    .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                            .chunkedEncodingEnabled(false).build())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                    .httpClient(UrlConnectionHttpClient.create())
                    .build();
            this.bucket = bucket;
        }

        @Override
        public boolean keep(String sha256, Path file) {
            String key = "evidence/" + key(sha256);
            try {
                s3.headObject(b -> b.bucket(bucket).key(key));
                return false;
            } catch (NoSuchKeyException e) {
                s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
                return true;
            } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
                return true;
            }
        }

        @Override
        public byte[] read(String key) {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key("evidence/" + key)).asByteArray();
        }

        @Override
        public void delete(String key) {
            s3.deleteObject(b -> b.bucket(bucket).key("evidence/" + key));
        }
    }

    /** A stored file whose content no longer matches its hash. */
    public static class CorruptEvidenceException extends IOException {
        public CorruptEvidenceException(String expected, String actual) {
            super("evidence " + expected + " is corrupt in storage (hash " + actual + ")");
        }
    }

    /** An upload over the configured size limit. */
    public static class EvidenceTooLargeException extends IOException {
        public EvidenceTooLargeException(long max) {
            super("evidence larger than " + max + " bytes");
        }
    }

    /** An upload whose content is not of the type its name declares. */
    public static class ContentMismatchException extends IOException {
        public ContentMismatchException() {
            super("evidence content does not match its declared type");
        }
    }
}
