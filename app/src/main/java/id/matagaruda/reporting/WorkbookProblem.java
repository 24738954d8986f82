package id.matagaruda.reporting;

/**
 * One reason a realisation workbook was rejected: the Excel row (header = 1; 0 for the file as a whole), the column,
 * and the problem in Indonesian.
 */
public record WorkbookProblem(int row, String column, String problem) {}
