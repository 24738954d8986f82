package id.matagaruda.cli;

import id.matagaruda.index.AuditReport;
import id.matagaruda.index.IndexEngine;
import id.matagaruda.index.IndexFiles;
import id.matagaruda.index.IndexInputs;
import id.matagaruda.index.IndexResult;
import id.matagaruda.index.IndexSpec;
import id.matagaruda.index.IndexSpecs;
import id.matagaruda.index.InvalidSpecException;
import id.matagaruda.index.Observation;
import id.matagaruda.index.SensitivityOptions;
import id.matagaruda.index.SensitivityReport;
import id.matagaruda.index.SpecProblem;
import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.region.Region;
import id.matagaruda.region.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./matagaruda index ...}: the composite index engine on files alone (no server, no database). */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Indeks komposit dari berkas: hitung, sensitivitas, audit statistik. / Composite indices from files.",
        subcommands = {IndexCommand.Compute.class, IndexCommand.Sensitivity.class, IndexCommand.Audit.class,
            IndexCommand.Bench.class})
class IndexCommand {

    /** Either a built-in index or a methodology file written by an analyst. */
    static class SpecChoice {
        @Option(names = "--index", required = true, description = "indeks bawaan: ipm, idi, ikub, ihai, ikp, ikn, iap")
        String index;

        @Option(names = "--spec", required = true, description = "berkas spesifikasi metodologi (YAML)")
        Path spec;
    }

    /** The options every verb shares and the reading of spec and input, with the rejections printed as tables. */
    abstract static class OnInput implements Callable<Integer> {

        @ArgGroup(exclusive = true, multiplicity = "1")
        SpecChoice choice;

        @Option(names = "--input", required = true, description = "masukan CSV: kode_wilayah,tahun,indikator,nilai")
        Path input;

        IndexSpec spec;

        @Override
        public Integer call() throws Exception {
            try {
                spec = loadSpec();
            } catch (InvalidSpecException e) {
                System.err.println("Spesifikasi " + e.source() + " ditolak (" + e.problems().size() + " masalah):");
                System.err.println("baris,jalur,masalah");
                for (SpecProblem p : e.problems()) {
                    System.err.println(p.line() + "," + p.path() + "," + p.problem());
                }
                return 2;
            }
            if (spec == null) {
                System.err.println("--index: indeks '" + choice.index + "' tidak ada; pilihan: "
                        + String.join(", ", IndexSpecs.BUILT_IN));
                return 2;
            }
            if (!Files.isReadable(input)) {
                System.err.println("--input: berkas " + input + " tidak ada atau tidak dapat dibaca");
                return 2;
            }
            List<Observation> observations;
            try (InputStream in = Files.newInputStream(input)) {
                observations = IndexInputs.withShippedRegions(spec).read(in);
            } catch (id.matagaruda.shared.FileRejectedException e) {
                printRejected(e, "tidak ada yang dihitung");
                return 2;
            }
            try {
                return run(observations);
            } catch (id.matagaruda.shared.FileRejectedException e) {
                printRejected(e, "tidak ada yang dihitung");
                return 2;
            }
        }

        abstract int run(List<Observation> observations) throws IOException;

        private IndexSpec loadSpec() throws IOException {
            if (choice.spec != null) {
                if (!Files.isReadable(choice.spec)) {
                    throw new InvalidSpecException(choice.spec.toString(),
                            List.of(new SpecProblem(0, "--spec", "berkas tidak ada atau tidak dapat dibaca")));
                }
                return IndexSpecs.read(choice.spec);
            }
            return IndexSpecs.builtIn(choice.index).orElse(null);
        }
    }

    static void printRejected(id.matagaruda.shared.FileRejectedException e, String outcome) {
        System.err.println("Masukan ditolak (" + e.total() + " masalah); " + outcome + ":");
        System.err.println("baris,kolom,masalah");
        for (id.matagaruda.shared.RowProblem p : e.problems()) {
            System.err.println(p.row() + "," + p.column() + "," + p.text(MataGarudaCommand.INDONESIAN));
        }
    }

    @Command(name = "compute", mixinStandardHelpOptions = true,
            description = {"Hitung indeks per wilayah dan tahun, dengan provenans; --rollup menambah provinsi dan nasional.",
                "Computes the index per region and year with provenance."})
    static class Compute extends OnInput {

