package id.matagaruda.reporting;

import java.time.OffsetDateTime;

/**
 * One step of a realisation's workflow history, with the reason where one is required. {@code aksi} is null for a
 * status change and names a step that changes no status: {@value #TAKE_OVER} when a national verifier takes over the
 * decision on a kab/kota value from its province's verifier (the reason is in {@code alasan}).
 */
public record Transition(RealisationStatus dari, RealisationStatus ke, String alasan, String oleh, OffsetDateTime pada,
        String aksi) {

    public static final String TAKE_OVER = "ambil_alih";

    public Transition(RealisationStatus dari, RealisationStatus ke, String alasan, String oleh, OffsetDateTime pada) {
        this(dari, ke, alasan, oleh, pada, null);
    }

    public boolean takeOver() {
        return TAKE_OVER.equals(aksi);
    }
}
