package id.matagaruda.shared;

import java.util.List;

/** The thing asked for does not exist (404); the message key and arguments say what was looked for. */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public NotFoundException(String messageKey, Object... args) {
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
