package id.matagaruda.nlp;

/** A labelled file that cannot be used: a missing column (named in the message), no header, nothing to read. */
public class LabelledFileException extends RuntimeException {

    private final String column;

    public LabelledFileException(String message, String column) {
        super(message);
        this.column = column;
    }

    /** The column the problem is about, or null. */
    public String column() {
        return column;
    }
}
