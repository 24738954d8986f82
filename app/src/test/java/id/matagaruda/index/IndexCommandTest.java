package id.matagaruda.index;

import id.matagaruda.ConsoleCapture;
import static org.assertj.core.api.Assertions.assertThat;

import id.matagaruda.cli.MataGarudaCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./matagaruda index ...} on temporary files, as an analyst runs it without a server. */
class IndexCommandTest {

    @TempDir Path dir;

    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static final String IKUB = """
            kode_wilayah,tahun,indikator,nilai
            00,2019,TOLERANSI,72.37
            00,2019,KESETARAAN,73.72
            00,2019,KERJASAMA,75.40
            32.73,2019,TOLERANSI,80
            32.73,2019,KESETARAAN,
            32.73,2019,KERJASAMA,70
            """;

    @Test
    void computeWritesOneRowPerRegionAndYearWithProvenance() throws Exception {
        Path output = dir.resolve("hasil.csv");
        int code = MataGarudaCommand.run(new String[] {"index", "compute", "--index", "ikub", "--input",
            file("ikub.csv", IKUB).toString(), "--output", output.toString()});
        assertThat(code).isEqualTo(0);
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(0)).startsWith("kode_wilayah,tahun,indeks,nilai,kategori,spesifikasi,alasan,diimputasi");
        assertThat(lines.get(1)).startsWith("00,2019,ikub,73.83,,ikub@2019,,,masukan,");
        assertThat(lines.get(2)).startsWith("32.73,2019,ikub,,,ikub@2019,masukan tidak ada dan tidak diimputasi: KESETARAAN");
        assertThat(console.out()).contains("ikub@2019", "2 baris (1 tanpa nilai)");
    }

    @Test
    void computeWithASpecFileAndRollupAddsProvinceAndNationRows() throws Exception {
        Path spec = file("uji.yaml", """
                id: uji
                version: "2"
                rollup: mean
                children: [{id: a}]
                """);
        Path output = dir.resolve("hasil.csv");
        int code = MataGarudaCommand.run(new String[] {"index", "compute", "--spec", spec.toString(), "--input",
            file("in.csv", "kode_wilayah,tahun,indikator,nilai\n32.73,2024,a,50\n").toString(), "--output",
            output.toString(), "--rollup"});
        assertThat(code).isEqualTo(0);
        assertThat(Files.readAllLines(output)).extracting(l -> l.split(",")[0]).containsExactly("kode_wilayah", "00", "32", "32.73");
    }

    @Test
    void badInputIsRejectedWithRowColumnAndProblemOnStderrAndExitCode2() throws Exception {
        Path output = dir.resolve("hasil.csv");
        int code = MataGarudaCommand.run(new String[] {"index", "compute", "--index", "ikub", "--input",
            file("buruk.csv", "kode_wilayah,tahun,indikator,nilai\n32.73,2019,TOLERANSI,abc\n32.73,2019,KEBAHAGIAAN,1\n")
                    .toString(), "--output", output.toString()});
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("baris,kolom,masalah", "2,nilai,", "3,indikator,");
        assertThat(output).doesNotExist();
    }

    @Test
    void anInvalidSpecFileIsRefusedWithLineAndPath() throws Exception {
        Path spec = file("salah.yaml", """
                id: uji
                version: "1"
                weights: {method: explicit, sum: 100}
                children: [{id: a, weight: 40}, {id: b, weight: 50}]
                """);
        int code = MataGarudaCommand.run(new String[] {"index", "audit", "--spec", spec.toString(), "--input",
            file("in.csv", "kode_wilayah,tahun,indikator,nilai\n32.73,2024,a,50\n").toString()});
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("baris,jalur,masalah", "3,uji.weights.sum,");
    }

    @Test
    void sensitivityWithTheSameSeedWritesTheSameFile() throws Exception {
        StringBuilder csv = new StringBuilder("kode_wilayah,tahun,indikator,nilai\n");
        for (int k = 1; k <= 9; k++) {
            csv.append("32.0").append(k).append(",2019,TOLERANSI,").append(60 + k).append('\n');
            csv.append("32.0").append(k).append(",2019,KESETARAAN,").append(80 - 2 * k).append('\n');
            csv.append("32.0").append(k).append(",2019,KERJASAMA,").append(70 + (k % 3)).append('\n');
        }
        Path input = file("in.csv", csv.toString());
        Path first = dir.resolve("s1.csv");
        Path second = dir.resolve("s2.csv");
        for (Path output : List.of(first, second)) {
            assertThat(MataGarudaCommand.run(new String[] {"index", "sensitivity", "--index", "ikub", "--input",
                input.toString(), "--runs", "200", "--seed", "7", "--output", output.toString()})).isEqualTo(0);
        }
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readAllLines(first).get(0)).isEqualTo(
                "kode_wilayah,tahun,nilai,peringkat,peringkat_p05,peringkat_p95,peringkat_median");
        assertThat(Files.readAllLines(first)).hasSize(10);
        assertThat(console.out()).contains("Indeks sensitivitas", "bobot", "normalisasi", "agregasi");
    }

    @Test
    void auditPrintsIndonesianLabels() throws Exception {
        int code = MataGarudaCommand.run(new String[] {"index", "audit", "--index", "ikub", "--input",
            file("ikub.csv", IKUB).toString()});
        assertThat(code).isEqualTo(0);
        assertThat(console.out()).contains("Audit statistik ikub@2019", "Porsi data kosong",
                "Korelasi antarindikator", "Alpha Cronbach", "komponen utama");
    }

    @Test
    void unknownIndexIsExplained() throws Exception {
        int code = MataGarudaCommand.run(new String[] {"index", "audit", "--index", "ikx", "--input",
            file("ikub.csv", IKUB).toString()});
        assertThat(code).isEqualTo(2);
        assertThat(console.err()).contains("ikx", "tidak ada");
    }
}
