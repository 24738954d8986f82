package id.matagaruda.forecast;

/**
 * One conflict event as a file or the event lake gives it: a date of 4, 7 or 10 characters (YYYY, YYYY-MM, YYYY-MM-DD),
 * where it happened (a Kemendagri code or a place name, else coordinates), its category and deaths. {@code id} and
 * {@code judul} identify lake events as evidence; {@code baris} is the line in the source file (0 when none).
 */
public record ConflictEvent(int baris, String tanggal, String wilayah, Double lintang, Double bujur, String kategori,
        double korban, String id, String judul) {

    public static ConflictEvent of(String tanggal, String wilayah) {
        return new ConflictEvent(0, tanggal, wilayah, null, null, null, 0, null, null);
    }
}
