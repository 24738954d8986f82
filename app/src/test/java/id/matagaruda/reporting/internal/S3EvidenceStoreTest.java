package id.matagaruda.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The evidence store against a real S3-compatible server (s3rver, installed by .ci/run from npm): content-addressed,
 * stored once, hash re-checked on read, removable on rollback.
 */
class S3EvidenceStoreTest {

    static final Path S3RVER = Path.of("..", ".ci", "node", "node_modules", ".bin", "s3rver");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static Process server;
    static String endpoint;
    @TempDir static Path serverDir;
    @TempDir Path dataDir;

    @BeforeAll
    static void startS3() throws Exception {
        boolean installed = Files.isExecutable(S3RVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install s3rver (see .ci/run)");
        }
        assumeTrue(installed, "s3rver not installed (npm install --prefix .ci/node s3rver); S3 store test skipped outside CI");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new ProcessBuilder(S3RVER.toString(), "--directory", serverDir.toString(), "--address", "127.0.0.1",
                "--port", String.valueOf(port), "--configure-bucket", "matagaruda", "--silent")
                .redirectErrorStream(true).redirectOutput(serverDir.resolve("s3rver.log").toFile()).start();
        endpoint = "http://127.0.0.1:" + port;
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("s3rver did not start");
    }

    @AfterAll
    static void stopS3() {
        if (server != null) {
            server.destroy();
        }
    }

    private EvidenceStore store() {
        return new EvidenceStore(dataDir, "s3", endpoint, "us-east-1", "matagaruda", "S3RVER", "S3RVER");
    }

    @Test
    void storesByHashOnceReadsBackCheckedAndRefusesAChangedObject() throws Exception {
        EvidenceStore store = store();
        EvidenceStore.Stored first = store.put(new ByteArrayInputStream(PDF), 1_000_000, f -> true);
        assertThat(first.created()).isTrue();
        assertThat(first.sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));
        EvidenceStore.Stored again = store.put(new ByteArrayInputStream(PDF), 1_000_000, f -> true);
        assertThat(again.created()).as("the same content is kept once").isFalse();
        assertThat(store.read(first.sha256())).isEqualTo(PDF);
        assertThat(Files.list(dataDir.resolve("evidence")).toList()).as("no temporary file left behind").isEmpty();

        // Someone changes the object in the bucket behind the application's back.
        try (S3Client s3 = S3Client.builder().endpointOverride(java.net.URI.create(endpoint)).region(Region.US_EAST_1)
                .forcePathStyle(true)
                    .serviceConfiguration(software.amazon.awssdk.services.s3.S3Configuration.builder()
                            .chunkedEncodingEnabled(false).build()).httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("S3RVER", "S3RVER")))
                .build()) {
            s3.putObject(b -> b.bucket("matagaruda").key("evidence/" + EvidenceStore.key(first.sha256())),
                    RequestBody.fromString("%PDF-1.4 diganti"));
        }
        assertThatThrownBy(() -> store.read(first.sha256())).isInstanceOf(EvidenceStore.CorruptEvidenceException.class);
    }

    @Test
    void refusedContentAndRollbacksLeaveNothingInTheBucket() throws Exception {
        EvidenceStore store = store();
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream("MZ program".getBytes(StandardCharsets.US_ASCII)),
                1_000_000, f -> false)).isInstanceOf(EvidenceStore.ContentMismatchException.class);
        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[2_000]), 1_000, f -> true))
                .isInstanceOf(EvidenceStore.EvidenceTooLargeException.class);
        byte[] other = "%PDF-1.4 lain\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        EvidenceStore.Stored stored = store.put(new ByteArrayInputStream(other), 1_000_000, f -> true);
        store.delete(stored);
        assertThatThrownBy(() -> store.read(stored.sha256())).isNotNull();
    }
}
