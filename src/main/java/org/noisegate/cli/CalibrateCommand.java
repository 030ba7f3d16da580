package org.noisegate.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.noisegate.calibration.Calibrator;
import org.noisegate.calibration.Threshold;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.pipeline.RecordReader;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noisegate calibrate}: per-language thresholds from text the user says is clean. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Measure, per language, the statistics that rule thresholds rest on in CLEAN text (files, "
                + "directories, JSONL) and write thresholds that keep false alarms under a target. Put the file "
                + "in a rules folder (as calibration.yaml) for the auditor to use it.")
final class CalibrateCommand implements Callable<Integer> {
    private final Main.Io io;

    @Parameters(arity = "1..*", paramLabel = "CLEAN", description = "Clean text: files, directories, JSONL (.gz/.zst), or - .")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the calibration (e.g. myrules/calibration.yaml), or - for standard output.")
    String output;

    @Option(names = "--max-false-alarms", defaultValue = "0.2%", paramLabel = "SHARE",
            description = "Largest share of clean lines the calibrated rules may flag, as 0.002 or 0.2%% "
                    + "(default: ${DEFAULT-VALUE}).")
    String maxFalseAlarms;

    @Option(names = "--min-lines", paramLabel = "N", defaultValue = "" + Calibrator.DEFAULT_MIN_LINES,
            description = "Clean non-blank lines a language needs to be calibrated; languages with fewer keep the "
                    + "defaults (default: ${DEFAULT-VALUE}).")
    long minLines;

    @Mixin
    ReadOptions read = new ReadOptions();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    CalibrateCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        double target = share(maxFalseAlarms);
        read.check();
        RuleData data = RuleData.load(ruleOptions.ruleDirs);
        List<Rule> rules = RuleRegistry.load(data).select(ruleOptions.enable, ruleOptions.disable);
        if (minLines < 1) {
            throw new IllegalArgumentException("--min-lines must be at least 1, not " + minLines);
        }
        Calibrator calibrator = new Calibrator(rules, LanguageIdentifier.of(data), minLines);
        RecordReader reader = read.reader(io.in());
        int[] counts = new int[2];
        for (String in : expand(inputs)) {
            reader.read(in, r -> {
                if (r.error() != null || r.text() == null) {
                    counts[1]++;
                    io.err().println("noisegate: skipped " + r.source() + (r.line() > 0 ? ":" + r.line() : "") + ": "
                            + (r.error() != null ? r.error() : "HTML is not calibrated from; give its text"));
                    return;
                }
                counts[0]++;
                calibrator.add(r.id(), r.text(), ruleOptions.lang);
            });
        }
        if (counts[0] == 0) {
            io.err().println("noisegate: no clean documents to calibrate from in " + String.join(", ", inputs)
                    + "; give text files, directories or JSONL (--text-field) of clean text");
            return Main.USAGE_OR_INPUT_ERROR;
        }
        List<String> small = calibrator.languages().stream().filter(l -> !calibrator.calibrated(l)).toList();
        if (small.size() == calibrator.languages().size()) {
            String most = calibrator.languages().stream()
                    .max(java.util.Comparator.comparingLong(calibrator::lines))
                    .map(l -> l + " with " + calibrator.lines(l)).orElse("none");
            io.err().printf(Locale.ROOT, "noisegate: nothing calibrated and %s not written: no language has the %d clean "
                    + "lines calibration needs (the most: %s). Give more clean text per language, or lower --min-lines "
                    + "(thresholds from a small sample switch rules off on the next unusual line).%n", output, minLines,
                    most);
            return Main.USAGE_OR_INPUT_ERROR;
        }
        StringWriter w = new StringWriter();
        calibrator.write(w, target, inputs);
        if (output.equals("-")) {
            io.out().print(w);
            io.out().flush();
        } else {
            Path out = Path.of(output);
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, w.toString(), StandardCharsets.UTF_8);
        }
        List<Threshold> declared = Calibrator.declared(rules);
        for (String l : calibrator.languages()) {
            if (!calibrator.calibrated(l)) {
                continue;
            }
            Map<String, Double> t = calibrator.thresholds(l, target);
            StringBuilder changed = new StringBuilder();
            for (Threshold d : declared) {
                double v = t.getOrDefault(d.key(), d.defaultValue());
                if (v != d.defaultValue()) {
                    changed.append(changed.length() == 0 ? "" : ", ").append(d.key()).append(' ')
                            .append(fmt(d.defaultValue())).append(" → ").append(fmt(v));
                }
            }
            io.err().printf(Locale.ROOT, "%-6s %s%n", l, changed.length() == 0 ? "defaults hold" : changed);
            for (String h : calibrator.held(l, target)) {
                io.err().printf(Locale.ROOT, "%-6s warning: %s held: the sample asked for a value that turns the rule "
                        + "off; some of its clean lines are still flagged, look at them (are they clean?)%n", l,
                        h.replaceFirst(" ", " (") + ")");
            }
        }
        if (!small.isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (String l : small) {
                b.append(b.length() == 0 ? "" : ", ").append(l).append(" (").append(calibrator.lines(l)).append(')');
            }
            io.err().printf(Locale.ROOT, "left at their defaults, fewer than %d clean lines (--min-lines): %s%n",
                    minLines, b);
        }
        io.err().printf(Locale.ROOT, "calibrated %d of %d languages from %d documents (%d skipped); target %.3f%% of "
                + "lines%n", calibrator.languages().size() - small.size(), calibrator.languages().size(), counts[0],
                counts[1], target * 100);
        return Main.OK;
    }

    /** A threshold as people write it: 60, 0.356, not 60.0 or 3.56E-1. */
    static String fmt(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** "0.2%" or "0.002" as a share between 0 and 1. */
    static double share(String s) {
        String t = s.strip();
        double v;
        try {
            v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-false-alarms: not a share: '" + s + "' (write 0.002 or 0.2%)");
        }
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException("--max-false-alarms must be at least 0 and below 1 (100%), not " + s);
        }
        return v;
    }

    /** Directories become the regular files below them, in name order; hidden entries are skipped. */
    private static List<String> expand(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (a.equals("-") || !Files.isDirectory(p)) {
                out.add(a);
                continue;
            }
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !f.getFileName().toString().startsWith("LICENSE") && !f.getFileName().toString().startsWith("README"))
                        .sorted().forEach(f -> out.add(f.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + a + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
