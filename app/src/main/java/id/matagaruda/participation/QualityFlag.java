package id.matagaruda.participation;

/**
 * A row judged implausible, with the rule that caught it and the reason in words. Flagged rows are left out of training
 * and of the error figures unless the caller asks to include them.
 */
public record QualityFlag(int line, String kodeWilayah, String pemilihan, String rule, String reason) {

    public static final String MISSING = "hitungan_kosong";
    public static final String DPT_ZERO = "dpt_nol";
    public static final String ABOVE_DPTB = "melebihi_dpt_dptb";
    public static final String ABOVE_BOUND = "melebihi_batas";
    public static final String COVERAGE = "cakupan_tidak_lengkap";
    public static final String FAR_BELOW = "jauh_di_bawah_pembanding";
}
