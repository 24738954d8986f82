package id.matagaruda.cli;

import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.indicator.ImportResult;
import id.matagaruda.indicator.IndicatorService;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Katalog indikator di basis data. / The stored indicator catalogue.",
        subcommands = IndicatorsCommand.Import.class)
class IndicatorsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Impor katalog CSV/XLSX ke basis data (SPRING_DATASOURCE_URL, atau basis data bawaan di --data-dir).",
                "Aturan sama dengan impor lewat web/API; berkas dengan kesalahan ditolak seluruhnya. Dijalankan sebagai",
                "administrator server (semua wilayah), tercatat di log audit sebagai cli:<pengguna OS>."})
    static class Import implements Callable<Integer> {

        @Parameters(index = "0", description = "berkas katalog CSV atau XLSX")
        Path file;

        @Option(names = "--data-dir", defaultValue = "${env:MATAGARUDA_DATA_DIR:-data}", description = "Folder data (bawaan ${DEFAULT-VALUE})")
        Path dataDir;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(file)) {
                System.err.println("FILE: berkas " + file + " tidak ada atau tidak dapat dibaca");
                return 2;
            }
            try (ConfigurableApplicationContext ctx = MataGarudaCommand.start(null, false, dataDir, Map.of());
                    InputStream in = Files.newInputStream(file)) {
                ImportResult r = ctx.getBean(IndicatorService.class).importAsSystem(in,
                        "cli:" + System.getProperty("user.name", "?"));
                System.out.printf("%d baris: %d baru, %d diubah, %d tetap; %d rencana baru%n", r.rows(), r.created(),
                        r.updated(), r.unchanged(), r.plansCreated());
                return 0;
            } catch (FileRejectedException e) {
                MataGarudaCommand.printRejected(e, "tidak ada yang disimpan");
                return 2;
            } catch (java.io.IOException e) {
                System.err.println("FILE: " + e.getMessage());
                return 2;
            }
        }
    }
}
