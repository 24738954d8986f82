package id.matagaruda.cli;

import id.matagaruda.forecast.Backtest;
import id.matagaruda.forecast.ConflictEvent;
import id.matagaruda.forecast.EventFiles;
import id.matagaruda.forecast.RegionRisk;
import id.matagaruda.forecast.RiskEngine;
import id.matagaruda.forecast.RiskSettings;
import id.matagaruda.region.ReferenceRegions;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * First the skill on the shipped UCDP province-year split (train to 2012, test 2013-2023), ours beside the peer's
 * (scikit-learn L2 logistic regression, C=1, fitted by {@code tools/bench/risk_peer.py} on the same feature table) when
 * python3 with scikit-learn is present. Then times the kab/kota-month path at national scale: seeded synthetic events for all 514 kab/kota over 120 months
 * (clustered in time and by region, like real unrest), then features + training, scoring all regions, and optionally
 * a rolling backtest over the last 24 months.
 */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Ukur waktu fitur, pelatihan dan skor kerawanan 514 kab/kota x 120 bulan. / Time risk training.")
class RiskBenchCommand implements Callable<Integer> {

    @Option(names = "--months", defaultValue = "120")
    int months;

    @Option(names = "--model", defaultValue = "xgboost", description = "xgboost atau logistic")
    String model;

    @Option(names = "--runs", defaultValue = "5", description = "pengulangan skor terukur")
    int runs;

    @Option(names = "--skip-backtest", description = "tanpa backtest bergulir 24 bulan terakhir")
    boolean skipBacktest;

    @Option(names = "--peer-script", defaultValue = "tools/bench/risk_peer.py",
            description = "skrip pembanding scikit-learn (bawaan ${DEFAULT-VALUE})")
    Path peerScript;

    @Option(names = "--skip-skill", description = "tanpa uji keterampilan UCDP dan pembanding")
    boolean skipSkill;

    @Override
    public Integer call() throws Exception {
        if (!skipSkill) {
            skill();
        }
        List<ConflictEvent> events = synthetic(months, new SplittableRandom(42));
        int first = 2015 * 12;
        String until = String.format(Locale.ROOT, "%04d-%02d", (first + months - 1) / 12, (first + months - 1) % 12 + 1);
        RiskSettings settings = RiskSettings.parse("kabkota", "month", null, 1, null, null);
        System.out.printf(Locale.ROOT, "events=%d regions=514 months=%d model=%s%n", events.size(), months, model);
        long t0 = System.nanoTime();
        try (RiskEngine.Trained trained = RiskEngine.train(events, settings, until, model)) {
            long t1 = System.nanoTime();
            System.out.printf(Locale.ROOT, "features+training: %.2f s (panel %d rows)%n", (t1 - t0) / 1e9,
                    514 * (months - 1));
            trained.score();
            long best = Long.MAX_VALUE;
            List<RegionRisk> scored = List.of();
            for (int i = 0; i < runs; i++) {
                long s0 = System.nanoTime();
                scored = trained.score();
                best = Math.min(best, System.nanoTime() - s0);
            }
            long high = scored.stream().filter(r -> r.kategoriRisiko().equals("rawan tinggi")).count();
            System.out.printf(Locale.ROOT, "scoring %d regions (with drivers): best %.1f ms of %d runs; rawan tinggi %d%n",
                    scored.size(), best / 1e6, runs, high);
        }
        if (!skipBacktest) {
            int trainEnd = first + months - 25;
            RiskSettings bt = RiskSettings.parse("kabkota", "month",
                    String.format(Locale.ROOT, "%04d-%02d", trainEnd / 12, trainEnd % 12 + 1), 1, null, null);
            long b0 = System.nanoTime();
            Backtest b = RiskEngine.backtest(events, bt);
            System.out.printf(Locale.ROOT, "backtest (24 test months, refit every 12): %.2f s%n",
                    (System.nanoTime() - b0) / 1e9);
            System.out.println(RiskCommand.summary(b));
        }
        return 0;
    }

