package id.matagaruda.participation;

/**
 * A row judged implausible, with the rule that caught it, the reason in words and the reference it was compared with.
 * Flagged rows are left out of training and of the error figures unless the caller asks to include them.
 */
public record QualityFlag(int line, String kodeWilayah, String pemilihan, String rule, String reason,
        Reference reference) {

    public static final String MISSING = "hitungan_kosong";
    public static final String DPT_ZERO = "dpt_nol";
    public static final String ABOVE_DPTB = "melebihi_dpt_dptb";
    public static final String ABOVE_BOUND = "melebihi_batas";
    public static final String NEAR_COMPLETE = "hampir_lengkap";
    public static final String COVERAGE = "cakupan_tidak_lengkap";
    public static final String FAR_BELOW_NATIONAL = "jauh_di_bawah_nasional";
    public static final String PROVINCE_INCOMPLETE = "provinsi_tidak_lengkap";
    public static final String FAR_BELOW = "jauh_di_bawah_pembanding";

    /** The comparison group of a reference. */
    public static final String GROUP_NATIONAL = "nasional";
    public static final String GROUP_PROVINCE = "provinsi";
    public static final String GROUP_REGION_TYPE = "jenis_wilayah";
    public static final String GROUP_PROVINCES = "antar_provinsi";

    /**
     * What the row was held against; fields a rule does not use are null. {@code value}: the compared figure (the
     * row's turnout in percent or, for {@link #PROVINCE_INCOMPLETE}, its province's total turnout); {@code group} and
     * {@code groupName}: the comparison group (e.g. "provinsi", "Sumatera Utara"); {@code median}, {@code scale}
     * (max(1.4826 x MAD, floor), percentage points) and {@code peers} (its size) of that group; {@code z} the robust z
     * and {@code threshold} the cut-off it crossed (a z, or a turnout in percent for the bound rules); {@code note} a
     * documented reason (coverage rules); {@code methodology} the methodology file and version, e.g.
     * "turnout-quality v1".
     */
    public record Reference(Double value, String group, String groupName, Double median, Double scale, Integer peers,
            Double z, Double threshold, String note, String methodology) {

        public static Reference bound(double value, double threshold, String methodology) {
            return new Reference(value, null, null, null, null, null, null, threshold, null, methodology);
        }
    }

    /** A flag without reference values (a structural rule on counts alone). */
    public QualityFlag(int line, String kodeWilayah, String pemilihan, String rule, String reason) {
        this(line, kodeWilayah, pemilihan, rule, reason, null);
    }
}
