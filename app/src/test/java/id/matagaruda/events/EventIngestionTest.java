package id.matagaruda.events;

import id.matagaruda.nlp.Classifiers;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.lake.LakeLayout;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion of small hand-written files into a temporary lake, read back with DuckDB. */
class EventIngestionTest {

    @TempDir Path dir;

    private static final String TEKS = "Ribuan mahasiswa menggelar unjuk rasa di depan gedung DPRD Kota Malang menolak "
            + "kenaikan harga bahan bakar minyak. Massa aksi berorasi secara bergantian dan membentangkan spanduk berisi "
            + "tuntutan kepada pemerintah daerah. Sekitar 400 personel gabungan dikerahkan untuk mengamankan jalannya aksi. "
            + "Koordinator lapangan menyatakan aksi akan berlanjut jika tuntutan tidak dipenuhi dalam tujuh hari. "
            + "Perwakilan pengunjuk rasa akhirnya diterima anggota dewan untuk menyampaikan aspirasi secara langsung.";

    private EventIngestor ingestor(Path lake) {
        return new EventIngestor(lake, Classifiers.defaultClassifier(), Geoparser.shipped(), 1000, 2);
    }

    private Path write(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    private static String event(String id, String source, String text) {
        return "{\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"published_at\":\"2024-03-05T10:15:00+07:00\","
                + "\"title\":\"Judul " + id + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
    }

    @Test
    void rejectsBadLinesWithReasonsAndLineNumbersAndKeepsTheRest() throws Exception {
        Path lake = dir.resolve("lake");
        Path input = write("campur.jsonl",
                event("a1", "news", TEKS),
                "{\"id\": \"a2\", \"published_at\": ",
                "{\"source\":\"news\",\"published_at\":\"2024-03-05\",\"text\":\"tanpa id\"}",
                "{\"id\":\"a4\",\"published_at\":\"2024-13-45\",\"text\":\"bulan ketiga belas\"}",
                "{\"id\":\"a5\",\"published_at\":\"2024-03-05\",\"title\":\" \",\"text\":\"\"}",
                "{\"id\":\"a6\",\"published_at\":\"2024-03-05\",\"text\":\"" + "x".repeat(101 * 1024) + "\"}",
                "{\"id\":\"a7\",\"source\":\"televisi\",\"published_at\":\"2024-03-05\",\"text\":\"berita tv\"}",
                "{\"id\":\"a8\",\"published_at\":\"2024-03-05\",\"text\":\"di laut\",\"lat\":123.4,\"lon\":106.8}",
                "{\"id\":\"a9\",\"published_at\":\"2024-03-05\",\"text\":\"kode aneh\",\"kode_wilayah\":\"99.99\"}",
                "",
                "{\"id\":\"a11\",\"published_at\":\"2024-03-06\",\"text\":\"Begal beraksi di Kab. Garut\"}");

        IngestSummary s = ingestor(lake).ingest(input);

        assertThat(s.read()).isEqualTo(10);
        assertThat(s.ingested()).isEqualTo(2);
        assertThat(s.rejected()).isEqualTo(8);
        assertThat(s.reasons()).containsEntry("json_rusak", 1L).containsEntry("id_kosong", 1L)
                .containsEntry("tanggal_tidak_valid", 1L).containsEntry("teks_kosong", 1L)
                .containsEntry("teks_terlalu_panjang", 1L).containsEntry("sumber_tidak_dikenal", 1L)
                .containsEntry("koordinat_tidak_valid", 1L).containsEntry("kode_wilayah_tidak_dikenal", 1L);
        assertThat(s.toJson()).startsWith("{\"read\":10,\"ingested\":2,\"duplicates\":0,\"near_duplicates\":0,"
                + "\"rejected\":8,\"reasons\":{");
        List<String> rejects = Files.readAllLines(s.rejectsFile());
        assertThat(rejects).hasSize(8);
        assertThat(rejects.get(0)).contains("\"baris\":2", "\"alasan\":\"json_rusak\"");
        assertThat(rejects.get(2)).contains("\"baris\":4", "\"alasan\":\"tanggal_tidak_valid\"", "2024-13-45");
        assertThat(rejects.get(7)).contains("\"baris\":9", "kode_wilayah_tidak_dikenal");
        assertThat(s.rejectsFile().startsWith(LakeLayout.ingestState(lake))).isTrue();

        assertThat(LakeRows.query(lake, "SELECT id, sumber, published_at, tanggal, minggu, tahun, bulan, kategori, "
                + "kategori_asal, baris, length(content_hash), typeof(simhash) FROM EVENTS ORDER BY id")).containsExactly(
                "a1|news|2024-03-05T10:15:00+07:00|2024-03-05|2024-W10|2024|2024-03|unjuk_rasa|leksikon|1|64|BIGINT",
                "a11|other|2024-03-06|2024-03-06|2024-W10|2024|2024-03|kriminalitas|leksikon|11|64|BIGINT");
        assertThat(Files.exists(LakeLayout.population(lake))).isTrue();
    }

    @Test
    void slangSpellingsHashAsTheStandardWordsSoTheRepostIsADuplicate() throws Exception {
        Path lake = dir.resolve("lake");
        String formal = "Warga yang tidak setuju dengan keputusan itu sudah berkumpul karena kecewa " + TEKS;
        String informal = "Warga yg tdk setuju dgn keputusan itu sdh berkumpul krn kecewa " + TEKS;
        Path input = write("slang.jsonl",
                "{\"id\":\"b1\",\"source\":\"news\",\"published_at\":\"2024-03-05\",\"text\":\"" + formal + "\"}",
                "{\"id\":\"b1\",\"source\":\"social\",\"published_at\":\"2024-03-05\",\"text\":\"" + informal + "\"}");

        IngestSummary s = ingestor(lake).ingest(input);

        assertThat(s.ingested()).isEqualTo(1);
        assertThat(s.duplicates()).isEqualTo(1);
        assertThat(LakeRows.query(lake, "SELECT teks FROM EVENTS")).containsExactly(formal);
    }

    @Test
    void catchesASyndicatedCopyButKeepsDistinctEventsWrittenFromTheSameTemplate() throws Exception {
        Path lake = dir.resolve("lake");
        String other = TEKS.replace("Ribuan mahasiswa", "Ratusan buruh pabrik").replace("Kota Malang", "Kabupaten Bekasi")
                .replace("kenaikan harga bahan bakar minyak", "sistem kerja kontrak dan upah murah")
                .replace("400 personel", "250 personel").replace("tujuh hari", "dua pekan");
        Path input = write("salinan.jsonl",
                event("c1", "news", TEKS),
                event("c2", "news", "KABAR DAERAH - " + TEKS + " (kd)"),
                event("c3", "news", other),
                event("c4", "news", TEKS + " Aksi berakhir menjelang magrib."),
                event("c5", "news", TEKS));

        IngestSummary s = ingestor(lake).ingest(input);

        assertThat(LakeRows.query(lake, "SELECT id FROM EVENTS ORDER BY id"))
                .as("the original and the other demonstration written from the same sentences").containsExactly("c1", "c3");
        assertThat(s.nearDuplicates()).as("the copy with another dateline and credit, the copy with one sentence added, "
                + "and the same text under another title").isEqualTo(3);
        assertThat(s.duplicates()).isZero();
    }

    @Test
    void reingestingAFileAddsNothing() throws Exception {
        Path lake = dir.resolve("lake");
        Path input = dir.resolve("ulang.jsonl.gz");
        EventGenerator.write(EventGenerator.Options.of(3000, 11), input);
        EventIngestor ingestor = ingestor(lake);

        IngestSummary first = ingestor.ingest(input);
        List<String> before = LakeRows.sorted(lake);
        IngestSummary second = ingestor.ingest(input);

        assertThat(first.ingested()).isGreaterThan(2500);
        assertThat(second.ingested()).isZero();
        assertThat(second.duplicates() + second.nearDuplicates()).isEqualTo(second.read());
        assertThat(LakeRows.sorted(lake)).isEqualTo(before);
    }

    @Test
    void readsCsvAndKeepsUnknownColumnsAsAttributes() throws Exception {
        Path lake = dir.resolve("lake");
        Path input = write("laporan.csv",
                "id,published_at,title,text,source,kode_wilayah,kategori,pelapor,tingkat_kerawanan",
                "r1,2025-01-07 09:30:00,Sengketa lahan,\"Sengketa lahan sawit di Kab. Garut, warga menolak\",fkdm,32.05,"
                        + "sumber_daya,FKDM Cikajang,tinggi",
                "r2,2025-01-08,,\"Unjuk rasa buruh, \"\"tuntut upah\"\"\",report,32,,,");

        IngestSummary s = ingestor(lake).ingest(input);

        assertThat(s.ingested()).isEqualTo(2);
        assertThat(LakeRows.query(lake, "SELECT id, published_at, kode_wilayah, kode_provinsi, kode_kabkota, kategori, "
                + "kategori_asal, atribut, baris FROM EVENTS ORDER BY id")).containsExactly(
                "r1|2025-01-07T09:30:00|32.05|32|32.05|sumber_daya|sumber|{\"pelapor\":\"FKDM Cikajang\","
                        + "\"tingkat_kerawanan\":\"tinggi\"}|2",
                "r2|2025-01-08|32|32|null|unjuk_rasa|leksikon|null|3");
    }

    @Test
    void reportsATruncatedGzipAndKeepsTheLinesBeforeIt() throws Exception {
        Path lake = dir.resolve("lake");
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(whole)) {
            EventGenerator.write(EventGenerator.Options.of(2000, 5), gz);
        }
        byte[] bytes = whole.toByteArray();
        Path input = dir.resolve("terpotong.jsonl.gz");
        Files.write(input, Arrays.copyOf(bytes, bytes.length / 2));

        IngestSummary s = ingestor(lake).ingest(input);

        assertThat(s.reasons()).containsEntry("gzip_terpotong", 1L);
        assertThat(s.read()).isBetween(500L, 1500L);
        assertThat(s.ingested()).isGreaterThan(400);
        List<String> rejects = Files.readAllLines(s.rejectsFile());
        assertThat(rejects.get(rejects.size() - 1)).contains("\"baris\":" + s.read(), "gzip_terpotong");
        assertThat(Long.parseLong(LakeRows.query(lake, "SELECT max(baris) FROM EVENTS").get(0))).isLessThan(s.read());
    }
}
