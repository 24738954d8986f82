package id.matagaruda.cli;

import id.matagaruda.forecast.Backtest;
import id.matagaruda.forecast.ConflictEvent;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.forecast.EventFiles;
import id.matagaruda.forecast.RegionRisk;
import id.matagaruda.forecast.RiskEngine;
import id.matagaruda.forecast.RiskForecast;
import id.matagaruda.forecast.RiskSettings;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./matagaruda risk ...}: conflict-risk backtests and forecasts on an event file (no server, no database). */
@Command(name = "risk", mixinStandardHelpOptions = true,
        description = "Peramalan kerawanan konflik dari berkas kejadian. / Conflict-risk forecasting from an event file.",
        subcommands = {RiskCommand.BacktestVerb.class, RiskCommand.ForecastVerb.class, RiskAlertsCommand.class})
class RiskCommand {

    abstract static class OnEvents implements Callable<Integer> {

        @Option(names = "--events", required = true,
                description = "CSV kejadian: tanggal,wilayah[,lintang,bujur,kategori,korban], atau berkas bertag HXL")
        Path events;

        @Option(names = "--level", required = true, description = "provinsi atau kabkota")
        String level;

        @Option(names = "--period", required = true, description = "year atau month")
        String period;

        @Option(names = "--horizon", defaultValue = "1", description = "periode ke depan, 1-6 (bawaan ${DEFAULT-VALUE})")
        int horizon;

        @Option(names = "--categories", description = "kategori yang dihitung, dipisah koma (bawaan: semua)")
        String categories;

        @Option(names = "--seed", description = "benih acak (bawaan " + RiskSettings.DEFAULT_SEED + ")")
        Long seed;

        @Option(names = "--output", required = true, description = "berkas keluaran")
        Path output;

        abstract String trainUntil();

        abstract int run(List<ConflictEvent> events, RiskSettings settings) throws Exception;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(events)) {
                System.err.println("--events: berkas " + events + " tidak ada atau tidak dapat dibaca");
                return 2;
            }
            try {
                RiskSettings settings = RiskSettings.parse(level, period, trainUntil(), horizon, categories, seed);
                List<ConflictEvent> list;
                try (InputStream in = Files.newInputStream(events)) {
                    list = EventFiles.read(in);
                }
                return run(list, settings);
            } catch (FileRejectedException e) {
                System.err.println("Berkas kejadian ditolak (" + e.total() + " masalah); tidak ada yang dihitung:");
                System.err.println("baris,kolom,masalah");
                for (RowProblem p : e.problems()) {
                    System.err.println(p.row() + "," + p.column() + "," + p.text(MataGarudaCommand.INDONESIAN));
                }
                return 2;
            } catch (InvalidInputException e) {
                for (FieldProblem p : e.problems()) {
                    System.err.println("--" + p.field() + ": " + message(p));
                }
                return 2;
            }
        }
    }

    @Command(name = "backtest", mixinStandardHelpOptions = true,
            description = "Uji model pada periode yang disisihkan, dibanding garis dasar. / Held-out evaluation vs baselines.")
    static class BacktestVerb extends OnEvents {

        @Option(names = "--train-until", required = true, description = "periode terakhir untuk belajar (YYYY atau YYYY-MM)")
        String trainUntil;

        @Option(names = "--feature-table",
                description = "tulis juga tabel fitur (baris yang sama dengan model) untuk model pembanding")
        Path featureTable;

        @Override
        String trainUntil() {
            return trainUntil;
        }

        @Override
        int run(List<ConflictEvent> events, RiskSettings settings) throws Exception {
            Backtest b = RiskEngine.backtest(events, settings);
            if (featureTable != null) {
                try (Writer w = Files.newBufferedWriter(featureTable, StandardCharsets.UTF_8)) {
                    RiskEngine.featureTable(events, settings, w);
                }
            }
            Files.writeString(output, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(b.toMetrics()) + "\n", StandardCharsets.UTF_8);
            System.err.println(summary(b));
            return 0;
        }
    }

    @Command(name = "forecast", mixinStandardHelpOptions = true,
            description = "Ramalan kerawanan per wilayah untuk periode setelah data. / Risk per region after the data.")
    static class ForecastVerb extends OnEvents {

        @Option(names = "--train-until",
                description = "akhir data latih untuk uji keterampilan (bawaan: sepertiga periode terakhir disisihkan)")
        String trainUntil;

        @Override
        String trainUntil() {
            return trainUntil;
        }

        @Override
        int run(List<ConflictEvent> events, RiskSettings settings) throws Exception {
            RiskForecast f = RiskEngine.forecast(events, settings);
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                w.write(RiskForecast.CSV_HEADER + "\n");
                for (RegionRisk r : f.regions()) {
                    w.write(String.join(",", r.kodeWilayah(), r.periode(),
                            String.format(Locale.ROOT, "%.4f", r.probabilitas()), r.kategoriRisiko(),
                            quote(r.pendorongUtama())) + "\n");
                }
            }
            System.err.println(summary(f.backtest()));
            System.err.println(f.fallback()
                    ? "Ramalan memakai garis dasar '" + f.metode() + "' karena model tidak mengalahkannya."
                    : "Ramalan memakai model '" + f.metode() + "'.");
            return 0;
        }
    }

    static String summary(Backtest b) {
        String verdict = b.beatsBestBaseline()
                ? "mengalahkan garis dasar terbaik"
                : "TIDAK mengalahkan garis dasar terbaik; ramalan memakai garis dasar itu";
        return String.format(Locale.ROOT,
                "Uji %s..%s (%d periode): model %s Brier %.4f vs %s %.4f -> skor keterampilan %.3f, %s. "
                        + "Kejadian dipakai %d, di luar Indonesia %d, tak dikenali %d.",
                b.testPeriods().get(0), b.testPeriods().get(b.testPeriods().size() - 1), b.testPeriods().size(),
                b.selectedModel(), b.model().brier(), b.bestBaseline(), b.baselines().get(b.bestBaseline()).brier(),
                b.brierSkillVsBestBaseline(), verdict, b.events().used(), b.events().outsideIndonesia(),
                b.events().unresolved());
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String message(FieldProblem p) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n/forecast", Locale.forLanguageTag("id"));
        String pattern = bundle.containsKey(p.messageKey()) ? bundle.getString(p.messageKey()) : p.messageKey();
        return java.text.MessageFormat.format(pattern, p.args().toArray());
    }
}
