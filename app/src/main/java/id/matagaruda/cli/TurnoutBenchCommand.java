package id.matagaruda.cli;

import id.matagaruda.participation.BacktestReport;
import id.matagaruda.participation.TurnoutAnalysis;
import id.matagaruda.participation.TurnoutCsv;
import id.matagaruda.participation.TurnoutRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the whole turnout analysis (quality checks, 5-fold backtest with nested interval folds, leave-one-province-out
 * backtest, final fit and explanations) on the shipped 514 kab/kota of Pilpres 2019.
 */
@Command(name = "turnout", mixinStandardHelpOptions = true,
        description = "Ukur waktu uji balik partisipasi 514 kab/kota (target < 30 s). / Time the turnout backtest.")
class TurnoutBenchCommand implements Callable<Integer> {

    @Option(names = "--runs", defaultValue = "3", description = "pengulangan terukur setelah satu pemanasan")
    int runs;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Override
    public Integer call() {
        List<TurnoutRecord> rows = TurnoutCsv.shipped2019();
        TurnoutAnalysis analysis = TurnoutAnalysis.shipped();
        TurnoutAnalysis.Options options = new TurnoutAnalysis.Options(seed, 5, false);
        long w0 = System.nanoTime();
        analysis.run(rows, options);
        double warm = (System.nanoTime() - w0) / 1e9;
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        BacktestReport report = null;
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            report = analysis.run(rows, options).backtest();
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        Arrays.sort(cpu);
        Arrays.sort(seconds);
        System.out.printf(Locale.ROOT, "Masukan: %d kab/kota (Pilpres 2019), %d dipakai, %d ditandai; %d prosesor%n",
                rows.size(), report.used(), report.flags().size(), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "uji balik lengkap: pemanasan %.2f s; %d run: median %.2f s, maks %.2f s (target < 30 s)%n",
                warm, runs, seconds[runs / 2], seconds[runs - 1]);
        // XGBoost trains on this thread (nthread 1): CPU time shows the cost when the machine is shared
        System.out.printf(Locale.ROOT, "waktu CPU utas: median %.2f s%n", cpu[runs / 2]);
        System.out.printf(Locale.ROOT, "K-fold: model MAE %.3f, province_mean %.3f, national_mean %.3f; cakupan interval %.3f%n",
                report.model().mae(), report.provinceMean().mae(), report.nationalMean().mae(), report.intervalCoverage());
        return seconds[runs - 1] < 30 ? 0 : 1;
    }
}
