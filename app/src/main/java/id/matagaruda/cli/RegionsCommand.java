package id.matagaruda.cli;

import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import id.matagaruda.region.RegionService;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.ObjectMapper;

@Command(name = "regions", mixinStandardHelpOptions = true, description = "Kode wilayah Kemendagri. / Region codes.",
        subcommands = RegionsCommand.List.class)
class RegionsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Cetak wilayah satu tingkat, atau anak dari satu wilayah. / Print regions of a level.")
    static class List implements Callable<Integer> {

        @Option(names = "--level", required = true, description = "provinsi | kabkota | kecamatan | desa")
        String level;

        @Option(names = "--parent", description = "kode induk, mis. 32 atau 32.73")
        String parent;

        @Option(names = "--format", defaultValue = "csv", description = "csv | json (bawaan ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--data-dir", defaultValue = "data", description = "Folder data (bawaan ${DEFAULT-VALUE})")
        Path dataDir;

        @Override
        public Integer call() throws Exception {
            RegionLevel lvl = RegionLevel.fromCode(level).filter(l -> l != RegionLevel.NASIONAL).orElse(null);
            if (lvl == null) {
                System.err.println("--level: '" + level + "' bukan tingkat wilayah; gunakan provinsi, kabkota, kecamatan atau desa");
                return 2;
            }
            if (!format.equals("csv") && !format.equals("json")) {
                System.err.println("--format: gunakan csv atau json");
                return 2;
            }
            try (ConfigurableApplicationContext ctx = MataGarudaCommand.start(null, false, dataDir, Map.of())) {
                java.util.List<Region> regions;
                try {
                    regions = ctx.getBean(RegionService.class).list(lvl, parent);
                } catch (InvalidInputException | id.matagaruda.shared.NotFoundException e) {
                    System.err.println("--parent: " + describe(ctx, e));
                    return 2;
                }
                PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
                if (format.equals("json")) {
                    out.println(ctx.getBean(ObjectMapper.class).writerWithDefaultPrettyPrinter().writeValueAsString(regions));
                } else {
                    CSVPrinter csv = CSVFormat.RFC4180.builder()
                            .setHeader("kode", "nama", "level", "parent", "jenis", "population", "area_km2").get()
                            .print(out);
                    for (Region r : regions) {
                        csv.printRecord(r.kode(), r.nama(), r.level().code(), r.parent(), r.jenis(), r.population(),
                                r.areaKm2());
                    }
                    csv.flush();
                }
                out.flush();
                return 0;
            }
        }

        private static String describe(ConfigurableApplicationContext ctx, RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                FieldProblem p = invalid.problems().get(0);
                return MataGarudaCommand.text(ctx, p);
            }
            id.matagaruda.shared.NotFoundException nf = (id.matagaruda.shared.NotFoundException) e;
            return MataGarudaCommand.text(ctx, new FieldProblem("parent", nf.messageKey(), nf.args()));
        }
    }
}
