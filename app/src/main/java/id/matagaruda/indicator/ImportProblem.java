package id.matagaruda.indicator;

/** One reason a catalogue file was rejected: the file row (header = 1), the column, and the problem in Indonesian. */
public record ImportProblem(int row, String column, String problem) {}
