package id.matagaruda.shared;

import java.util.List;

/**
 * One reason an imported file was refused, for every importer (catalogue, index inputs, turnout, event files,
 * realisation workbooks, evidence): the file row (header = 1; 0 for the file as a whole), the column (or "berkas"),
 * and the rule as a message key with its arguments, so the caller reads it in their language.
 */
public record RowProblem(int row, String column, String messageKey, List<Object> args) {

    /** The column used when the problem is the file as a whole. */
    public static final String FILE = "berkas";

    public RowProblem {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    public static RowProblem of(int row, String column, String messageKey, Object... args) {
        return new RowProblem(row, column, messageKey, java.util.Arrays.asList(args));
    }

    /**
     * The problem in {@code locale} from the message bundles, for code outside a web request (the CLI prints
     * Indonesian, tests read the text). Pages and the API render {@code messageKey} through Spring's MessageSource.
     */
    public String text(java.util.Locale locale) {
        return Messages.text(locale, messageKey, args.toArray());
    }

    /** A problem with the whole file (row 0, column "berkas"). */
    public static RowProblem ofFile(String messageKey, Object... args) {
        return of(0, FILE, messageKey, args);
    }
}
