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

    /** The streams a run reads and writes. */
    record Io(InputStream in, PrintStream out, PrintStream err) {
    }

    public static void main(String[] args) {
        System.exit(run(System.in, System.out, System.err, args));
    }

    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        Io io = new Io(in, out, err);
        CommandLine cl = new CommandLine(new Main(io), new Factory(io));
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setExitCodeExceptionMapper(e -> USAGE_OR_INPUT_ERROR);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("noisegate: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'noisegate " + ex.getCommandLine().getCommandName()
                    + " --help' for usage.");
            return USAGE_OR_INPUT_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("noisegate: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return USAGE_OR_INPUT_ERROR;
        });
        return cl.execute(args);
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