        @Option(names = "--output", required = true, description = "hasil CSV")
        Path output;

        @Option(names = "--rollup", description = "tambahkan baris provinsi (dari kab/kota) dan nasional 00")
        boolean rollup;

        @Override
        int run(List<Observation> observations) throws IOException {
            List<IndexResult> rows = IndexEngine.compute(spec, observations, rollup);
            try (OutputStream out = Files.newOutputStream(output)) {
                IndexFiles.writeResults(rows, out);
            }
            long empty = rows.stream().filter(r -> r.nilai() == null).count();
            System.out.println(spec.ref() + (spec.provisional() ? " (sementara)" : "") + ": " + rows.size()
                    + " baris (" + empty + " tanpa nilai) -> " + output);
            if (rollup && spec.rollup() == id.matagaruda.index.Rollup.NONE) {
                System.out.println("  spesifikasi ini tidak mengenal roll-up (rollup: none): tidak ada baris tambahan");
            }
            return 0;
        }
    }

    @Command(name = "sensitivity", mixinStandardHelpOptions = true,
            description = {"Ketidakpastian peringkat (Monte Carlo atas bobot, normalisasi, agregasi) dan indeks sensitivitas.",
                "Monte Carlo rank intervals and sensitivity indices."})
    static class Sensitivity extends OnInput {

        @Option(names = "--output", required = true, description = "hasil CSV")
        Path output;

        @Option(names = "--runs", defaultValue = "1000", description = "jumlah run (bawaan ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--seed", defaultValue = "1", description = "benih acak (bawaan ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--noise", defaultValue = "0.2", description = "derau bobot multiplikatif (bawaan ${DEFAULT-VALUE})")
        double noise;

        @Option(names = "--normalisations", split = ",", defaultValue = "spec,minmax,rank",
                description = "alternatif normalisasi (bawaan ${DEFAULT-VALUE})")
        List<String> normalisations;

        @Option(names = "--aggregations", split = ",", defaultValue = "spec,arithmetic,geometric",
                description = "alternatif agregasi (bawaan ${DEFAULT-VALUE})")
        List<String> aggregations;

        @Override
        int run(List<Observation> observations) throws IOException {
            SensitivityOptions options = new SensitivityOptions(runs, seed, noise, normalisations, aggregations);
            SensitivityReport report = IndexEngine.sensitivity(spec, observations, options);
            try (OutputStream out = Files.newOutputStream(output)) {
                IndexFiles.writeSensitivity(report, out);
            }
            System.out.println(spec.ref() + ": " + report.rows().size() + " baris, " + runs + " run, benih " + seed
                    + " -> " + output);
            System.out.println("Indeks sensitivitas peringkat (orde pertama / total):");
            for (SensitivityReport.Factor f : report.factors()) {
                System.out.println("  " + f.faktor() + ": " + fmt(f.indeksOrdePertama()) + " / " + fmt(f.indeksTotal()));
            }
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = {"Audit statistik: data kosong, korelasi, alpha Cronbach, varians komponen utama.",
                "Statistical audit of a run."})
    static class Audit extends OnInput {

