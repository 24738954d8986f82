package id.matagaruda.shared;

import java.util.List;

/**
 * A file refused whole: nothing of it was stored or computed. {@link Kind} says which answer it gets (400 for broken
 * rows, 413 for a file or its decompressed content over a limit, 415 for a file that is not what it claims to be);
 * {@code subjectKey} names what was imported ("import.subject.catalogue") for the summary sentence. {@code problems}
 * holds the first {@link #MAX_LISTED} in row order, {@code total} how many there were.
 */
public class FileRejectedException extends RuntimeException {

    /** A file of 60,000 wrong rows would otherwise answer with a response larger than the file. */
    public static final int MAX_LISTED = 500;

    public enum Kind {
        INVALID(400), TOO_LARGE(413), UNSUPPORTED(415);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String subjectKey;
    private final List<RowProblem> problems;
    private final int total;

    public FileRejectedException(Kind kind, String subjectKey, List<RowProblem> problems) {
        super("File rejected (" + kind + ", " + subjectKey + "): " + problems.size() + " problem(s); first: "
                + (problems.isEmpty() ? "-" : problems.get(0)));
        this.kind = kind;
        this.subjectKey = subjectKey;
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
        this.total = problems.size();
    }

    /** Rows that break rules (400). */
    public FileRejectedException(String subjectKey, List<RowProblem> problems) {
        this(Kind.INVALID, subjectKey, problems);
    }

    public static FileRejectedException ofFile(Kind kind, String subjectKey, String messageKey, Object... args) {
        return new FileRejectedException(kind, subjectKey, List.of(RowProblem.ofFile(messageKey, args)));
    }

    public Kind kind() {
        return kind;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public int total() {
        return total;
    }
}
