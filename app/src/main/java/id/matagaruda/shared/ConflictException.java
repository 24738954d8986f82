package id.matagaruda.shared;

import java.util.List;

/** The change was based on a stale version or clashes with existing data (409); nothing was written. */
public class ConflictException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
