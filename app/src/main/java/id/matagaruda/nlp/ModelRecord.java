package id.matagaruda.nlp;

import java.time.OffsetDateTime;
import java.util.Map;

/** A trained model as the server keeps it: its file, provenance, held-out metrics and whether it is the active one. */
public record ModelRecord(long id, String nama, String berkas, OffsetDateTime dibuatAt, String dibuatOleh,
        Map<String, Object> provenans, Map<String, Object> metrik, boolean aktif, OffsetDateTime diaktifkanAt,
        String diaktifkanOleh) {

    /** Held-out accuracy, or null when the model was trained without a held-out part. */
    public Double accuracy() {
        return metrik == null ? null : number(metrik.get("accuracy"));
    }

    public Double macroF1() {
        return metrik == null ? null : number(metrik.get("macro_f1"));
    }

    @SuppressWarnings("unchecked")
    public Double baselineMacroF1() {
        return metrik == null || !(metrik.get("majority_baseline") instanceof Map<?, ?> b) ? null
                : number(((Map<String, Object>) b).get("macro_f1"));
    }

    /** The scikit-learn peer's held-out macro-F1 on the same split, or null when it did not run. */
    public Double peerMacroF1() {
        return provenans != null && provenans.get("peer") instanceof Map<?, ?> p ? number(p.get("macro_f1")) : null;
    }

    /** Why the peer's figure is not known for this model (also for models trained before the peer was run). */
    public String peerSkipped() {
        if (provenans != null && provenans.get("peer") instanceof Map<?, ?> p) {
            return p.get("skipped") == null ? null : String.valueOf(p.get("skipped"));
        }
        return "tidak dijalankan saat model ini dilatih";
    }

    private static Double number(Object o) {
        return o instanceof Number n ? n.doubleValue() : null;
    }
}
