package id.matagaruda.lake;

import id.matagaruda.lake.AggregateQuery.Level;
import id.matagaruda.lake.AggregateQuery.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of {@code events aggregate}, read and checked the same way by the application and by the Spark job, so
 * that both refuse bad input with the same words: each message names the option and the rule, in Indonesian then
 * English.
 *
 * @param lake the lake directory, or for Spark any URI its file system understands ({@code hdfs://...})
 * @param output the CSV file to write; null writes to standard output
 * @param master the Spark master; null leaves it to {@code spark-submit} or the default {@code local[2]}
 */
public record AggregateArguments(String lake, Level level, Period period, String engine, String master, Path output) {

    public static final String DUCKDB = "duckdb";
    public static final String SPARK = "spark";

    /** Thrown for input the user can correct; the message is meant to be printed as it is. */
    public static final class BadArgumentException extends IllegalArgumentException {
        public BadArgumentException(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code --lake DIR --level L --period P [--engine E] [--master M] [--output FILE]} ({@code --opt=value}
     * works too). Leading {@code events aggregate} tokens are skipped so that the application's command line can be
     * passed on unchanged.
     */
    public static AggregateArguments parse(String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        if (!a.isEmpty() && a.get(0).equals("events")) {
            a.remove(0);
        }
        if (!a.isEmpty() && a.get(0).equals("aggregate")) {
            a.remove(0);
        }
        String lake = null;
        String level = null;
        String period = null;
        String engine = null;
        String master = null;
        String output = null;
        for (int i = 0; i < a.size(); i++) {
            String name = a.get(i);
            String value;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < a.size()) {
                value = a.get(++i);
            } else {
                value = null;
            }
            if (value == null && name.startsWith("--")) {
                throw new BadArgumentException(name + ": nilai tidak ada / value missing");
            }
            switch (name) {
                case "--lake" -> lake = value;
                case "--level" -> level = value;
                case "--period" -> period = value;
                case "--engine" -> engine = value;
                case "--master" -> master = value;
                case "--output" -> output = value;
                default -> throw new BadArgumentException(name + ": opsi tidak dikenal; yang ada: --lake, --level, --period,"
                        + " --engine, --master, --output / unknown option");
            }
        }
        return of(lake, level, period, engine, master, output == null || output.equals("-") ? null : Path.of(output));
    }

    /** Checks each value and turns the level, period and engine into their types. */
    public static AggregateArguments of(String lake, String level, String period, String engine, String master, Path output) {
        if (lake == null || lake.isBlank()) {
            throw new BadArgumentException("--lake: wajib diisi dengan direktori danau data / required: the lake directory");
        }
        return new AggregateArguments(lake, level(level), period(period), engine(engine),
                master == null || master.isBlank() ? null : master.trim(), output);
    }

    public static Level level(String value) {
        if (value == null) {
            throw new BadArgumentException("--level: wajib diisi, provinsi|kabkota / required, provinsi|kabkota");
        }
        try {
            return Level.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException("--level: " + e.getMessage());
        }
    }

    public static Period period(String value) {
        if (value == null) {
            throw new BadArgumentException("--period: wajib diisi, week|month|year / required, week|month|year");
        }
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException("--period: " + e.getMessage());
        }
    }

    /** {@code duckdb} (the default) or {@code spark}. */
    public static String engine(String value) {
        String v = value == null ? DUCKDB : value.trim().toLowerCase(Locale.ROOT);
        if (!v.equals(DUCKDB) && !v.equals(SPARK)) {
            throw new BadArgumentException("--engine: harus salah satu dari duckdb|spark, bukan '" + value
                    + "' / must be one of duckdb|spark");
        }
        return v;
    }

    /** Whether the lake is a path on this machine rather than a URI for Spark's file systems. */
    public boolean localLake() {
        return !lake.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*") || lake.startsWith("file://");
    }

    public Path lakePath() {
        return lake.startsWith("file://") ? Path.of(java.net.URI.create(lake)) : Path.of(lake);
    }

    /**
     * The event files of a local lake.
     *
     * @throws BadArgumentException when the directory does not exist or holds no event file
     */
    public static List<Path> requireEvents(Path lake) {
        if (!Files.isDirectory(lake)) {
            throw new BadArgumentException("--lake: direktori danau data tidak ada: " + lake
                    + " / the lake directory does not exist");
        }
        List<Path> files = LakeLayout.eventFiles(lake);
        if (files.isEmpty()) {
            throw new BadArgumentException("--lake: danau data kosong, tidak ada berkas " + LakeLayout.events(lake)
                    + "/" + LakeLayout.PARTITION + "=YYYY-MM/*.parquet; jalankan events ingest dahulu"
                    + " / the lake holds no event files; run events ingest first");
        }
        return files;
    }

    /** The arguments again, as another process reads them. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>(List.of("--lake", lake, "--level", level.option(), "--period", period.option()));
        if (master != null) {
            args.addAll(List.of("--master", master));
        }
        if (output != null) {
            args.addAll(List.of("--output", output.toAbsolutePath().toString()));
        }
        return args;
    }
}
