package id.matagaruda.participation;

import id.matagaruda.shared.RowProblem;
import java.util.List;

/**
 * A stored turnout dataset no analysis can be made from (e.g. too few usable rows to cross-validate). Unlike a refused
 * upload ({@link id.matagaruda.shared.FileRejectedException}) the data was saved, so the answer must not say otherwise.
 */
public class DatasetUnusableException extends RuntimeException {

    private final List<RowProblem> problems;

    public DatasetUnusableException(List<RowProblem> problems) {
        super("Turnout dataset cannot be analysed: " + problems.size() + " problem(s); first: "
                + (problems.isEmpty() ? "-" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
