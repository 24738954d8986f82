package id.matagaruda.geoparse;

import java.util.List;

/**
 * What the text supports: the most specific region code (kab/kota, else province, else null), the scored candidates,
 * and the place mentions found (for highlighting).
 */
public record GeoResult(String kodeWilayah, List<Candidate> kandidat, List<Mention> sebutan) {

    public static final GeoResult NONE = new GeoResult(null, List.of(), List.of());

    public record Candidate(String kode, String nama, double skor) {
    }

    /** A span [start, end) of the text naming a place, with the region it was resolved to (null if left ambiguous). */
    public record Mention(int start, int end, String teks, String kode) {
    }
}
