package id.matagaruda.cli;

import id.matagaruda.MataGarudaApplication;
import id.matagaruda.access.StartupRefusedException;
import id.matagaruda.shared.FieldProblem;
import id.matagaruda.shared.InvalidInputException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./matagaruda}: picocli verbs, each of which starts the Spring application it needs. */
@Command(name = "matagaruda", mixinStandardHelpOptions = true, version = "Mata Garuda 0.1",
        description = "Mata Garuda: pemantauan terintegrasi urusan politik dan pemerintahan umum.",
        subcommands = {DemoCommand.class, ServeCommand.class, RegionsCommand.class, UsersCommand.class,
            BenchCommands.class, SyncCommand.class, IndicatorsCommand.class, IndexCommand.class,
            GeoparseCommand.class, NlpCommand.class, TurnoutCommand.class, RiskCommand.class, EventsCommand.class})
public class MataGarudaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The language the command line prints in. */
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static volatile boolean serverStarted;

    static boolean serverStarted() {
        return serverStarted;
    }

    public static int run(String[] args) {
        CommandLine cli = new CommandLine(new MataGarudaCommand());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(explain(e));
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Starts the application for a verb: the web server (with profile) or a context without web for tooling. */
    static ConfigurableApplicationContext start(String profile, boolean web, Path dataDir, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("matagaruda.data-dir", dataDir.toAbsolutePath().normalize().toString());
        if (!web) {
            // Tooling verbs print data on stdout (CSV, JSON): logging stays out of it; errors reach stderr via explain().
            props.put("logging.level.root", "OFF");
            props.put("spring.main.log-startup-info", "false");
        }
        props.putAll(extra);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(MataGarudaApplication.class)
                .bannerMode(web ? Banner.Mode.CONSOLE : Banner.Mode.OFF)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        if (profile != null) {
            builder.profiles(profile);
        }
        // As command-line properties they outrank application.properties, as the user's own flags should.
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = builder.run(args);
        serverStarted |= web;
        return context;
    }

    /** A message for the operator, not a stack trace, for the errors they can fix. */
    static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StartupRefusedException) {
                return t.getMessage();
            }
            if (t instanceof InvalidInputException invalid) {
                StringBuilder sb = new StringBuilder("Isian tidak valid:");
                for (FieldProblem p : invalid.problems()) {
                    sb.append("\n  ").append(p.field()).append(": ").append(p.messageKey()).append(' ').append(p.args());
                }
                return sb.toString();
            }
        }
        return "Gagal: " + e;
    }

    /** A rejected catalogue on stderr as the same row,column,problem table the web and API show. */
    static void printRejected(id.matagaruda.shared.FileRejectedException e, String outcome) {
        System.err.println("Katalog ditolak (" + e.total() + " masalah); " + outcome + ":");
        System.err.println("baris,kolom,masalah");
        for (id.matagaruda.shared.RowProblem p : e.problems()) {
            System.err.println(p.row() + "," + p.column() + "," + p.text(INDONESIAN));
        }
    }

    static String text(ConfigurableApplicationContext ctx, FieldProblem p) {
        return ctx.getBean(MessageSource.class).getMessage(p.messageKey(), p.args().toArray(), p.messageKey(),
                Locale.forLanguageTag("id"));
    }
}
