package id.matagaruda.cli;

/** The jar's entry point: {@code java -jar matagaruda.jar <verb>}, as {@code ./matagaruda} runs it. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int code = MataGarudaCommand.run(args);
        // Server verbs return while the web server keeps running; only tooling verbs end the process here.
        if (code != 0 || !MataGarudaCommand.serverStarted()) {
            System.exit(code);
        }
    }
}
