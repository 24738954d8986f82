package id.matagaruda.index;

import java.util.List;

/** An input file with errors; it is rejected whole and nothing is computed from it. */
public class InputRejectedException extends RuntimeException {

    private final List<InputProblem> problems;

    public InputRejectedException(List<InputProblem> problems) {
        super("Input rejected: " + problems.size() + " problem(s); first: " + (problems.isEmpty() ? "-" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
