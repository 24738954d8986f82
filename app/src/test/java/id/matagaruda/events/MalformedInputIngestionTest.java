package id.matagaruda.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.nlp.Classifiers;
import id.matagaruda.shared.FileRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and hostile files end a run within bounded work: an unclosed quote, an over-long field or line is one
 * rejected record with its line number; a gzip that inflates past its limits is refused. Fixtures are built here.
 */
class MalformedInputIngestionTest {

    @TempDir Path dir;

    private static final IngestLimits SMALL = new IngestLimits(4096, 16384, 20L << 30, 100);

    private EventIngestor ingestor(Path lake, IngestLimits limits) {
        return new EventIngestor(lake, Classifiers.defaultClassifier(), Geoparser.shipped(), 1000, 2, limits);
    }

    private static String row(int i) {
        return "c" + i + ",2025-02-03,Judul " + i + ",\"Warga desa " + i + " berunjuk rasa, menolak tambang pasir "
                + Integer.toHexString(i * 7919) + "\",report,32.05";
    }

    /** A CSV of {@code rows} good rows, gzip-compressed, with {@code bad} put in as the data line {@code at}. */
    private Path gzipCsv(String name, int rows, int at, String bad) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write("id,published_at,title,text,source,kode_wilayah\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 1; i <= rows; i++) {
                out.write(((i == at ? bad : row(i)) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return f;
    }

    @Test
    void anUnclosedQuoteIsOneRejectedRecordAtItsLineAndTheRestIsRead() throws Exception {
        Path input = gzipCsv("kutip.csv.gz", 3000, 5, "c5,2025-02-03,Judul,\"Teks tanpa kutip penutup,report,32.05");

        IngestSummary s = ingestor(dir.resolve("lake"), SMALL).ingest(input);

        assertThat(s.reasons()).containsEntry("kutip_tidak_ditutup", 1L).hasSize(1);
        assertThat(s.rejected()).isEqualTo(1);
        // the open quote runs into the next line's quoted text: those two lines are rejected as one, the rest is read
        assertThat(s.read()).isEqualTo(2999);
        assertThat(s.ingested() + s.duplicates() + s.nearDuplicates()).isEqualTo(2998);
        List<String> rejects = Files.readAllLines(s.rejectsFile());
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0)).contains("\"baris\":6", "dibuka di baris 6", "baris 6-7 dilewati");
    }

    @Test
    void anUnclosedQuoteWithNoQuoteAfterItStopsAtTheFieldLimit() throws Exception {
        Path input = dir.resolve("tanpa-kutip.csv");
        StringBuilder sb = new StringBuilder("id,published_at,title,text,source\n");
        sb.append("k1,2025-02-03,Judul,\"buka tanpa tutup,report\n");
        for (int i = 2; i <= 2000; i++) {
            sb.append("k").append(i).append(",2025-02-03,Judul,Unjuk rasa warga desa ").append(i).append(",report\n");
        }
        Files.writeString(input, sb.toString(), StandardCharsets.UTF_8);

        IngestSummary s = ingestor(dir.resolve("lake"), SMALL).ingest(input);

        assertThat(s.reasons()).containsOnlyKeys("kutip_tidak_ditutup");
        String reject = Files.readAllLines(s.rejectsFile()).get(0);
        assertThat(reject).contains("\"baris\":2", "tidak ditutup dalam 4096 karakter");
        // the lines swallowed before the field passed 4096 characters are skipped; reading resumes after them
        assertThat(s.read() - s.rejected()).isBetween(1800L, 1998L);
    }

    @Test
    void aQuoteLeftOpenToTheEndOfTheFileIsRejectedAtItsLine() throws Exception {
        Path input = gzipCsv("akhir.csv.gz", 30, 30, "c30,2025-02-03,Judul,\"tidak pernah ditutup");

        IngestSummary s = ingestor(dir.resolve("lake"), IngestLimits.DEFAULT).ingest(input);

        assertThat(s.ingested()).isEqualTo(29);
        assertThat(Files.readAllLines(s.rejectsFile()).get(0)).contains("\"baris\":31", "kutip_tidak_ditutup",
                "sampai akhir berkas");
    }

