package id.matagaruda.events.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A text cut into consecutive segments, each marked with the place mention and the category evidence covering it, so that
 * a template renders the marks with escaped text only ({@code th:text}) and never writes the event's text as markup.
 * Spans are [start, end) offsets into the same string; spans outside it or empty are dropped, overlaps are allowed.
 */
public record HighlightedText(List<Segment> segments) {

    /** A piece of the text; {@code place} is the mention's text or null, {@code kode} its region, {@code kategori} the evidence's. */
    public record Segment(String text, String place, String kode, String kategori, String istilah) {

        public boolean isPlace() {
            return place != null;
        }

        public boolean isEvidence() {
            return kategori != null;
        }
    }

    /** A span to mark: a place mention (kode may be null when left ambiguous) or category evidence. */
    public record Span(int start, int end, String place, String kode, String kategori, String istilah) {

        static Span place(int start, int end, String text, String kode) {
            return new Span(start, end, text, kode, null, null);
        }

        static Span evidence(int start, int end, String istilah, String kategori) {
            return new Span(start, end, null, null, kategori, istilah);
        }
    }

    static HighlightedText of(String text, List<Span> spans) {
        String t = text == null ? "" : text;
        List<Span> valid = spans.stream().filter(s -> s.start() >= 0 && s.end() <= t.length() && s.start() < s.end())
                .toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, t.length()));
        valid.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        List<Segment> out = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                Span place = covering(valid, from, to, true);
                Span evidence = covering(valid, from, to, false);
                Segment next = new Segment(t.substring(from, to), place == null ? null : place.place(),
                        place == null ? null : place.kode(), evidence == null ? null : evidence.kategori(),
                        evidence == null ? null : evidence.istilah());
                int last = out.size() - 1;
                if (last >= 0 && sameMarks(out.get(last), next)) {
                    Segment prev = out.remove(last);
                    next = new Segment(prev.text() + next.text(), next.place(), next.kode(), next.kategori(), next.istilah());
                }
                out.add(next);
            }
            from = to;
        }
        return new HighlightedText(List.copyOf(out));
    }

    private static Span covering(List<Span> spans, int from, int to, boolean place) {
        for (Span s : spans) {
            if ((s.place() != null) == place && (place || s.kategori() != null) && s.start() <= from && s.end() >= to) {
                return s;
            }
        }
        return null;
    }

    private static boolean sameMarks(Segment a, Segment b) {
        return !a.isPlace() && !a.isEvidence() && !b.isPlace() && !b.isEvidence();
    }
}
