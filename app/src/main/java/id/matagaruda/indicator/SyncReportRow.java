package id.matagaruda.indicator;

/** One line of the sync report: a region (00 = the national aggregate) against one national indicator. */
public record SyncReportRow(
        String kodeWilayah,
        String kodeIndikatorNasional,
        String kodeIndikatorDaerah,
        SyncStatus status,
        String keterangan) {

    public static final java.util.List<String> COLUMNS = java.util.List.of("kode_wilayah", "kode_indikator_nasional",
            "kode_indikator_daerah", "status", "keterangan");
}
