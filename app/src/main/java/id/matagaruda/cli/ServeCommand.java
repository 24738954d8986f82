package id.matagaruda.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Jalankan server produksi. Basis data dari lingkungan: SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME,",
            "SPRING_DATASOURCE_PASSWORD (mis. jdbc:postgresql://db:5432/matagaruda). Menolak berjalan tanpa akun admin",
            "atau bila ada akun demo. / Start the production server configured from the environment."})
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:MATAGARUDA_PORT:-8080}", description = "Port HTTP (bawaan ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data-dir", defaultValue = "${env:MATAGARUDA_DATA_DIR:-data}",
            description = "Folder berkas (data dukung, lake); bawaan ${DEFAULT-VALUE}")
    Path dataDir;

    @Override
    public Integer call() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            System.err.println("SPRING_DATASOURCE_URL belum diisi. Contoh:\n"
                    + "  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/matagaruda SPRING_DATASOURCE_USERNAME=mg \\\n"
                    + "  SPRING_DATASOURCE_PASSWORD=... ./matagaruda serve\n"
                    + "(SPRING_DATASOURCE_URL is required: production never runs on the embedded demo database.)");
            return 2;
        }
        MataGarudaCommand.start("prod", true, dataDir, Map.of("server.port", port));
        return 0;
    }
}
