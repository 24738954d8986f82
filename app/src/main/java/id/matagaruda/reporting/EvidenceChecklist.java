package id.matagaruda.reporting;

import java.util.List;

/**
 * The verifier's view of a value's data dukung: each type the indicator requires (then any other type attached), the
 * files and links given for it, and for each stored file whether it still hashes to its SHA-256 now.
 */
public record EvidenceChecklist(List<Item> items, boolean complete, boolean intact, String takenOverBy,
        String takeOverReason) {

    /** One type of data dukung: required by the catalogue or only attached, with what was given for it. */
    public record Item(String jenis, boolean wajib, List<Check> files) {
        public boolean present() {
            return !files.isEmpty();
        }
    }

    /** One piece of evidence and the outcome of re-hashing it (always true for a link). */
    public record Check(Evidence evidence, boolean intact) {}
}