        @Override
        int run(List<Observation> observations) {
            AuditReport a = IndexEngine.audit(spec, observations);
            System.out.println("Audit statistik " + a.spesifikasi());
            System.out.println("Jumlah unit (wilayah x tahun): " + a.jumlahUnit() + "; unit lengkap: " + a.unitLengkap());
            System.out.println("Porsi data kosong keseluruhan: " + pct(a.porsiKosong()));
            System.out.println();
            System.out.println("Data kosong per indikator:");
            for (AuditReport.Missing m : a.kekosongan()) {
                System.out.println("  " + m.indikator() + ": " + m.kosong() + " (" + pct(m.porsi()) + ")");
            }
            System.out.println();
            System.out.println("Korelasi antarindikator (setelah normalisasi, unit lengkap):");
            System.out.println("  " + String.join(",", a.indikator()));
            for (int i = 0; i < a.indikator().size(); i++) {
                StringBuilder row = new StringBuilder("  " + a.indikator().get(i));
                for (Double r : a.korelasi().get(i)) {
                    row.append(',').append(fmt(r));
                }
                System.out.println(row);
            }
            System.out.println();
            System.out.println("Alpha Cronbach per dimensi:");
            for (AuditReport.Alpha al : a.alpha()) {
                System.out.println("  " + al.simpul() + (al.nama() == null ? "" : " (" + al.nama() + ")") + ": "
                        + fmt(al.alpha()) + " [" + al.jumlahAnak() + " anak, " + al.unit() + " unit]");
            }
            System.out.println();
            System.out.println("Analisis komponen utama (varians yang dijelaskan):");
            if (a.porsiVarians().isEmpty()) {
                System.out.println("  tidak dapat dihitung: unit lengkap terlalu sedikit atau ada indikator tanpa variasi");
            }
            double cumulative = 0;
            for (int i = 0; i < a.porsiVarians().size(); i++) {
                cumulative += a.porsiVarians().get(i);
                System.out.println("  KU" + (i + 1) + ": nilai eigen " + fmt(a.nilaiEigen().get(i)) + ", "
                        + pct(a.porsiVarians().get(i)) + " (kumulatif " + pct(cumulative) + ")");
            }
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = {"Tolok ukur: 514 kab/kota x 30 indikator x 10 tahun (hitung) dan sensitivitas 1.000 run.",
                "Benchmark of compute and sensitivity on synthetic data."})
    static class Bench implements Callable<Integer> {

        @Option(names = "--runs", defaultValue = "1000", description = "run sensitivitas (bawaan ${DEFAULT-VALUE})")
        int runs;

        @Override
        public Integer call() {
            IndexSpec spec = IndexSpecs.parse(new StringReader(benchSpec()), "bench.yaml");
            List<Observation> data = benchData(spec);
            // One warm-up pass so the timings measure the engine, not class loading and JIT.
            IndexEngine.compute(spec, data, true);
            long t0 = System.nanoTime();
            List<IndexResult> rows = IndexEngine.compute(spec, data, true);
            long t1 = System.nanoTime();
            SensitivityReport report = IndexEngine.sensitivity(spec, data, SensitivityOptions.defaults(runs, 42));
            long t2 = System.nanoTime();
            System.out.println("Masukan: " + data.size() + " nilai (514 kab/kota x 30 indikator x 10 tahun)");
            System.out.printf(Locale.ROOT, "hitung + roll-up: %d baris dalam %.3f s (target < 1 s)%n", rows.size(),
                    (t1 - t0) / 1e9);
            System.out.printf(Locale.ROOT, "sensitivitas: %d run, %d baris dalam %.3f s (target < 10 s)%n", runs,
                    report.rows().size(), (t2 - t1) / 1e9);
            return 0;
        }

        private static String benchSpec() {
            StringBuilder y = new StringBuilder("""
                    id: bench
                    name: Indeks uji tolok ukur
                    version: "1"
                    scale: 100
                    rollup: population_weighted
                    aggregation: geometric
                    children:
                    """);
            for (int d = 1; d <= 5; d++) {
                y.append("  - id: D").append(d).append("\n    aggregation: arithmetic\n    children:\n");
                for (int i = 1; i <= 6; i++) {
                    y.append("      - id: D").append(d).append("_").append(i)
                            .append("\n        polarity: ").append(i % 3 == 0 ? "negatif" : "positif")
                            .append("\n        normalisation: {method: goalpost, min: 0, max: 100, cap: true}\n");
                }
            }
            return y.toString();
        }

        private static List<Observation> benchData(IndexSpec spec) {
            List<String> kabkota = new ArrayList<>();
            ReferenceRegions regions = ReferenceRegions.shipped();
            for (String k : regions.codes()) {
                regions.find(k).filter(r -> r.level() == RegionLevel.KABKOTA).map(Region::kode).ifPresent(kabkota::add);
            }
            SplittableRandom random = new SplittableRandom(7);
            List<Observation> out = new ArrayList<>();
            for (String k : kabkota) {
                double level = 30 + 50 * random.nextDouble();
                for (int year = 2015; year < 2025; year++) {
                    for (var leaf : spec.indicators()) {
                        double v = Math.max(1, Math.min(100, level + 15 * (random.nextDouble() - 0.5)));
                        out.add(new Observation(k, year, leaf.id(), v));
                    }
                }
            }
            return out;
        }
    }

    private static String fmt(Double v) {
        return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
