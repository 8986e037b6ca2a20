package dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command line: one subcommand per task. */
@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns news articles into structured, evidence-backed event data (CAMEO/PLOVER).",
        subcommands = {
            AnnotateCommand.class,
            IngestCommand.class, QueryCommand.class, SqlCommand.class, SeriesCommand.class, SearchCommand.class, ExportCommand.class,
            ExplainCommand.class,
            ImportVerbsCommand.class,
            CodeCommand.class,
            QuotesCommand.class,
            PlacesCommand.class,
            EvalCommand.class,
            DictCommand.class,
            ActorsCommand.class,
            ExtractCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 some input failed, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("dateline: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            org.slf4j.LoggerFactory.getLogger(Main.class).debug("failure", ex);
            return 1;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
