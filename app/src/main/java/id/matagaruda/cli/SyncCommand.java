package id.matagaruda.cli;

import id.matagaruda.indicator.CatalogueFiles;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.indicator.CatalogueRow;
import id.matagaruda.indicator.OfflineSync;
import id.matagaruda.indicator.SyncReportRow;
import id.matagaruda.indicator.SyncStatus;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sinkronisasi indikator pusat-daerah. / Central-regional indicator synchronisation.",
        subcommands = SyncCommand.Check.class)
class SyncCommand {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Periksa keselarasan katalog indikator (CSV/XLSX) tanpa server; tulis laporan CSV.",
                "Checks a catalogue file on its own (no server) and writes the report."})
    static class Check implements Callable<Integer> {

        @Option(names = "--input", required = true, description = "katalog CSV atau XLSX")
        Path input;

        @Option(names = "--output", required = true, description = "laporan CSV (atau .xlsx)")
        Path output;

        @Option(names = "--suggestions", description = "saran tautan kode_induk (CSV)")
        Path suggestions;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(input)) {
                System.err.println("--input: berkas " + input + " tidak ada atau tidak dapat dibaca");
                return 2;
            }
            List<CatalogueRow> rows;
            try {
                rows = OfflineSync.read(input);
            } catch (FileRejectedException e) {
                MataGarudaCommand.printRejected(e, "tidak ada yang diperiksa");
                return 2;
            } catch (java.io.IOException e) {
                System.err.println("--input: " + e.getMessage());
                return 2;
            }
            List<SyncReportRow> report = OfflineSync.check(rows);
            try (OutputStream out = Files.newOutputStream(output)) {
                if (output.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
                    CatalogueFiles.writeReportXlsx(report, out);
                } else {
                    CatalogueFiles.writeReportCsv(report, out);
                }
            }
            if (suggestions != null) {
                try (OutputStream out = Files.newOutputStream(suggestions)) {
                    CatalogueFiles.writeSuggestionsCsv(OfflineSync.suggest(rows), out);
                }
            }
            Map<SyncStatus, Integer> counts = new TreeMap<>();
            report.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
            System.out.println(rows.size() + " indikator, " + report.size() + " baris laporan -> " + output);
            counts.forEach((s, n) -> System.out.println("  " + s.code() + ": " + n));
            return 0;
        }
    }
}
