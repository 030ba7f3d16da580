package org.noisegate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.noisegate.NoiseGate;
import org.noisegate.baseline.Baseline;
import org.noisegate.report.FileResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noisegate baseline}: records today's findings so that audits gate only on new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = "Record the current findings in a baseline file; 'audit --baseline FILE' then reports and "
                + "gates only on new findings and lists the fixed ones.")
final class BaselineCommand implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories or - for standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = ".noisegate-baseline.json",
            description = "Where to write the baseline (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--config", paramLabel = "FILE", description = "Project configuration (as for audit).")
    Path config;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    BaselineCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Project project = Project.load(config, paths, io);
        NoiseGate gate = project.build(project.builder(ruleOptions), ruleOptions);
        int[] counts = new int[2];
        try (OutputStream out = Files.newOutputStream(output); Baseline.Writer w = new Baseline.Writer(out, Baseline.root(output))) {
            Walker walker = project.walker(gate, io);
            for (String p : paths) {
                walker.audit(p, r -> {
                    if (r.status() == FileResult.Status.FAILED) {
                        counts[1]++;
                        io.err().println("noisegate: " + r.path() + ": " + r.note());
                    }
                    try {
                        w.add(r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts[0] += r.findings().size();
                });
            }
        }
        io.err().println("noisegate: recorded " + counts[0] + " findings in " + output + " (paths relative to "
                + Baseline.root(output) + ")");
        return counts[1] > 0 ? Main.USAGE_OR_INPUT_ERROR : Main.OK;
    }
}
