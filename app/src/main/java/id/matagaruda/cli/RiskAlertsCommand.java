package id.matagaruda.cli;

import id.matagaruda.forecast.CountAlerts;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./matagaruda risk alerts}: the spike test on a file of counts per region and period, the last period of every
 * series tested; one output row per alert. A wrong input is refused whole and nothing is written.
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Peringatan lonjakan pada periode terakhir tiap wilayah dari berkas jumlah kejadian. "
                + "/ Spike alerts on the last period of each region's counts.")
class RiskAlertsCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, description = "CSV: kode_wilayah,periode,jumlah (periode dapat diurutkan)")
    Path input;

    @Option(names = "--output", required = true,
            description = "CSV keluaran: kode_wilayah,periode,jumlah,diharapkan,p_value,tingkat (satu baris per peringatan)")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isReadable(input)) {
            System.err.println("--input: berkas " + input + " tidak ada atau tidak dapat dibaca");
            return 2;
        }
        List<CountAlerts.Count> counts;
        try (Reader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            counts = CountAlerts.read(r);
        } catch (FileRejectedException e) {
            System.err.println("Berkas jumlah ditolak (" + e.total() + " masalah); tidak ada yang ditulis:");
            System.err.println("baris,kolom,masalah");
            for (RowProblem p : e.problems()) {
                System.err.println(p.row() + "," + p.column() + "," + p.text(MataGarudaCommand.INDONESIAN));
            }
            return 2;
        }
        CountAlerts.Outcome outcome = CountAlerts.detect(counts);
        // written beside the target and moved into place, so a failure never leaves half a file
        Path absolute = output.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".alerts", ".csv");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(CountAlerts.CSV_HEADER + "\n");
                for (CountAlerts.CountAlert a : outcome.alerts()) {
                    w.write(String.join(",", quote(a.kodeWilayah()), quote(a.periode()), Integer.toString(a.jumlah()),
                            String.format(Locale.ROOT, "%.4f", a.diharapkan()),
                            String.format(Locale.ROOT, "%.3e", a.pValue()), a.tingkat()) + "\n");
                }
            }
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        System.err.printf(Locale.ROOT, "%d seri, %d diuji, %d riwayat terlalu pendek; %d peringatan (%s, dispersi "
                + "gabungan %.3f).%n", outcome.series(), outcome.tested(), outcome.tooShort(), outcome.alerts().size(),
                outcome.metodologi(), outcome.pooledDispersion());
        return 0;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
