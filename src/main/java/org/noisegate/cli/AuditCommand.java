package org.noisegate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.noisegate.NoiseGate;
import org.noisegate.report.FileResult;
import org.noisegate.report.Formats;
import org.noisegate.report.ReportSink;
import org.noisegate.report.RunInfo;
import org.noisegate.report.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noisegate audit}: scores files and reports their findings. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit text files and report findings with a cleanliness score per file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a file scored under --fail-under", "2:usage or input error "
                + "(unreadable paths are reported, the other files are still audited)"})
final class AuditCommand implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (walked recursively; binary files are skipped with a note) or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = FormatNames.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-under", paramLabel = "SCORE",
            description = "Exit with 1 when any file scores below SCORE (0-100).")
    Double failUnder;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "256M",
            description = "Refuse files larger than SIZE bytes (suffixes K, M, G; default: ${DEFAULT-VALUE}).")
    String maxFileSize;

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
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new IllegalArgumentException("--fail-under must be between 0 and 100, not " + failUnder);
        }
        NoiseGate gate = ruleOptions.builder().maxBytes(parseSize(maxFileSize)).build();
        OutputStream out = output == null ? io.out() : Files.newOutputStream(output);
        Summary summary = new Summary();
        boolean[] gateFailed = {false};
        try (ReportSink sink = Formats.open(format, out)) {
            sink.start(RunInfo.current());
            Consumer<FileResult> emit = r -> {
                summary.add(r);
                if (r.audited() && failUnder != null && r.score() < failUnder) {
                    gateFailed[0] = true;
                }
                try {
                    sink.file(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            for (String p : paths) {
                audit(gate, p, emit);
            }
            sink.end(summary);
        } finally {
            if (output != null) {
                out.close();
            } else {
                out.flush();
            }
        }
        if (summary.failed() > 0) {
            io.err().println("noisegate: " + summary.failed() + " input" + (summary.failed() == 1 ? "" : "s")
                    + " could not be read (see the report)");
            return Main.USAGE_OR_INPUT_ERROR;
        }
        return gateFailed[0] ? Main.GATE_FAILED : Main.OK;
    }

    private void audit(NoiseGate gate, String arg, Consumer<FileResult> emit) {
        if (arg.equals("-")) {
            try {
                emit.accept(gate.audit("-", io.in().readAllBytes()));
            } catch (IOException e) {
                emit.accept(FileResult.failed("-", "cannot read standard input: " + e.getMessage()));
            }
            return;
        }
        Path root = Path.of(arg);
        if (!Files.exists(root)) {
            emit.accept(FileResult.failed(arg, "cannot read: no such file or directory"));
            return;
        }
        if (!Files.isDirectory(root)) {
            emit.accept(gate.audit(arg, root));
            return;
        }
        walk(gate, root, emit);
    }

    /** Walks a directory depth-first in name order, so reports are the same on every machine. */
    private void walk(NoiseGate gate, Path dir, Consumer<FileResult> emit) {
        List<Path> entries;
        try (var s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            emit.accept(FileResult.failed(dir.toString(), "cannot read: " + reason(e)));
            return;
        }
        for (Path p : entries) {
            if (hidden(p)) {
                continue;
            }
            if (Files.isDirectory(p)) {
                walk(gate, p, emit);
            } else if (Files.isRegularFile(p)) {
                emit.accept(gate.audit(p.toString(), p));
            } else if (!Files.exists(p)) {
                emit.accept(FileResult.failed(p.toString(), "cannot read: broken link"));
            }
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(Exception x) {
        Throwable e = x instanceof UncheckedIOException u ? u.getCause() : x;
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static long parseSize(String s) {
        String t = s.strip().toUpperCase(java.util.Locale.ROOT);
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
