package id.matagaruda.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip bombs, built here in memory, are refused by what they inflate to, whatever their headers claim. */
class ZipGuardTest {

    @TempDir Path dir;

    /** A zip with a tiny workbook part and one entry of {@code megabytes} MB of zeros. */
    static byte[] bomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Rewrites every central directory entry to claim 1,000 bytes uncompressed. */
    private static byte[] lying(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 24, 1000);
            }
        }
        return zip;
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void aZipBombIsRefusedAsTooLargeByItsRatio() throws Exception {
        Path f = write("bom.xlsx", bomb(200));
        assertThat(Files.size(f)).isLessThan(1 << 20);

        assertThatThrownBy(() -> ZipGuard.DEFAULT.check(f, "import.subject.evidence"))
                .isInstanceOfSatisfying(FileRejectedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FileRejectedException.Kind.TOO_LARGE);
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("import.zip.ratio");
                });
    }

    @Test
    void aBombWhoseHeadersClaimSmallSizesIsStillRefusedByTheBytesItInflatesTo() throws Exception {
        Path f = write("bohong.xlsx", lying(bomb(200)));

        assertThatThrownBy(() -> ZipGuard.DEFAULT.check(f, "import.subject.evidence"))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.kind()).isEqualTo(FileRejectedException.Kind.TOO_LARGE));
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 60; i++) {
                zip.putNextEntry(new ZipEntry("xl/e" + i));
                zip.write('x');
            }
        }
        Path f = write("banyak.zip", bytes.toByteArray());

        assertThatThrownBy(() -> new ZipGuard(1 << 30, 100, 50).check(f, "import.subject.evidence"))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("import.zip.entries"));
    }

    @Test
    void anOrdinaryZipPassesAndANonZipIs415() throws Exception {
        ZipGuard.DEFAULT.check(write("kecil.xlsx", bomb(0)), "import.subject.evidence");

        assertThatThrownBy(() -> ZipGuard.DEFAULT.check(write("bukan.xlsx", "bukan zip".getBytes()),
                "import.subject.evidence"))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.kind()).isEqualTo(FileRejectedException.Kind.UNSUPPORTED));
    }
}
