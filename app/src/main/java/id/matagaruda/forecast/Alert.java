package id.matagaruda.forecast;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A spike of events of one category in one region: observed count against the expected count of the trailing window,
 * the upper-tail p-value, severity ("tinggi", "sedang", "rendah"), the evidence events, its workflow status, and the
 * methodology that found it ("spike-test v1"; null for alerts found before the methodology was recorded).
 */
public record Alert(long id, String kodeWilayah, String kategori, String jenisPeriode, String periode, int jumlah,
        double harapan, double pValue, String keparahan, List<Evidence> bukti, String status, String catatan,
        int version, OffsetDateTime dibuatAt, String diubahOleh, OffsetDateTime diubahAt, String metodologi) {

    /** An event behind an alert: its lake id, source and title. */
    public record Evidence(String id, String sumber, String judul) {}
}
