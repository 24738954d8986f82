package id.matagaruda.region;

import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;

/** A text offered as a region code that does not have the Kemendagri format; names the rule it breaks. */
public class InvalidRegionCodeException extends InvalidInputException {

    public InvalidRegionCodeException(String input, String messageKey) {
        super(FieldProblem.of("kode", messageKey, input == null ? "" : input));
    }
}
