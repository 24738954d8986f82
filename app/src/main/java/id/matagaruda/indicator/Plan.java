package id.matagaruda.indicator;

/**
 * A national or regional plan (RPJMN/Renstra, RPJMD/Renstra Kesbangpol) that holds indicators; a {@code final} plan
 * accepts no imports until it is set back to {@code draft}.
 */
public record Plan(long id, String kodeWilayah, String nama, String jenis, int periodeMulai, int periodeSelesai,
        String status, int version) {}
