package id.matagaruda.forecast;

import java.util.List;

/** An event file with wrong rows: nothing was computed, every problem is listed. */
public class EventFileRejectedException extends RuntimeException {

    private final List<EventFileProblem> problems;

    public EventFileRejectedException(List<EventFileProblem> problems) {
        super("Event file rejected: " + problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<EventFileProblem> problems() {
        return problems;
    }
}
