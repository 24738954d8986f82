package id.matagaruda.events;

import id.matagaruda.events.internal.SyntheticEvents;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.zip.GZIPOutputStream;

/**
 * Synthetic Indonesian news-like events for demos, tests and benchmarks: every kab/kota (weighted by population), all
 * categories, several sources, place names as people write them, a few exact and near-duplicate copies, and malformed
 * lines on request. The same options always give the same bytes; lines are streamed (constant memory).
 */
public final class EventGenerator {

    /** What to generate; {@code from}..{@code to} are inclusive months of publication. */
    public record Options(long count, long seed, YearMonth from, YearMonth to, boolean withErrors) {

        public static final YearMonth DEFAULT_FROM = YearMonth.of(2023, 1);
        public static final YearMonth DEFAULT_TO = YearMonth.of(2025, 12);

        public Options {
            if (count < 0) {
                throw new IllegalArgumentException("count < 0");
            }
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("from after to");
            }
        }

        public static Options of(long count, long seed) {
            return new Options(count, seed, DEFAULT_FROM, DEFAULT_TO, false);
        }

        public Options withErrors(boolean errors) {
            return new Options(count, seed, from, to, errors);
        }
    }

    private EventGenerator() {
    }

    /** Writes JSON Lines to {@code file}, gzip-compressed when the name ends in ".gz". */
    public static void write(Options options, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream raw = Files.newOutputStream(file)) {
            if (file.getFileName().toString().endsWith(".gz")) {
                try (GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16)) {
                    write(options, gz);
                }
            } else {
                write(options, raw);
            }
        }
    }

    /** Writes JSON Lines to {@code out} (left open). */
    public static void write(Options options, OutputStream out) throws IOException {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        new SyntheticEvents(options.seed(), options.from(), options.to(), options.withErrors())
                .write(options.count(), buffered);
        buffered.flush();
    }
}
