package id.matagaruda.index;

import java.util.List;

/** A methodology file that breaks one or more rules; it is not used at all. */
public class InvalidSpecException extends RuntimeException {

    private final String source;
    private final List<SpecProblem> problems;

    public InvalidSpecException(String source, List<SpecProblem> problems) {
        super("Spesifikasi " + source + " tidak valid: " + problems);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<SpecProblem> problems() {
        return problems;
    }
}
