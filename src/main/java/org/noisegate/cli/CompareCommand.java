package org.noisegate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.noisegate.NoiseGate;
import org.noisegate.compare.Align;
import org.noisegate.compare.CompareRules;
import org.noisegate.compare.Comparer;
import org.noisegate.compare.Comparison;
import org.noisegate.compare.Results;
import org.noisegate.compare.SideBySideHtml;
import org.noisegate.compare.Version;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.pipeline.Output;
import org.noisegate.pipeline.Record;
import org.noisegate.pipeline.RecordReader;
import org.noisegate.report.FileResult;
import org.noisegate.report.Formats;
import org.noisegate.report.ReportOptions;
import org.noisegate.report.ReportSink;
import org.noisegate.report.RunInfo;
import org.noisegate.report.Summary;
import org.noisegate.rule.Finding;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.source.JsonFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noisegate compare}: checks numbers and names between versions of one text. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare versions of one text (translations, multi-way parallel files) and report the "
                + "numbers and names one version says differently from the others (category consistency).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the gate failed (--fail-on, --fail-under)", "2:usage or input error"})
final class CompareCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The root command, for the run's streams (so registering this command is one line in Main). */
    @picocli.CommandLine.ParentCommand
    Main parent;
    private Main.Io io;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "The versions: files, directories (their files in name order; LICENSE and README files "
                    + "skipped) or JSONL files of records (with --group-field, one set of versions per group).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--align", paramLabel = "MODE", defaultValue = "auto",
            description = "lines (line N of each version translates line N of the others), paragraphs, document, "
                    + "or auto: lines when every version has as many, else paragraphs, else whole documents "
                    + "(default: ${DEFAULT-VALUE}).")
    String align;

    @Option(names = "--group-field", paramLabel = "PATH",
            description = "JSONL: records with the same value of this field are versions of one text (e.g. story_id); "
                    + "without it all records of the inputs are versions of one text.")
    String groupField;

    @Option(names = "--lang-field", paramLabel = "PATH",
            description = "JSONL: field with each record's language (ISO 639); else --lang, else guessed.")
    String langField;

    @Option(names = "--text-field", paramLabel = "PATH", defaultValue = "text",
            description = "JSONL field with the text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", paramLabel = "PATH", defaultValue = "id",
            description = "JSONL field that names a version in reports (default: ${DEFAULT-VALUE}; else file:line).")
    String idField;

    @Option(names = "--lang", paramLabel = "CODE", converter = Messages.Language.class,
            description = "The language of every version (ISO 639 code), instead of guessing it.")
    String lang;

    @Option(names = "--audit", description = "Audit each version as well, so reports carry every category, not only consistency.")
    boolean audit;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of rule data that extends the built-in rules/ (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT[:FILE]",
            description = "Report format: text (default), json, jsonl, markdown, sarif, junit, html (the versions side by "
                    + "side, disagreeing values linked). Repeat to write several, each to its FILE.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report that has no FILE of its own here.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit with 1 when a finding of SEVERITY (error, warning) or worse exists.")
    String failOn;

    @Option(names = "--fail-under", paramLabel = "SCORE", description = "Exit with 1 when any version scores below SCORE (0-100).")
    Double failUnder;

    @Override
    public Integer call() throws IOException {
        io = parent.io;
        Align mode = Align.of(align);
        Severity on = failOn == null ? null : AuditCommand.parseSeverity(failOn);
        RuleData data = RuleData.load(ruleDirs);
        LanguageIdentifier ids = LanguageIdentifier.of(data);
        Comparer comparer = Comparer.of(data);
        NoiseGate gate = null;
        if (audit) {
            NoiseGate.Builder b = NoiseGate.builder().language(lang);
            ruleDirs.forEach(b::rules);
            gate = b.build();
        }
        List<List<Version>> sets = read(ids);
        ReportOptions options = new ReportOptions(failUnder, on, false, false);
        Summary summary = new Summary();
        boolean failed = false;
        List<Output> files = new ArrayList<>();
        List<RunInfo.RuleInfo> rules = new ArrayList<>(CompareRules.ALL);
        if (gate != null) {
            rules.addAll(RunInfo.of(gate.rules()).rules());
        }
        List<ReportSink> sinks = open(options, files);
        try {
            for (ReportSink s : sinks) {
                s.start(new RunInfo("noisegate", RunInfo.version(), rules));
            }
            for (List<Version> set : sets) {
                Comparison c = comparer.compare(set, mode);
                List<FileResult> results = new ArrayList<>();
                for (int v = 0; v < set.size(); v++) {
                    List<Finding> more = List.of();
                    if (gate != null) {
                        more = gate.audit(set.get(v).path(), set.get(v).text(), set.get(v).language()).findings()
                                .stream().map(l -> l.finding()).toList();
                    }
                    FileResult r = Results.result(c, v, more, gate != null);
                    results.add(r);
                    summary.add(r);
                    failed |= options.fails(r);
                }
                for (ReportSink s : sinks) {
                    if (s instanceof SideBySideHtml html) {
                        html.comparison(c, results);
                    } else {
                        for (FileResult r : results) {
                            s.file(r);
                        }
                    }
                }
            }
            for (ReportSink s : sinks) {
                s.end(summary);
            }
        } finally {
            for (ReportSink s : sinks) {
                s.close();
            }
            for (Output f : files) {
                f.close(); // a write that failed on the way throws here
            }
            io.out().flush();
        }
        return failed ? Main.GATE_FAILED : Main.OK;
    }

    /** The sets of versions to compare: one of the files given, or one per group of JSONL records. */
    private List<List<Version>> read(LanguageIdentifier ids) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    s.filter(Files::isRegularFile).filter(f -> !skipped(f.getFileName().toString()))
                            .map(Path::toString).sorted().forEach(inputs::add);
                }
            } else if (!p.equals("-") && !Files.isRegularFile(path)) {
                throw new IOException("no such file: " + p);
            } else {
                inputs.add(p);
            }
        }
        Map<String, List<Version>> groups = new LinkedHashMap<>();
        RecordReader reader = new RecordReader("auto", textField, idField, io.in());
        List<String> errors = new ArrayList<>();
        for (String in : inputs) {
            reader.read(in, r -> {
                if (r.error() != null) {
                    errors.add((r.jsonl() ? r.source() + ":" + r.line() : r.source()) + ": " + r.error());
                    return;
                }
                String group = "";
                String language = lang;
                if (r.jsonl()) {
                    JsonNode node = node(r);
                    if (groupField != null) {
                        JsonNode g = JsonFields.get(node, groupField);
                        if (g == null || g.isNull()) {
                            errors.add(r.source() + ":" + r.line() + ": no group field '" + groupField + "'");
                            return;
                        }
                        group = g.asText();
                    }
                    if (langField != null) {
                        JsonNode l = JsonFields.get(node, langField);
                        if (l != null && l.isTextual() && !l.asText().isBlank()) {
                            language = l.asText().strip();
                        }
                    }
                }
                String text = r.text() != null ? r.text() : "";
                int script = LanguageIdentifier.dominantScript(text);
                if (language == null) {
                    language = ids.identify(text, script);
                }
                groups.computeIfAbsent(group, k -> new ArrayList<>()).add(new Version(r.id(), text, language, script));
            });
        }
        if (!errors.isEmpty()) {
            throw new IOException(String.join("; ", errors.subList(0, Math.min(3, errors.size())))
                    + (errors.size() > 3 ? " and " + (errors.size() - 3) + " more" : "")
                    + ": every version must be readable text (fix or leave out these inputs)");
        }
        List<List<Version>> sets = new ArrayList<>();
        for (Map.Entry<String, List<Version>> e : groups.entrySet()) {
            if (e.getValue().size() < 2) {
                String what = groupField == null ? "the inputs" : "group '" + e.getKey() + "' (" + groupField + ")";
                throw new IllegalArgumentException(what + " hold" + (groupField == null ? "" : "s") + " only "
                        + e.getValue().size() + " version; compare needs at least two versions of one text");
            }
            sets.add(e.getValue());
        }
        if (sets.isEmpty()) {
            throw new IllegalArgumentException("no versions found in " + String.join(", ", paths));
        }
        return sets;
    }

    private static JsonNode node(Record r) {
        try {
            return JSON.readTree(r.raw());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean skipped(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return name.startsWith(".") || n.startsWith("LICENSE") || n.startsWith("LICENCE") || n.startsWith("README")
                || n.startsWith("COPYING");
    }

    private List<ReportSink> open(ReportOptions options, List<Output> opened) throws IOException {
        return AuditCommand.openSinks(formats, output, io, opened,
                (name, out) -> name.equals("html") ? new SideBySideHtml(out) : Formats.open(name, out, options));
    }
}
