package id.matagaruda.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One data-quality finding on a realisation value: {@code jenis} {@code aturan} (a validation rule broken, named by
 * {@code kodeAturan} and {@code versiAturan}) or {@code pencilan} (an outlier by robust z, {@code skor}, against
 * {@code acuan} = {@code antarwilayah}, {@code riwayat} or {@code keduanya}). {@code run} is null for a live check
 * on save; {@code detail} is the explanation shown to the operator.
 */
public record QualityFinding(Long id, Long run, String region, String period, String indicator, String jenis,
        String kodeAturan, Integer versiAturan, BigDecimal nilai, BigDecimal skor, String acuan, String detail,
        OffsetDateTime dibuatAt) {

    public static final String ATURAN = "aturan";
    public static final String PENCILAN = "pencilan";
}
