package id.matagaruda.access;

/** Start-up refused for a reason the operator can fix; the CLI prints the message without a stack trace. */
public class StartupRefusedException extends IllegalStateException {

    public StartupRefusedException(String message) {
        super(message);
    }
}
