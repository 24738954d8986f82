package id.matagaruda.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * One indicator as the catalogue file carries it, already validated. {@code kodeWilayah} is {@code 00} for national
 * rows; {@code targets} has a key for every plan year (2025-2029) whose value is null where the cell was empty (a
 * finding for the sync check, not an error). {@code row} is the line of the source file (header = 1), 0 when the row
 * did not come from a file. {@code kumulatif}: the value runs up over the year (a count of forums formed), so a
 * quarter's target is the annual target pro rata; otherwise every period of the year is held to the annual target.
 */
public record CatalogueRow(
        int row,
        String kode,
        String nama,
        Tingkat tingkat,
        String kodeWilayah,
        String satuan,
        Polaritas polaritas,
        Frekuensi frekuensi,
        BigDecimal baseline,
        SortedMap<Integer, BigDecimal> targets,
        String kodeInduk,
        boolean wajibDaerah,
        String definisi,
        List<String> dataDukung,
        boolean kumulatif,
        Details details) {

    /**
     * What a planner documents about an indicator beyond the exchange columns: how it is computed, where the data
     * comes from, which unit answers for it, the year of the baseline, and the range and decimals its values may take
     * when they differ from its unit's rule (a growth rate in persen may be negative). Every field may be null.
     */
    public record Details(String formula, String sumberData, String penanggungJawab, Integer tahunBaseline,
            BigDecimal nilaiMin, BigDecimal nilaiMaks, Integer desimal) {
        public static final Details NONE = new Details(null, null, null, null);

        /** Details without a declared range or precision. */
        public Details(String formula, String sumberData, String penanggungJawab, Integer tahunBaseline) {
            this(formula, sumberData, penanggungJawab, tahunBaseline, null, null, null);
        }

        /** Equal numbers compare equal whatever their scale (a stored 110.0000 is the 110 of the file). */
        public boolean sameAs(Details o) {
            return java.util.Objects.equals(formula, o.formula) && java.util.Objects.equals(sumberData, o.sumberData)
                    && java.util.Objects.equals(penanggungJawab, o.penanggungJawab)
                    && java.util.Objects.equals(tahunBaseline, o.tahunBaseline) && eq(nilaiMin, o.nilaiMin)
                    && eq(nilaiMaks, o.nilaiMaks) && java.util.Objects.equals(desimal, o.desimal);
        }

        private static boolean eq(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    public CatalogueRow {
        details = details == null ? Details.NONE : details;
    }

    /** A row without documented details. */
    public CatalogueRow(int row, String kode, String nama, Tingkat tingkat, String kodeWilayah, String satuan,
            Polaritas polaritas, Frekuensi frekuensi, BigDecimal baseline, SortedMap<Integer, BigDecimal> targets,
            String kodeInduk, boolean wajibDaerah, String definisi, List<String> dataDukung, boolean kumulatif) {
        this(row, kode, nama, tingkat, kodeWilayah, satuan, polaritas, frekuensi, baseline, targets, kodeInduk,
                wajibDaerah, definisi, dataDukung, kumulatif, Details.NONE);
    }

    /** A row of a non-cumulative indicator (the usual case: a rate or an index, not a running total). */
    public CatalogueRow(int row, String kode, String nama, Tingkat tingkat, String kodeWilayah, String satuan,
            Polaritas polaritas, Frekuensi frekuensi, BigDecimal baseline, SortedMap<Integer, BigDecimal> targets,
            String kodeInduk, boolean wajibDaerah, String definisi, List<String> dataDukung) {
        this(row, kode, nama, tingkat, kodeWilayah, satuan, polaritas, frekuensi, baseline, targets, kodeInduk,
                wajibDaerah, definisi, dataDukung, false, Details.NONE);
    }

    public static final int FIRST_YEAR = 2025;
    public static final int LAST_YEAR = 2029;

    /** The 15 columns of the exchange format, in order; extra columns in a file are ignored. */
    public static final List<String> COLUMNS = List.of("kode", "nama", "tingkat", "kode_wilayah", "satuan", "polaritas",
            "frekuensi", "baseline", "target_2025", "target_2026", "target_2027", "target_2028", "target_2029",
            "kode_induk", "wajib_daerah");

    /** Optional columns Mata Garuda also reads and writes, after the 15. */
    public static final List<String> OPTIONAL_COLUMNS = List.of("definisi", "data_dukung", "kumulatif", "formula",
            "sumber_data", "penanggung_jawab", "tahun_baseline", "nilai_min", "nilai_maks", "desimal");
}
