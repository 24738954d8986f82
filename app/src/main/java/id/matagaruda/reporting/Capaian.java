package id.matagaruda.reporting;

import java.math.BigDecimal;

/**
 * Achievement of one realisation against the target of its period: R/T x 100 for positive polarity, (2 - R/T) x 100 for
 * negative, rounded half-up to two decimals; the category is taken from the rounded value. {@code capaian} is null (with
 * {@code keterangan}) where no target applies or the target is zero. {@code metode} names the category file and its
 * version ("capaian-bands v1") so an auditor can recompute the category.
 */
public record Capaian(String indicator, String indicatorName, String region, String period, BigDecimal realisasi,
        BigDecimal target, BigDecimal capaian, String kategori, String status, String keterangan, String metode) {}
