package id.matagaruda.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.matagaruda.access.StartupRefusedException;
import id.matagaruda.indicator.CatalogueRow;
import java.nio.file.Files;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The CLI verbs against a real embedded database in a fresh data dir, as a new user runs them. */
class CommandLineTest {

    @TempDir Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    private int run(String... args) {
        return MataGarudaCommand.run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void regionsListPrintsCsvAndJsonFromTheEmbeddedDatabase() {
        assertThat(run("regions", "list", "--level", "kabkota", "--parent", "32", "--data-dir", dataDir.toString()))
                .isEqualTo(0);
        String[] lines = out().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("kode,nama,level,parent,jenis,population,area_km2");
        assertThat(lines).hasSize(28).anyMatch(l -> l.startsWith("32.73,Kota Bandung,kabkota,32,Kota,"));
        out.reset();
        assertThat(run("regions", "list", "--level", "provinsi", "--format", "json", "--data-dir", dataDir.toString()))
                .isEqualTo(0);
        assertThat(out()).contains("\"kode\" : \"91\"", "\"nama\" : \"Papua\"");
        assertThat(out().split("\"level\"")).hasSize(39);
    }

    @Test
    void regionsListExplainsBadInputInIndonesian() {
        assertThat(run("regions", "list", "--level", "negara", "--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(err()).contains("--level", "bukan tingkat wilayah");
        err.reset();
        assertThat(run("regions", "list", "--level", "kabkota", "--parent", "32.99", "--data-dir", dataDir.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("--parent", "32.99", "tidak ada");
    }

    @Test
    void createAdminReadsThePasswordFromStdinAndEnforcesItsLength() {
        System.setIn(new ByteArrayInputStream("pendek\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("users", "create-admin", "--username", "admin.polpum", "--data-dir", dataDir.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("password", "minimal 12 karakter");
        System.setIn(new ByteArrayInputStream("sandi-admin-yang-panjang\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("users", "create-admin", "--username", "admin.polpum", "--data-dir", dataDir.toString()))
                .isEqualTo(0);
        assertThat(out()).contains("admin.polpum");
        System.setIn(new ByteArrayInputStream("sandi-admin-yang-panjang\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("users", "create-admin", "--username", "admin.polpum", "--data-dir", dataDir.toString()))
                .isEqualTo(2);
        assertThat(err()).contains("sudah dipakai");
    }

    @Test
    void productionRefusesToStartWithoutAnAdminAndSaysHowToCreateOne() {
        assertThatThrownBy(() -> MataGarudaCommand.start("prod", false, dataDir, Map.of()).close())
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("./matagaruda users create-admin --username");
        System.setIn(new ByteArrayInputStream("sandi-admin-yang-panjang\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("users", "create-admin", "--username", "admin.polpum", "--data-dir", dataDir.toString()))
                .isEqualTo(0);
        try (ConfigurableApplicationContext ctx = MataGarudaCommand.start("prod", false, dataDir, Map.of())) {
            assertThat(ctx.isActive()).isTrue();
        }
    }

    @Test
    void productionRefusesADatabaseThatHoldsDemoAccounts() {
        MataGarudaCommand.start("demo", false, dataDir, Map.of()).close();
        System.setIn(new ByteArrayInputStream("sandi-admin-yang-panjang\n".getBytes(StandardCharsets.UTF_8)));
        run("users", "create-admin", "--username", "admin.polpum", "--data-dir", dataDir.toString());
        assertThatThrownBy(() -> MataGarudaCommand.start("prod", false, dataDir, Map.of()).close())
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("akun demo");
    }

    @Test
    void syncCheckWorksOnAFileAloneAndRejectsABadFileNamingRowAndColumn() throws Exception {
        Path catalogue = dataDir.resolve("katalog.csv");
        Files.writeString(catalogue, String.join("\n", String.join(",", CatalogueRow.COLUMNS),
                "N-07,Partisipasi pemilih,nasional,00,persen,positif,tahunan,81,78,79,80,81,82,,ya",
                "P-32,Partisipasi Jabar,provinsi,32,%,positif,tahunan,80,80.5,81,81.5,82,83,N-07,,",
                "P-33,Tingkat partisipasi pemilih dalam pilkada,provinsi,33,persen,positif,tahunan,75,76,77,78,79,80,,,"));
        Path report = dataDir.resolve("laporan.csv");
        Path suggestions = dataDir.resolve("saran.csv");
        assertThat(run("sync", "check", "--input", catalogue.toString(), "--output", report.toString(),
                "--suggestions", suggestions.toString())).isEqualTo(0);
        assertThat(Files.readAllLines(report)).containsExactly(
                "kode_wilayah,kode_indikator_nasional,kode_indikator_daerah,status,keterangan",
                "00,N-07,,selaras,1 provinsi membawa indikator ini; agregat target provinsi memenuhi target nasional setiap tahun.",
                "32,N-07,P-32,selaras,\"Terhubung lewat P-32; satuan, polaritas dan target 2025-2029 selaras.\"",
                "33,N-07,,belum_ada,Belum ada indikator Jawa Tengah yang terhubung ke N-07 (Partisipasi pemilih).");
        assertThat(Files.readAllLines(suggestions)).element(1).asString().startsWith("P-33,N-07,");

        Files.writeString(catalogue, String.join("\n", String.join(",", CatalogueRow.COLUMNS),
                "N-07,Partisipasi pemilih,nasional,00,persen,positif,tahunan,delapan puluh,78,79,80,81,82,,ya"));
        assertThat(run("sync", "check", "--input", catalogue.toString(), "--output", report.toString())).isEqualTo(2);
        assertThat(err()).contains("baris,kolom,masalah", "2,baseline,'delapan puluh' bukan angka");
    }

    @Test
    void indicatorsImportWritesTheCatalogueIntoTheDatabaseOrNothing() throws Exception {
        Path catalogue = dataDir.resolve("katalog.csv");
        Files.writeString(catalogue, String.join("\n", String.join(",", CatalogueRow.COLUMNS),
                "N-07,Partisipasi pemilih,nasional,00,persen,positif,tahunan,81,78,79,80,81,82,,ya",
                "P-32,Partisipasi Jabar,provinsi,32,%,positif,tahunan,80,80.5,81,81.5,82,83,N-07,,"));
        assertThat(run("indicators", "import", catalogue.toString(), "--data-dir", dataDir.toString())).isEqualTo(0);
        assertThat(out()).contains("2 baris: 2 baru");
        Files.writeString(catalogue, String.join("\n", String.join(",", CatalogueRow.COLUMNS),
                "P-33,Partisipasi Jateng,provinsi,33,%,positif,tahunan,80,80.5,81,81.5,82,83,N-99,,"));
        assertThat(run("indicators", "import", catalogue.toString(), "--data-dir", dataDir.toString())).isEqualTo(2);
        assertThat(err()).contains("2,kode_induk,indikator induk N-99 tidak ada di katalog");
    }

    @Test
    void benchRefusesTargetsOffThisMachine() {
        assertThat(run("bench", "http", "--url", "http://10.0.0.1:8080/api/v1/regions")).isEqualTo(2);
        assertThat(err()).contains("127.0.0.1");
    }
}
