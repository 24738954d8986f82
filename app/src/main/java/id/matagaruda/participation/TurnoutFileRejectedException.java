package id.matagaruda.participation;

import java.util.List;

/** A turnout file that breaks at least one rule: it is rejected whole, nothing is stored or computed. */
public class TurnoutFileRejectedException extends RuntimeException {

    private final List<TurnoutProblem> problems;
    private final boolean stored;

    public TurnoutFileRejectedException(List<TurnoutProblem> problems) {
        this(problems, false);
    }

    private TurnoutFileRejectedException(List<TurnoutProblem> problems, boolean stored) {
        super("Berkas partisipasi ditolak: " + problems.size() + " masalah");
        this.problems = List.copyOf(problems);
        this.stored = stored;
    }

    /** A dataset already stored that cannot be analysed: the same problems, but it was not refused. */
    public static TurnoutFileRejectedException ofStoredDataset(List<TurnoutProblem> problems) {
        return new TurnoutFileRejectedException(problems, true);
    }

    /** True when the problems are of a dataset already stored (an analysis), not of a refused upload. */
    public boolean stored() {
        return stored;
    }

    public List<TurnoutProblem> problems() {
        return problems;
    }
}
