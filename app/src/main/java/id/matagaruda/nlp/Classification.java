package id.matagaruda.nlp;

import java.util.List;

/**
 * A category with a score in [0, 1] and the evidence for it: the spans of the text that led to it (for highlighting).
 */
public record Classification(String kategori, double skor, List<Evidence> bukti) {

    /** A span [start, end) of the classified text that supports {@code kategori}. */
    public record Evidence(int start, int end, String istilah, String kategori) {
    }
}
