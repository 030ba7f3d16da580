package org.noisegate.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code noisegate}: the command line. {@link #run} returns the exit code, for tests. */
@Command(name = "noisegate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audits multilingual text for boilerplate, mangled text, malformed numbers and garbled names.",
        subcommands = {AuditCommand.class, BaselineCommand.class, CalibrateCommand.class, CleanCommand.class, EvalCommand.class, GateCommand.class, InjectCommand.class,
            RulesCommand.class, CompareCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the gate failed (--fail-under, --fail-on)", "2:usage or input error"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int GATE_FAILED = 1;
    public static final int USAGE_OR_INPUT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final Io io;

    Main(Io io) {
        this.io = io;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: audit, baseline, calibrate, clean, eval, gate, inject or rules");
    }

    /**
     * The streams a run reads and writes.
     *
     * @param status the progress line of the terminal {@code out} and {@code err} belong to (both
     *               guarded by it), or null when they are not a terminal
     */
    record Io(InputStream in, PrintStream out, PrintStream err, Progress.Line status) {
        Io(InputStream in, PrintStream out, PrintStream err) {
            this(in, out, err, null);
        }

        /** Streams of a terminal: standard output and error erase the progress line before they write. */
        static Io terminal(InputStream in, PrintStream out, PrintStream err, Progress.Line status) {
            return new Io(in, status.guard(out), status.guard(err), status);
        }

        /** True when the output is a terminal (progress line, colours). */
        boolean terminal() {
            return status != null;
        }
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        Io io = terminal ? Io.terminal(System.in, System.out, System.err, Progress.Line.of(System.err))
                : new Io(System.in, System.out, System.err);
        System.exit(run(io, args));
    }

    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        return run(new Io(in, out, err), args);
    }

    static int run(Io io, String... args) {
        PrintStream out = io.out();
        PrintStream err = io.err();
        CommandLine cl = new CommandLine(new Main(io), new Factory(io));
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(e -> USAGE_OR_INPUT_ERROR);
        Messages.register(cl);
        versionEverywhere(cl);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("noisegate: " + Messages.usage(ex));
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return USAGE_OR_INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("noisegate: " + Messages.failure(ex));
            if (System.getenv("NOISEGATE_DEBUG") != null) {
                ex.printStackTrace(c.getErr());
            }
            return USAGE_OR_INPUT_ERROR;
        });
        return cl.execute(args);
    }

    /** {@code -V/--version} on the root and on every subcommand, all printing the tool's version. */
    private static void versionEverywhere(CommandLine cl) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        spec.versionProvider(new VersionProvider());
        if (spec.findOption("--version") == null && spec.findOption("-V") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-V", "--version").versionHelp(true)
                    .description("Print version information and exit.").build());
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            versionEverywhere(sub);
        }
    }

    /** Hands the streams to subcommands. */
    private static final class Factory implements CommandLine.IFactory {
        private final Io io;

        Factory(Io io) {
            this.io = io;
        }

        /** The subcommands that read and write through the run's streams. */
        private static final java.util.Map<Class<?>, java.util.function.Function<Io, Object>> COMMANDS = java.util.Map.of(
                AuditCommand.class, AuditCommand::new,
                BaselineCommand.class, BaselineCommand::new,
                CalibrateCommand.class, CalibrateCommand::new,
                CleanCommand.class, CleanCommand::new,
                EvalCommand.class, EvalCommand::new,
                GateCommand.class, GateCommand::new,
                InjectCommand.class, InjectCommand::new,
                RulesCommand.class, RulesCommand::new);

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            java.util.function.Function<Io, Object> make = COMMANDS.get(cls);
            if (make != null) {
                return cls.cast(make.apply(io));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
