package id.matagaruda.reporting;

/**
 * What an accepted realisation workbook changed: data rows read, realisations created and updated, rows equal to what
 * is stored, and rows skipped because {@code nilai} was empty.
 */
public record ImportSummary(int rows, int created, int updated, int unchanged, int skipped) {}
