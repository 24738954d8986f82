package id.matagaruda.events;

import java.time.Instant;

/**
 * One event as read from the lake. {@code bulan} is the month partition it lives in; {@code masuk} is when its file
 * arrived in the lake (the file's modification time), which tells a reader what is new since it last looked.
 */
public record EventView(
        String id,
        String sumber,
        String publishedAt,
        String tanggal,
        String judul,
        String teks,
        String url,
        Double lat,
        Double lon,
        String kodeWilayah,
        String kodeProvinsi,
        String kodeKabkota,
        String kategori,
        String kategoriAsal,
        Double kategoriSkor,
        String bulan,
        Instant masuk) {

    /** The event's key as other places write it: {@code sumber/id}. */
    public String ref() {
        return sumber + "/" + id;
    }

    /** Title and text joined the way the classifier and the geoparser read them, so that their spans fit this string. */
    public String fullText() {
        boolean hasTitle = judul != null && !judul.isBlank();
        boolean hasText = teks != null && !teks.isBlank();
        if (hasTitle && hasText) {
            return judul + ". " + teks;
        }
        return hasTitle ? judul : hasText ? teks : "";
    }

    /** The link to the original, only when it is a web address (never a script URL). */
    public String safeUrl() {
        if (url == null) {
            return null;
        }
        String u = url.trim();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? u : null;
    }
}
