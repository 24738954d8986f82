package id.matagaruda.cli;

import id.matagaruda.forecast.AlertSimulation;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How right the spike test is on seeded overdispersed series, beside the old plain Poisson test on the same series:
 * false alarms with no spike (goal at most 2%) and detection of a doubled mean (goal at least 80% at means of 5 and up).
 */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Alarm palsu dan daya deteksi uji lonjakan pada seri binomial negatif tersimulasi, dibanding uji "
                + "Poisson lama. / Spike-test false alarms and detection on simulated series vs the old Poisson test.")
class AlertsBenchCommand implements Callable<Integer> {

    @Option(names = "--series", defaultValue = "2000", description = "seri per sel (rerata x dispersi)")
    int series;

    @Option(names = "--means", defaultValue = "1,2,5,10,20,50,100,800,5000", split = ",")
    double[] means;

    @Option(names = "--dispersions", defaultValue = "0,0.02,0.05,0.1,0.2", split = ",",
            description = "dispersi NB2 alpha (varians = mu + alpha mu^2); 0 = Poisson")
    double[] dispersions;

    @Option(names = "--seed", defaultValue = "13")
    long seed;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        AlertSimulation.Run run = AlertSimulation.run(means, dispersions, series, seed);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s; %d seri per sel, benih %d; dispersi gabungan %.3f; %.1f s%n",
                run.metodologi(), series, seed, run.pooledDispersion(), seconds);
        System.out.println("mean,alpha,fa_ours,fa_poisson,fa_old_code,det_ours,det_poisson,det_old_code,det_oracle");
        for (AlertSimulation.Cell c : run.cells()) {
            System.out.printf(Locale.ROOT, "%s,%s,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f%n", num(c.mean()), num(c.dispersion()),
                    c.ours().falseAlarm(), c.poisson().falseAlarm(), c.oldCode().falseAlarm(), c.ours().detection(),
                    c.poisson().detection(), c.oldCode().detection(), c.oracleDetection());
        }
        for (double alpha : dispersions) {
            AlertSimulation.Run only = new AlertSimulation.Run(run.cells().stream()
                    .filter(c -> c.dispersion() == alpha).toList(), run.pooledDispersion(), run.metodologi());
            print("alpha=" + num(alpha), only);
        }
        print("semua", run);
        return 0;
    }

    private static void print(String label, AlertSimulation.Run run) {
        double[][] all = run.pooled(Double.NEGATIVE_INFINITY);
        double[][] five = run.pooled(5);
        System.out.printf(Locale.ROOT, "%s: alarm palsu (semua rerata) ours %.2f%% poisson %.2f%% lama %.2f%%; "
                + "deteksi (rerata >= 5) ours %.1f%% poisson %.1f%% lama %.1f%% (batas oracle %.1f%%)%n", label,
                100 * all[0][0], 100 * all[1][0], 100 * all[2][0], 100 * five[0][1], 100 * five[1][1],
                100 * five[2][1], 100 * five[3][1]);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
