package id.matagaruda.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One computed value with its provenance: the spec that produced it ({@code id@version}), the inputs used (raw values by
 * indicator, or the regions' values for a roll-up), which of them were imputed, and why {@code nilai} is empty when it is.
 * {@code asal} says how the row came about: from inputs ("masukan") or rolled up ("roll-up ...").
 */
public record IndexResult(
        String kodeWilayah,
        int tahun,
        String indeks,
        BigDecimal nilai,
        String kategori,
        String spesifikasi,
        String alasan,
        List<String> diimputasi,
        Map<String, Double> masukan,
        String asal) {}