    /** Our UCDP skill and the peer's, from the same feature table in the same run. */
    void skill() throws Exception {
        List<ConflictEvent> ucdp = EventFiles.ucdp();
        RiskSettings s = RiskSettings.parse("provinsi", "year", "2012", 1, null, null);
        Backtest b = RiskEngine.backtest(ucdp, s);
        System.out.printf(Locale.ROOT, "UCDP provinsi-tahun, latih s.d. 2012, uji %s..%s: kita %s (%s), skor keterampilan "
                + "%.3f vs %s (Brier %.5f vs %.5f)%n", b.testPeriods().get(0), b.testPeriods().get(b.testPeriods().size() - 1),
                b.selectedModel(), b.selectionNote().replaceAll(".*chosen ", "").replaceAll(" \\(.*", ""),
                b.brierSkillVsBestBaseline(), b.bestBaseline(), b.model().brier(),
                b.baselines().get(b.bestBaseline()).brier());
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        if (!Files.isReadable(peerScript)) {
            System.out.println("pembanding dilewati: skrip " + peerScript + " tidak ada (jalankan dari akar proyek)");
            return;
        }
        if (run(List.of(python, "-c", "import sklearn, numpy")).code != 0) {
            System.out.println("pembanding dilewati: " + python + " dengan scikit-learn tidak ada "
                    + "(Debian: apt-get install python3-sklearn)");
            return;
        }
        Path table = Files.createTempFile("risk-fitur", ".csv");
        try {
            try (Writer w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
                RiskEngine.featureTable(ucdp, s, w);
            }
            Result r = run(List.of(python, peerScript.toString(), table.toString()));
            if (r.code != 0) {
                System.out.println("pembanding gagal (" + r.code + "): " + r.output.strip());
                return;
            }
            tools.jackson.databind.JsonNode peer = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(r.output.strip());
            System.out.printf(Locale.ROOT, "pembanding %s: skor keterampilan %.3f (dilatih ulang tiap tahun, seperti kita), "
                    + "%.3f (dilatih sekali s.d. 2012), vs %s Brier %.5f%n", peer.get("peer").asString(),
                    peer.get("refit").get("skill").asDouble(), peer.get("static").get("skill").asDouble(),
                    peer.get("best_baseline").asString(), peer.get("best_baseline_brier").asDouble());
        } finally {
            Files.deleteIfExists(table);
        }
    }

    private record Result(int code, String output) {}

    private static Result run(List<String> command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        } catch (java.io.IOException e) {
            return new Result(127, e.getMessage());
        }
    }

    /** Events whose rate per kab/kota and month rises after recent events (self-exciting) and with population. */
    static List<ConflictEvent> synthetic(int months, SplittableRandom rnd) {
        ReferenceRegions regions = ReferenceRegions.shipped();
        List<String> codes = regions.codes().stream().filter(k -> k.length() == 5).toList();
        String[] categories = {"unjuk rasa", "bentrok antarwarga", "konflik agraria", "kekerasan politik"};
        List<ConflictEvent> out = new ArrayList<>();
        int first = 2015 * 12;
        for (String code : codes) {
            double base = Math.exp(-3.2 + 0.9 * rnd.nextGaussian());
            double excitement = 0;
            for (int m = 0; m < months; m++) {
                double rate = base * (1 + ((m % 12) == 5 ? 0.5 : 0)) + excitement;
                int n = poisson(rate, rnd);
                excitement = 0.6 * excitement + 0.35 * n;
                String month = String.format(Locale.ROOT, "%04d-%02d", (first + m) / 12, (first + m) % 12 + 1);
                for (int k = 0; k < n; k++) {
                    out.add(new ConflictEvent(0, month + "-" + String.format("%02d", 1 + rnd.nextInt(28)), code, null,
                            null, categories[rnd.nextInt(categories.length)], rnd.nextInt(3), null, null));
                }
            }
        }
        return out;
    }

    private static int poisson(double mu, SplittableRandom rnd) {
        double l = Math.exp(-Math.min(mu, 30));
        int k = 0;
        double p = rnd.nextDouble();
        while (p > l) {
            p *= rnd.nextDouble();
            k++;
        }
        return k;
    }
}
