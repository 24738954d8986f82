package id.matagaruda.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Jalankan server dengan basis data bawaan (H2 di DATA_DIR) dan data demo. / Start the server with the embedded database and demo data.")
class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "Port HTTP (bawaan ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data-dir", defaultValue = "data", description = "Folder data (bawaan ${DEFAULT-VALUE})")
    Path dataDir;

    @Override
    public Integer call() {
        MataGarudaCommand.start("demo", true, dataDir, Map.of("server.port", port));
        System.out.println("Mata Garuda berjalan di http://localhost:" + port + "/  (akun demo: pusat.analis / demo-garuda)");
        return 0;
    }
}
