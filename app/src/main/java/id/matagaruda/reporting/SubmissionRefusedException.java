package id.matagaruda.reporting;

import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.util.List;

/**
 * A well-formed submission the value's state does not yet allow (422): a required type of data dukung is missing, or
 * an implausible value lacks the operator's confirming comment. Each problem names what is missing; nothing changed.
 */
public class SubmissionRefusedException extends InvalidInputException {

    public SubmissionRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
