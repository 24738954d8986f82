package id.matagaruda.indicator;

import java.util.List;

/** A catalogue file with errors; it is rejected whole and nothing of it is written. */
public class CatalogueRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    public CatalogueRejectedException(List<ImportProblem> problems) {
        super("Catalogue rejected: " + problems.size() + " problem(s); first: " + (problems.isEmpty() ? "-" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
