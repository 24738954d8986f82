package id.matagaruda.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a Monte Carlo uncertainty analysis: per region and year the nominal value and rank (1 = highest in its
 * year and level) and the median and 5th-95th percentile of its rank over the runs; and, per uncertain choice, the
 * first-order and total sensitivity indices of the ranks (variance shares; null when the ranks did not vary at all).
 */
public record SensitivityReport(String spesifikasi, int runs, long seed, List<Row> rows, List<Factor> factors) {

    public record Row(String kodeWilayah, int tahun, BigDecimal nilai, Integer peringkat, Integer peringkatMedian,
            Integer peringkatP05, Integer peringkatP95) {}

    public record Factor(String faktor, Double indeksOrdePertama, Double indeksTotal) {}
}
