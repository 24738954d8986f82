package id.matagaruda.reporting;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * A decision outside the verification chain (403): a kab/kota value is decided by its province's verifier, and a
 * national verifier only after an explicit take-over with a reason. The message names the chain.
 */
public class VerificationChainException extends AccessDeniedException {

    private final String messageKey;
    private final List<Object> args;

    public VerificationChainException(String messageKey, Object... args) {
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
