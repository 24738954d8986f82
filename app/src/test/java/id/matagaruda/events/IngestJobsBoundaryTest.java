package id.matagaruda.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.access.AuditTrail;
import id.matagaruda.lake.LakeLayout;
import id.matagaruda.nlp.TextClassifier;
import id.matagaruda.shared.FileRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The job boundary: whatever a job throws, it ends with a reason, frees the lake and leaves no upload behind. */
class IngestJobsBoundaryTest {

    @TempDir Path lake;

    /** A classifier source that fails the first job with an Error and then behaves as if none were installed. */
    private static ObjectProvider<TextClassifier> throwingOnce(Error error) {
        AtomicBoolean thrown = new AtomicBoolean();
        return new ObjectProvider<>() {
            @Override
            public TextClassifier getObject() {
                return getIfAvailable();
            }

            @Override
            public TextClassifier getObject(Object... args) {
                return getIfAvailable();
            }

            @Override
            public TextClassifier getIfAvailable() {
                if (thrown.compareAndSet(false, true)) {
                    throw error;
                }
                return null;
            }

            @Override
            public TextClassifier getIfUnique() {
                return getIfAvailable();
            }

            @Override
            public Iterator<TextClassifier> iterator() {
                return List.<TextClassifier>of().iterator();
            }

            @Override
            public Stream<TextClassifier> stream() {
                return Stream.empty();
            }
        };
    }

    private IngestJobs jobs(ObjectProvider<TextClassifier> classifiers, long maxRatio) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/web", "i18n/events");
        messages.setDefaultEncoding("UTF-8");
        return new IngestJobs(lake, classifiers, Mockito.mock(AuditTrail.class),
                e -> { }, messages, 65536, 1 << 20, 20L << 30, maxRatio);
    }

    private static IngestJobs.Job awaitEnd(IngestJobs jobs, String id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            IngestJobs.Job j = jobs.find(id).orElseThrow();
            if (j.state().equals("done") || j.state().equals("failed")) {
                return j;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job " + id + " did not end");
    }

    private List<Path> uploads() throws IOException {
        Path dir = LakeLayout.ingestState(lake).resolve("unggahan");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aJobThatThrowsOutOfMemoryErrorEndsFailedReleasesTheLakeAndRemovesItsUpload() throws Exception {
        IngestJobs jobs = jobs(throwingOnce(new OutOfMemoryError("Java heap space")), 100);

        IngestJobs.Job first = jobs.submit(text("{\"id\":\"a\"}\n"), "a.jsonl", "pusat.admin");
        IngestJobs.Job ended = awaitEnd(jobs, first.id());

        assertThat(ended.state()).isEqualTo("failed");
        assertThat(ended.error()).contains("memori").contains("Java heap space");
        assertThat(ended.finishedAt()).isNotNull();
        assertThat(jobs.busy()).isFalse();
        assertThat(uploads()).isEmpty();

        IngestJobs.Job next = jobs.submit(text("{\"id\":\"b\"}\n"), "b.jsonl", "pusat.admin");
        assertThat(awaitEnd(jobs, next.id()).error()).contains("TextClassifier");
        assertThat(jobs.busy()).isFalse();
        assertThat(uploads()).isEmpty();
    }

    @Test
    void aJobThatThrowsAnyOtherErrorAlsoEndsAndFreesTheLake() throws Exception {
        IngestJobs jobs = jobs(throwingOnce(new StackOverflowError()), 100);

        IngestJobs.Job ended = awaitEnd(jobs, jobs.submit(text("x\n"), "x.csv", "pusat.admin").id());

        assertThat(ended.state()).isEqualTo("failed");
        assertThat(ended.error()).contains("StackOverflowError");
        assertThat(jobs.busy()).isFalse();
        assertThat(uploads()).isEmpty();
    }

    @Test
    void aGzipBombIsRefusedQuicklyAtSubmitAndLeavesNothingBehind() throws Exception {
        IngestJobs jobs = jobs(throwingOnce(new AssertionError("a bomb must not reach a job")), 100);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] newlines = new byte[1 << 20];
        java.util.Arrays.fill(newlines, (byte) '\n');
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            for (int i = 0; i < 256; i++) {
                gz.write(newlines);
            }
        }
        assertThat(bytes.size()).isLessThan(1 << 20);

        long start = System.nanoTime();
        assertThatThrownBy(() -> jobs.submit(new ByteArrayInputStream(bytes.toByteArray()), "bom.csv.gz",
                "pusat.admin"))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FileRejectedException.Kind.TOO_LARGE);
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("import.gzip.ratio");
                });
        // 256 MB of newlines inflate in about a second; the guard stops after the first few megabytes
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);

        assertThat(jobs.busy()).isFalse();
        assertThat(uploads()).isEmpty();
    }
}
