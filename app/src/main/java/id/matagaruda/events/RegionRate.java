package id.matagaruda.events;

import java.math.BigDecimal;

/**
 * Events of one region in one month per 100,000 inhabitants; {@code per100rb} has four decimals (half-up, as the
 * aggregation CSV) and is null when the population is unknown.
 */
public record RegionRate(String kode, String nama, long jumlah, Long penduduk, BigDecimal per100rb) {
}
