package id.matagaruda.reporting;

import java.math.BigDecimal;

/**
 * One row of the realisation workbook, column for column: the expected (indicator, region, period) with the target it
 * is held to and, where a realisation exists, its value, note, status and version ({@code versi}, which the upload
 * uses to notice that someone else changed the value since the file was downloaded).
 */
public record WorkbookLine(String indicator, String indicatorName, String region, String period, String satuan,
        BigDecimal target, BigDecimal value, String note, String status, Integer version) {}
