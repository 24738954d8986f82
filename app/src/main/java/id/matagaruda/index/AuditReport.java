package id.matagaruda.index;

import java.util.List;

/**
 * The statistical audit of one run (after the JRC/OECD checklist): missing data per indicator, correlations between the
 * normalised indicators, Cronbach's alpha of each dimension's children, and the variance each principal component of
 * the indicators explains. Statistics over units where all the indicators involved are present; null where undefined.
 */
public record AuditReport(
        String spesifikasi,
        int jumlahUnit,
        int unitLengkap,
        double porsiKosong,
        List<Missing> kekosongan,
        List<String> indikator,
        List<List<Double>> korelasi,
        List<Alpha> alpha,
        List<Double> nilaiEigen,
        List<Double> porsiVarians) {

    public record Missing(String indikator, int kosong, double porsi) {}

    public record Alpha(String simpul, String nama, int jumlahAnak, int unit, Double alpha) {}
}