    @Test
    void aFieldOrALineOverTheLimitIsRejectedWithItsLineNumber() throws Exception {
        Path input = dir.resolve("panjang.csv");
        Files.writeString(input, "id,published_at,title,text,source\n"
                + "p1,2025-02-03,Judul,Warga berunjuk rasa di Kota Malang,report\n"
                + "p2,2025-02-03,Judul," + "x".repeat(5000) + ",report\n"
                + "p3,2025-02-03,Judul," + "y,".repeat(9000) + "report\n"
                + "p4,2025-02-03,Judul,\"Kutip \"\"ganda\"\" yang benar\",report\n"
                + "p5,2025-02-03,Judul,\"ditutup\"lalu sampah,report\n", StandardCharsets.UTF_8);

        IngestSummary s = ingestor(dir.resolve("lake"), SMALL).ingest(input);

        assertThat(s.ingested()).isEqualTo(2);
        assertThat(s.reasons()).containsEntry("kolom_terlalu_panjang", 1L).containsEntry("baris_terlalu_panjang", 1L)
                .containsEntry("kutip_rusak", 1L);
        List<String> rejects = Files.readAllLines(s.rejectsFile());
        assertThat(rejects.get(0)).contains("\"baris\":3", "kolom_terlalu_panjang");
        assertThat(rejects.get(1)).contains("\"baris\":4", "baris_terlalu_panjang");
        assertThat(rejects.get(2)).contains("\"baris\":6", "kutip_rusak");
    }

    @Test
    void quotedFieldsMayStillSpanLinesAndTheLineNumberIsWhereTheRecordStarts() throws Exception {
        Path input = dir.resolve("multibaris.csv");
        Files.writeString(input, "id,published_at,title,text,source\r\n"
                + "m1,2025-02-03,Judul,\"Baris pertama\r\nbaris kedua, masih satu teks\",report\r\n"
                + "\r\n"
                + "m2,2025-02-03,Judul,Unjuk rasa warga,report\r\n", StandardCharsets.UTF_8);

        IngestSummary s = ingestor(dir.resolve("lake"), SMALL).ingest(input);

        assertThat(s.ingested()).isEqualTo(2);
        assertThat(LakeRows.query(dir.resolve("lake"), "SELECT id, baris FROM EVENTS ORDER BY id"))
                .containsExactly("m1|2", "m2|5");
    }

    @Test
    void aGzipBombIsRefusedInsideTheRunAfterAFewMegabytes() throws Exception {
        Path input = dir.resolve("bom.jsonl.gz");
        byte[] newlines = new byte[1 << 20];
        java.util.Arrays.fill(newlines, (byte) '\n');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input))) {
            for (int i = 0; i < 256; i++) {
                out.write(newlines);
            }
        }

        assertThatThrownBy(() -> ingestor(dir.resolve("lake"), IngestLimits.DEFAULT).ingest(input))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.kind()).isEqualTo(FileRejectedException.Kind.TOO_LARGE));
    }

    @Test
    void aGzipOverTheUncompressedLimitIsRefusedEvenAtAnOrdinaryRatio() throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        for (int i = 1; i <= 40_000; i++) {
            plain.write(("{\"id\":\"u" + i + "\",\"published_at\":\"2025-02-03\",\"text\":\"" + row(i) + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path input = dir.resolve("besar.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input))) {
            plain.writeTo(out);
        }

        assertThatThrownBy(() -> ingestor(dir.resolve("lake"), new IngestLimits(65536, 1 << 20, 2L << 20, 100))
                .ingest(input))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("import.gzip.size"));
    }
}
