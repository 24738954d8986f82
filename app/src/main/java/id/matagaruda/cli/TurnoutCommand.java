package id.matagaruda.cli;

import id.matagaruda.participation.BacktestReport;
import id.matagaruda.participation.ProgrammeMenu;
import id.matagaruda.participation.StrategyRow;
import id.matagaruda.participation.TurnoutAnalysis;
import id.matagaruda.participation.TurnoutCsv;
import id.matagaruda.shared.FileRejectedException;
import id.matagaruda.participation.TurnoutFiles;
import id.matagaruda.shared.RowProblem;
import id.matagaruda.participation.TurnoutRecord;
import id.matagaruda.participation.TurnoutStrategy;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./matagaruda turnout ...}: turnout backtest and strategy on files alone (no server, no database). */
@Command(name = "turnout", mixinStandardHelpOptions = true,
        description = "Partisipasi pemilih dari berkas: uji balik model dan strategi per kab/kota. / Voter turnout from files.",
        subcommands = {TurnoutCommand.Backtest.class, TurnoutCommand.Strategy.class})
class TurnoutCommand {

    /** Options every verb shares, and the reading of the input with its rejection printed as a table. */
    abstract static class OnInput implements Callable<Integer> {

        @Option(names = "--input", required = true,
                description = "CSV kode_wilayah,pemilihan,dpt,pengguna_hak_pilih[,dptb,tps,suara_sah,suara_tidak_sah,jenis,tahun]")
        Path input;

        @Option(names = "--output", required = true, description = "berkas hasil")
        Path output;

        @Option(names = "--seed", defaultValue = "42", description = "benih acak lipatan dan model (bawaan ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--folds", defaultValue = "5", description = "jumlah lipatan K (bawaan ${DEFAULT-VALUE})")
        int folds;

        @Option(names = "--include-flagged", description = "ikut melatih dari baris yang ditandai (bawaan: tidak)")
        boolean includeFlagged;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(input)) {
                System.err.println("--input: berkas " + input + " tidak ada atau tidak dapat dibaca");
                return 2;
            }
            if (folds < 2 || folds > 20) {
                System.err.println("--folds: harus 2-20");
                return 2;
            }
            try (InputStream in = Files.newInputStream(input)) {
                List<TurnoutRecord> rows = TurnoutCsv.withShippedRegions().read(in);
                return run(rows, TurnoutAnalysis.shipped().run(rows,
                        new TurnoutAnalysis.Options(seed, folds, includeFlagged)));
            } catch (FileRejectedException e) {
                printRejected(e);
                return 2;
            }
        }

        abstract int run(List<TurnoutRecord> rows, TurnoutAnalysis.Result result) throws Exception;
    }

    static void printRejected(FileRejectedException e) {
        System.err.println("Masukan ditolak seluruhnya (" + e.total() + " masalah); tidak ada yang dihitung:");
        System.err.println("baris,kolom,masalah");
        for (RowProblem p : e.problems()) {
            System.err.println(p.row() + "," + p.column() + "," + p.text(MataGarudaCommand.INDONESIAN));
        }
    }

    @Command(name = "backtest", mixinStandardHelpOptions = true,
            description = "Validasi silang K-lipat dan per provinsi: model vs national_mean dan province_mean (JSON).")
    static class Backtest extends OnInput {
        @Override
        int run(List<TurnoutRecord> rows, TurnoutAnalysis.Result result) throws Exception {
            BacktestReport report = result.backtest();
            String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report.toJson());
            Files.writeString(output, json + "\n", StandardCharsets.UTF_8);
            System.out.println(json);
            return 0;
        }
    }

    @Command(name = "strategy", mixinStandardHelpOptions = true,
            description = "Prediksi, selisih terhadap target, pendorong dan program yang direkomendasikan per kab/kota (CSV).")
    static class Strategy extends OnInput {

        @Option(names = "--target", description = "target partisipasi dalam persen (0-100); bawaan: target_bawaan "
                + "methodology/turnout-target.yaml")
        Double requested;

        double target;

        @Override
        public Integer call() throws Exception {
            target = TurnoutStrategy.targetOrDefault(requested);
            if (!(target >= 0 && target <= 100)) {
                System.err.println("--target: harus 0-100 (persen), bukan " + target);
                return 2;
            }
            return super.call();
        }

        @Override
        int run(List<TurnoutRecord> rows, TurnoutAnalysis.Result result) throws Exception {
            List<StrategyRow> plan = new TurnoutStrategy(ProgrammeMenu.shipped()).plan(result.forecasts(), target);
            try (OutputStream out = Files.newOutputStream(output)) {
                TurnoutFiles.writeStrategy(plan, out);
            }
            long below = plan.stream().filter(StrategyRow::belowTarget).count();
            BacktestReport b = result.backtest();
            System.out.printf(Locale.ROOT, "%d kab/kota, %d di bawah target %.2f%% -> %s%n", plan.size(), below, target, output);
            System.out.printf(Locale.ROOT, "model MAE %.2f poin (province_mean %.2f, national_mean %.2f); interval 80%%: "
                    + "cakupan %.1f%%; %d baris ditandai%n", b.model().mae(), b.provinceMean().mae(),
                    b.nationalMean().mae(), 100 * b.intervalCoverage(), b.flags().size());
            return 0;
        }
    }
}
