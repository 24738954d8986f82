package id.matagaruda.events;

import id.matagaruda.region.ReferenceRegions;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader asks of the event list. Every field is optional; {@link #parse} checks the texts a request carries
 * against the known region codes, categories and sources, so that only known values ever reach a query.
 */
public record EventFilter(String wilayah, String kategori, String sumber, LocalDate dari, LocalDate sampai, String q,
        int limit, int offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MIN_QUERY = 2;
    public static final int MAX_QUERY = 200;

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, DEFAULT_LIMIT, 0);

    public EventFilter withPage(int newLimit, int newOffset) {
        return new EventFilter(wilayah, kategori, sumber, dari, sampai, q, newLimit, newOffset);
    }

    public EventFilter withWilayah(String kode) {
        return new EventFilter(kode, kategori, sumber, dari, sampai, q, limit, offset);
    }

    /** Reads request parameters (blank = not given); every broken rule is reported at once, named by its field. */
    public static EventFilter parse(String wilayah, String kategori, String sumber, String dari, String sampai, String q,
            String limit, String offset) {
        List<FieldProblem> problems = new ArrayList<>();
        String w = blankToNull(wilayah);
        if (w != null && !knownRegion(w)) {
            problems.add(FieldProblem.of("wilayah", "events.wilayah.unknown", w));
        }
        String k = blankToNull(kategori);
        if (k != null && !EventQueries.CATEGORIES.contains(k)) {
            problems.add(FieldProblem.of("kategori", "events.kategori.unknown", k, String.join(", ", EventQueries.CATEGORIES)));
        }
        String s = blankToNull(sumber);
        if (s != null && !EventQueries.SOURCES.contains(s)) {
            problems.add(FieldProblem.of("sumber", "events.sumber.unknown", s, String.join(", ", EventQueries.SOURCES)));
        }
        LocalDate from = date("dari", dari, problems);
        LocalDate to = date("sampai", sampai, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(FieldProblem.of("sampai", "events.sampai.beforeDari", to.toString(), from.toString()));
        }
        String text = blankToNull(q);
        if (text != null && (text.length() < MIN_QUERY || text.length() > MAX_QUERY)) {
            problems.add(FieldProblem.of("q", "events.q.length", MIN_QUERY, MAX_QUERY));
        }
        int lim = number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT, problems);
        int off = number("offset", offset, 0, 0, 1_000_000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new EventFilter(w, k, s, from, to, text, lim, off);
    }

    /** The nation (00), a province or a kab/kota of the shipped code table. */
    public static boolean knownRegion(String kode) {
        return "00".equals(kode) || ReferenceRegions.shipped().find(kode).isPresent();
    }

    private static LocalDate date(String field, String value, List<FieldProblem> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "events.date.format", v));
            return null;
        }
    }

    private static int number(String field, String value, int fallback, int min, int max, List<FieldProblem> problems) {
        String v = blankToNull(value);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        problems.add(FieldProblem.of(field, "validation.range", min, max));
        return fallback;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
