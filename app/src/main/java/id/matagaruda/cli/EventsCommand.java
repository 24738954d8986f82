package id.matagaruda.cli;

import id.matagaruda.events.EventGenerator;
import id.matagaruda.events.EventIngestor;
import id.matagaruda.events.IngestSummary;
import id.matagaruda.events.LakeBusyException;
import id.matagaruda.geoparse.Geoparser;
import id.matagaruda.nlp.Classifiers;
import id.matagaruda.nlp.TextClassifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./matagaruda events ...}: synthetic events and ingestion into a Parquet lake, on files alone (no server). */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Peristiwa: buat data sintetis, ingesti ke lake Parquet. / Events: generate, ingest.",
        subcommands = {EventsCommand.Generate.class, EventsCommand.Ingest.class, EventsAggregateCommand.class})
class EventsCommand {

    /** The classifier the event verbs use: the shipped lexicon-and-rules classifier. */
    static final Supplier<TextClassifier> CLASSIFIER = Classifiers::defaultClassifier;

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
}
