package id.matagaruda.reporting;

import java.util.List;

/**
 * A realisation workbook with problems; it is rejected whole and nothing of it is written. {@code problems} holds the
 * first {@link #MAX_LISTED} in row order, {@code total} how many there were.
 */
public class WorkbookRejectedException extends RuntimeException {

    /** A file of 60,000 wrong rows would otherwise answer with a response larger than the file. */
    public static final int MAX_LISTED = 500;

    private final List<WorkbookProblem> problems;
    private final int total;

    public WorkbookRejectedException(List<WorkbookProblem> problems) {
        super("Workbook rejected: " + problems.size() + " problem(s); first: " + (problems.isEmpty() ? "-" : problems.get(0)));
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
        this.total = problems.size();
    }

    public static WorkbookRejectedException ofFile(String problem) {
        return new WorkbookRejectedException(List.of(new WorkbookProblem(0, "berkas", problem)));
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}
