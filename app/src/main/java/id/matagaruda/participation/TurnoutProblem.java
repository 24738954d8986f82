package id.matagaruda.participation;

/** One broken rule in a turnout file: the file line (header = 1; 0 for the file as a whole), the column and the rule. */
public record TurnoutProblem(int row, String column, String problem) {}
