package id.matagaruda.shared;

import java.util.List;

/** One broken rule: which field, the message key of the rule (in the module's bundle) and its arguments. */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
