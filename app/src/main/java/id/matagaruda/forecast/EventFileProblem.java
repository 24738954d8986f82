package id.matagaruda.forecast;

/** One wrong cell of an event file: 1-based row (the header is row 1), column and the problem in Indonesian. */
public record EventFileProblem(int row, String column, String problem) {}
