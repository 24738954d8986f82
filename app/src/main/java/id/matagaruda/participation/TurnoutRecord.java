package id.matagaruda.participation;

import java.util.Map;

/**
 * One row of a turnout file: a kab/kota in one election. Counts may be null (a blank cell): such a row is kept and
 * flagged, never guessed. {@code line} is the file line (header = 1) so that flags and errors point at it.
 */
public record TurnoutRecord(
        int line,
        String kodeWilayah,
        String pemilihan,
        Long dpt,
        Long penggunaHakPilih,
        Long dptb,
        Integer tps,
        Long suaraSah,
        Long suaraTidakSah,
        String jenis,
        Integer tahun,
        Map<String, Double> indeks) {

    public TurnoutRecord {
        indeks = indeks == null ? Map.of() : Map.copyOf(indeks);
    }

    public String provinsi() {
        return kodeWilayah.substring(0, 2);
    }

    /** pengguna_hak_pilih / dpt x 100, or null when either count is missing or dpt is 0. */
    public Double turnout() {
        if (dpt == null || penggunaHakPilih == null || dpt == 0) {
            return null;
        }
        return penggunaHakPilih * 100.0 / dpt;
    }

    /** pengguna_hak_pilih / (dpt + dptb) x 100, KPU's reading when DPTb voters are counted; null without dptb. */
    public Double turnoutWithDptb() {
        if (dptb == null || dpt == null || penggunaHakPilih == null || dpt + dptb == 0) {
            return null;
        }
        return penggunaHakPilih * 100.0 / (dpt + dptb);
    }
}
