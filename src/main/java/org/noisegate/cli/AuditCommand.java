package org.noisegate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.noisegate.NoiseGate;
import org.noisegate.baseline.Baseline;
import org.noisegate.pipeline.Documents;
import org.noisegate.pipeline.Output;
import org.noisegate.report.FileResult;
import org.noisegate.report.Formats;
import org.noisegate.report.ReportOptions;
import org.noisegate.report.ReportSink;
import org.noisegate.report.RunInfo;
import org.noisegate.report.Summary;
import org.noisegate.report.TeeSink;
import org.noisegate.rule.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noisegate audit}: scores files and reports their findings. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit text files and report findings with a cleanliness score per file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the gate failed (--fail-under, --fail-on)", "2:usage or input error "
                + "(unreadable paths are reported, the other files are still audited)"})
final class AuditCommand implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (walked recursively; binary files are skipped with a note) or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT[:FILE]",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: text). Repeat to write several "
                    + "reports at once, each to its FILE (e.g. --format html:report.html --format sarif:out.sarif).",
            completionCandidates = FormatNames.class)
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report that has no FILE of its own here instead of standard output.")
    Path output;

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Exit with 1 when any file scores below SCORE (0-100).")
    Double failUnder;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when any finding of SEVERITY (error, warning) or worse exists.")
    String failOn;

    @Option(names = {"-q", "--quiet"}, description = "Print only the failing files and the summary (text format).")
    boolean quiet;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and gate only on findings that are not in this baseline (see 'noisegate baseline').")
    Path baseline;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project configuration (default: ./noisegate.yaml, else noisegate.yaml in the first directory).")
    Path config;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "256M",
            description = "Refuse files larger than SIZE bytes (suffixes K, M, G; default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--allow-empty", description = "With --fail-under or --fail-on, exit with 0 when no file "
            + "was audited (by default a gate that saw nothing is an input error, exit code 2).")
    boolean allowEmpty;

    @Mixin
    ReadOptions read = new ReadOptions();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    AuditCommand(Main.Io io) {
        this.io = io;
    }

    static final class FormatNames extends ArrayList<String> {
        FormatNames() {
            super(Formats.names());
        }
    }

    @Override
    public Integer call() throws IOException {
        read.check();
        Project project = Project.load(config, paths, io);
        Double under = failUnder != null ? failUnder : project.config().failUnder();
        if (under != null && (under < 0 || under > 100)) {
            throw new IllegalArgumentException((failUnder != null ? "--fail-under" : "failUnder in " + project.file())
                    + " takes a score from 0 to 100, not " + CalibrateCommand.fmt(under));
        }
        String onName = failOn != null ? failOn : project.config().failOn();
        Severity on;
        try {
            on = onName == null ? null : parseSeverity(onName);
        } catch (IllegalArgumentException e) {
            throw failOn != null ? e : new IllegalArgumentException("failOn in " + project.file()
                    + " takes error or warning, not '" + onName + "'");
        }
        NoiseGate gate = project.build(project.builder(ruleOptions).maxBytes(parseSize(maxFileSize)), ruleOptions);
        Baseline base = baseline == null ? null : Baseline.read(baseline);
        boolean color = output == null && io.terminal() && System.getenv("NO_COLOR") == null;
        ReportOptions options = new ReportOptions(under, on, color, quiet);
        Summary summary = new Summary();
        boolean[] gateFailed = {false};
        Progress progress = Progress.forTerminal(io);
        List<Output> files = new ArrayList<>();
        try (ReportSink sink = openSinks(options, files)) {
            sink.start(RunInfo.of(gate.rules()));
            Consumer<FileResult> emit = raw -> {
                FileResult r = base == null || !raw.audited() ? raw : gate.keep(raw, base.newFindings(raw));
                summary.add(r);
                gateFailed[0] |= options.fails(r);
                try {
                    sink.file(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.file(r);
            };
            Walker walker = project.walker(gate, io).reading(new Documents(gate, read.format, read.textField,
                    read.idField, read.maxRecord(), parseSize(maxFileSize)));
            for (String p : paths) {
                walker.audit(p, emit);
            }
            progress.done();
            sink.end(summary);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Output.Failed f) {
                throw f;
            }
            throw e;
        } finally {
            for (Output f : files) {
                f.close(); // a write that failed on the way, even one a report swallowed, throws here
            }
            io.out().flush();
        }
        if (base != null) {
            List<Baseline.Entry> fixed = base.fixed();
            if (!fixed.isEmpty()) {
                io.err().printf(Locale.ROOT, "noisegate: %d baseline finding%s fixed:%n", fixed.size(),
                        fixed.size() == 1 ? "" : "s");
                for (Baseline.Entry e : fixed) {
                    io.err().printf(Locale.ROOT, "  fixed %s %s \"%s\"%n", e.path(), e.rule(), e.text());
                }
            }
            base.unmatched(baseline).ifPresent(w -> io.err().println("noisegate: " + w));
        }
        if (summary.failed() > 0) {
            io.err().println("noisegate: " + summary.failed() + " input" + (summary.failed() == 1 ? "" : "s")
                    + " could not be read (see the report)");
            return Main.USAGE_OR_INPUT_ERROR;
        }
        if (summary.files() == 0) {
            String what = "no file was audited in " + String.join(", ", paths)
                    + (summary.skipped() > 0 ? " (" + summary.skipped() + " skipped as not text)" : "");
            if ((under != null || on != null) && !allowEmpty) {
                io.err().println("noisegate: " + what + ": the gate cannot pass on nothing; check the paths "
                        + "(or pass --allow-empty to accept empty input)");
                return Main.USAGE_OR_INPUT_ERROR;
            }
            io.err().println("noisegate: " + what);
        }
        return gateFailed[0] ? Main.GATE_FAILED : Main.OK;
    }

    /** One sink per --format; those without a FILE share -o or standard output (at most one). */
    private ReportSink openSinks(ReportOptions options, List<Output> opened) throws IOException {
        List<ReportSink> sinks = openSinks(formats, output, io, opened, (name, out) -> Formats.open(name, out, options));
        return sinks.size() == 1 ? sinks.get(0) : new TeeSink(sinks);
    }

    /** Makes the sink of one format over its stream. */
    @FunctionalInterface
    interface SinkFactory {
        ReportSink open(String format, OutputStream out) throws IOException;
    }

    /**
     * The sinks of the --format specs (text when none): a spec's FILE through {@link Output}, the
     * others on -o or standard output (at most one of them); every stream opened is added to
     * {@code opened}, for the caller to close (which reports a write that failed on the way).
     */
    static List<ReportSink> openSinks(List<String> formats, Path output, Main.Io io, List<Output> opened,
                                      SinkFactory factory) throws IOException {
        List<String> specs = formats.isEmpty() ? List.of("text") : formats;
        List<ReportSink> sinks = new ArrayList<>();
        boolean stdoutTaken = false;
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            String name = colon < 0 ? spec : spec.substring(0, colon);
            if (!Formats.names().contains(name)) {
                throw new IllegalArgumentException("unknown format '" + name + "' (known: "
                        + String.join(", ", Formats.names()) + ")");
            }
            Output o;
            if (colon >= 0) {
                o = Output.open(spec.substring(colon + 1), io.out());
            } else {
                if (stdoutTaken) {
                    throw new IllegalArgumentException("only one --format may go to "
                            + (output == null ? "standard output" : output) + "; give the others a FILE (format:FILE)");
                }
                stdoutTaken = true;
                o = output != null ? Output.open(output.toString(), io.out()) : Output.stdout(io.out());
            }
            opened.add(o);
            sinks.add(factory.open(name, o));
        }
        return sinks;
    }

    static Severity parseSeverity(String s) {
        try {
            Severity v = Severity.of(s.strip());
            if (v == Severity.INFO) {
                throw new IllegalArgumentException();
            }
            return v;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--fail-on takes error or warning, not '" + s + "'");
        }
    }

    static long parseSize(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        long mult = 1;
        if (t.endsWith("K")) {
            mult = 1024;
        } else if (t.endsWith("M")) {
            mult = 1024 * 1024;
        } else if (t.endsWith("G")) {
            mult = 1024L * 1024 * 1024;
        }
        if (mult > 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t) * mult;
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-file-size: not a size: '" + s + "' (e.g. 500K, 64M, 2G)");
        }
    }
}
