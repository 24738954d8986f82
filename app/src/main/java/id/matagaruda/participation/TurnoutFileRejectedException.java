package id.matagaruda.participation;

import java.util.List;

/** A turnout file that breaks at least one rule: it is rejected whole, nothing is stored or computed. */
public class TurnoutFileRejectedException extends RuntimeException {

    private final List<TurnoutProblem> problems;

    public TurnoutFileRejectedException(List<TurnoutProblem> problems) {
        super("Berkas partisipasi ditolak: " + problems.size() + " masalah");
        this.problems = List.copyOf(problems);
    }

    public List<TurnoutProblem> problems() {
        return problems;
    }
}
