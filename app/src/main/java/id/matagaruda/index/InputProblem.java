package id.matagaruda.index;

/** One reason an input file was rejected: the file row (header = 1), the column and the problem in Indonesian. */
public record InputProblem(int row, String column, String problem) {}
