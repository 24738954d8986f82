package id.matagaruda.access;

/** The five roles of Mata Garuda. A user has one role and is bound to one region (00 = the whole nation). */
public enum Role {
    /** Ditjen Polpum administrator: manages accounts and reference data, reads the audit log. */
    ADMIN_PUSAT,
    /** Central planner/analyst: reads everything, edits nothing regional. */
    ANALIS_PUSAT,
    /** Verifies the data of the sub-regions of its region (province for its kab/kota; pusat (00) for provinces). */
    VERIFIKATOR,
    /** Kesbangpol operator: edits only its own region's data. */
    OPERATOR,
    /** Leadership: read-only dashboards of its region. */
    PIMPINAN;

    public String authority() {
        return "ROLE_" + name();
    }
}
