package id.matagaruda.cli;

import id.matagaruda.events.EventGenerator;
import id.matagaruda.events.EventIngestor;
import id.matagaruda.events.IngestSummary;
import id.matagaruda.events.LakeBusyException;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.nlp.Classification;
import id.matagaruda.nlp.TextClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./matagaruda events ...}: synthetic events and ingestion into a Parquet lake, on files alone (no server). */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Peristiwa: buat data sintetis, ingesti ke lake Parquet. / Events: generate, ingest.",
        subcommands = {EventsCommand.Generate.class, EventsCommand.Ingest.class})
class EventsCommand {

    /**
     * The classifier the event verbs use. The keyword stand-in below serves until the nlp module's lexicon classifier is
     * merged; then this line becomes {@code id.matagaruda.nlp.Classifiers::defaultClassifier}.
     */
    static final Supplier<TextClassifier> CLASSIFIER = StandInClassifier::new;

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Tulis peristiwa sintetis (JSON Lines; gzip bila nama berakhiran .gz). / Write synthetic events.")
    static class Generate implements Callable<Integer> {

        @Option(names = "--count", required = true, description = "jumlah baris")
        long count;

        @Option(names = "--seed", defaultValue = "42", description = "benih acak (bawaan ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--output", required = true, description = "berkas keluaran .jsonl atau .jsonl.gz")
        Path output;

        @Option(names = "--from", defaultValue = "2023-01", description = "bulan pertama (bawaan ${DEFAULT-VALUE})")
        String from;

        @Option(names = "--to", defaultValue = "2025-12", description = "bulan terakhir (bawaan ${DEFAULT-VALUE})")
        String to;

        @Option(names = "--with-errors", description = "sisipkan sebagian kecil baris rusak")
        boolean withErrors;

        @Override
        public Integer call() throws Exception {
            EventGenerator.Options options = new EventGenerator.Options(count, seed, YearMonth.parse(from),
                    YearMonth.parse(to), withErrors);
            long t0 = System.nanoTime();
            EventGenerator.write(options, output);
            System.err.printf("%d peristiwa -> %s (%.1f MB, %.1f s)%n", count, output, Files.size(output) / 1e6,
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Ingesti berkas peristiwa (JSON Lines atau CSV, boleh gzip) ke lake; mencetak ringkasan JSON.",
                "Ingests an event file into the lake and prints a JSON summary."})
    static class Ingest implements Callable<Integer> {

        @Option(names = "--input", required = true, description = "berkas masukan")
        Path input;

        @Option(names = "--lake", defaultValue = "./data/lake", description = "folder lake (bawaan ${DEFAULT-VALUE})")
        Path lake;

        @Option(names = "--batch", defaultValue = "100000", description = "peristiwa per batch Parquet")
        int batch;

        @Override
        public Integer call() throws Exception {
            if (!Files.isReadable(input)) {
                System.err.println("--input: berkas " + input + " tidak ada atau tidak dapat dibaca");
                return 2;
            }
            EventIngestor ingestor = new EventIngestor(lake, CLASSIFIER.get(), Geoparser.shipped(), batch,
                    Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
            IngestSummary summary;
            try {
                summary = ingestor.ingest(input);
            } catch (LakeBusyException e) {
                System.err.println("Lake " + lake + " sedang dipakai ingesti lain; coba lagi setelah selesai.");
                return 3;
            }
            System.out.println(summary.toJson());
            System.err.println(summary.rejectsFile() == null ? "Tidak ada baris ditolak."
                    : "Baris ditolak: " + summary.rejectsFile().toAbsolutePath());
            return 0;
        }
    }

    /**
     * A keyword stand-in for the lexicon classifier: the first category whose cue words occur most often in the text.
     * Only for the command line until the nlp module's classifier is wired above.
     */
    static final class StandInClassifier implements TextClassifier {

        private static final Map<String, List<String>> CUES = Map.ofEntries(
                Map.entry("sumber_daya", List.of("sengketa lahan", "konflik agraria", "tambang", "hak ulayat", "irigasi")),
                Map.entry("tata_kelola_pemerintahan", List.of("dana desa", "pelayanan publik", "pemekaran", "kebijakan")),
                Map.entry("pemilihan_dan_jabatan", List.of("politik uang", "pilkada", "bawaslu", "kpu", "pemilu", "tps")),
                Map.entry("identitas", List.of("antarkelompok", "rumah ibadah", "antaretnis", "suku", "sara")),
                Map.entry("main_hakim_sendiri", List.of("main hakim sendiri", "diamuk massa", "dihakimi", "amuk massa")),
                Map.entry("separatisme", List.of("separatis", "bintang kejora", "kkb", "kelompok kriminal bersenjata")),
                Map.entry("kekerasan_penegakan_hukum", List.of("ditembak aparat", "oknum polisi", "salah tangkap",
                        "propam", "satpol pp")),
                Map.entry("kriminalitas", List.of("perampok", "begal", "narkoba", "sabu", "pembunuhan", "pencurian")),
                Map.entry("kdrt", List.of("kekerasan dalam rumah tangga", "kdrt", "menganiaya istri", "unit ppa")),
                Map.entry("ujaran_kebencian", List.of("ujaran kebencian", "provokasi", "provokatif", "hoaks", "menghasut")),
                Map.entry("unjuk_rasa", List.of("unjuk rasa", "demonstrasi", "demo", "aksi massa", "berorasi")),
                Map.entry("terorisme_radikalisme", List.of("densus 88", "teroris", "radikal", "bom rakitan")));

        private static final List<Map.Entry<String, List<String>>> ORDERED =
                CUES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();

        @Override
        public Classification classify(String text) {
            // the ingestion hands over cleaned text; lower case is enough for these cues
            String t = text.toLowerCase(Locale.ROOT);
            String best = "lainnya";
            int bestHits = 0;
            for (Map.Entry<String, List<String>> e : ORDERED) {
                int hits = 0;
                for (String cue : e.getValue()) {
                    for (int i = t.indexOf(cue); i >= 0; i = t.indexOf(cue, i + cue.length())) {
                        hits++;
                    }
                }
                if (hits > bestHits) {
                    best = e.getKey();
                    bestHits = hits;
                }
            }
            return new Classification(best, bestHits == 0 ? 0.0 : Math.min(1.0, 0.4 + 0.15 * bestHits), List.of());
        }

        @Override
        public String name() {
            return "kata-kunci-sementara";
        }
    }
}
