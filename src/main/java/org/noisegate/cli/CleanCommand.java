package org.noisegate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.noisegate.Cleaner;
import org.noisegate.NoiseGate;
import org.noisegate.pipeline.GateDecision;
import org.noisegate.pipeline.Ordered;
import org.noisegate.pipeline.Output;
import org.noisegate.pipeline.Record;
import org.noisegate.pipeline.RecordReader;
import org.noisegate.report.FileResult;
import org.noisegate.source.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code noisegate clean}: the same documents with their boilerplate removed and nothing else changed. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Write the documents with boilerplate spans removed and nothing else changed (HTML: the "
                + "extracted main text). With --annotate, write the removed spans instead.")
final class CleanCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private final Main.Io io;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Inputs (default: - for standard input).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|-", defaultValue = "-",
            description = "A folder to write <name without extension>.txt (.jsonl for JSONL inputs) per input file, "
                    + "at its path relative to the inputs' common folder (directories are walked; files of distinct names given one by one: by name), "
                    + "or - for standard output (default).")
    String output;

    @Option(names = "--annotate", description = "Write the removed spans (code point offsets, text, rule) instead of removing them.")
    boolean annotate;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    CleanCommand(Main.Io io) {
        this.io = io;
    }

    /** One file to clean: its path as given or walked, and where its output goes under -o (null: standard output). */
    private record Input(String path, Path out, boolean walked) {
    }

    @Override
    public Integer call() throws IOException {
        input.check();
        NoiseGate gate = ruleOptions.builder().build();
        Path dir = output.equals("-") ? null : Path.of(output);
        List<Input> in = expand(inputs.isEmpty() ? List.of("-") : inputs, dir);
        if (dir != null) {
            Files.createDirectories(dir);
        }
        int[] errors = {0};
        RecordReader reader = input.reader(io.in());
        Output stdoutOut = Output.stdout(io.out());
        Writer stdout = new BufferedWriter(new OutputStreamWriter(stdoutOut, StandardCharsets.UTF_8));
        try {
            for (Input i : in) {
                clean(gate, reader, i, stdout, errors);
            }
            stdout.flush();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Output.Failed f) {
                throw f;
            }
            throw e;
        }
        return errors[0] > 0 ? Main.USAGE_OR_INPUT_ERROR : Main.OK;
    }

    private void clean(NoiseGate gate, RecordReader reader, Input i, Writer stdout, int[] errors) throws IOException {
        Writer[] file = {null}; // opened at the first output, so nothing is left for an unreadable or skipped input
        boolean[] failed = {false};
        try (Ordered<Record, String> pipe = new Ordered<>(input.threads(), rec -> render(gate, rec), s -> {
            try {
                writer(i, stdout, file).write(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        })) {
            reader.read(i.path(), rec -> {
                if (rec.error() == null) {
                    pipe.submit(rec);
                    return;
                }
                if (rec.raw() == null) {
                    failed[0] = true;
                    if (i.walked() && rec.error().startsWith(RecordReader.BINARY)) {
                        io.err().println("noisegate clean: " + rec.source() + ": skipped: " + rec.error());
                        return;
                    }
                }
                errors[0]++;
                io.err().println("noisegate clean: " + rec.source() + (rec.line() > 0 ? ":" + rec.line() : "")
                        + ": " + rec.error() + (rec.raw() != null ? " (written unchanged)" : ""));
                if (rec.raw() != null) {
                    pipe.submit(rec);
                }
            });
            pipe.finish();
            if (!failed[0]) {
                writer(i, stdout, file); // an empty input gives an empty output
            }
        } finally {
            if (file[0] != null && file[0] != stdout) {
                file[0].close();
            } else {
                stdout.flush();
            }
        }
    }

    private Writer writer(Input i, Writer stdout, Writer[] file) throws IOException {
        if (file[0] == null) {
            if (i.out() == null) {
                file[0] = stdout;
            } else {
                Files.createDirectories(i.out().toAbsolutePath().getParent());
                file[0] = new BufferedWriter(new OutputStreamWriter(Output.open(i.out().toString(), io.out()),
                        StandardCharsets.UTF_8), 1 << 16);
            }
        }
        return file[0];
    }

    /**
     * The files to clean: directories walked depth-first in name order (hidden entries skipped), and
     * under -o each output at the input's path relative to the inputs' common folder, so
     * {@code a/x.txt} and {@code b/x.txt} go to {@code out/a/x.txt} and {@code out/b/x.txt} (by name
     * alone when no directory is given and the file names differ, or the inputs share no folder but
     * the root). Two inputs that would be cleaned into
     * one output, or an output that would overwrite its input, are a usage error before anything
     * is written.
     */
    private List<Input> expand(List<String> args, Path dir) {
        List<String[]> files = new ArrayList<>(); // path, walked (non-null) or not
        List<Path> roots = new ArrayList<>();
        boolean walked = false;
        for (String a : args) {
            if (a.equals("-")) {
                files.add(new String[] {a, null});
                continue;
            }
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                walked = true;
                roots.add(p.toAbsolutePath().normalize());
                walk(p, files);
            } else {
                Path parent = p.toAbsolutePath().normalize().getParent();
                roots.add(parent == null ? p.toAbsolutePath() : parent);
                files.add(new String[] {a, null});
            }
        }
        Path base = common(roots);
        java.util.Set<String> names = new java.util.HashSet<>();
        boolean distinct = !walked;
        for (String[] f : files) {
            distinct &= f[0].equals("-") || names.add(Path.of(f[0]).getFileName().toString());
        }
        if (base != null && base.getParent() == null || distinct) {
            base = null; // files named apart, or with nothing but the root in common: by name alone
        }
        Map<Path, String> taken = new HashMap<>();
        List<Input> out = new ArrayList<>();
        for (String[] f : files) {
            Path target = null;
            if (dir != null) {
                boolean jsonl = input.format.equals("jsonl") || input.format.equals("auto") && (f[0].equals("-")
                        || Inputs.kind(f[0]).equals("jsonl"));
                Path rel = f[0].equals("-") || base == null ? null
                        : base.relativize(Path.of(f[0]).toAbsolutePath().normalize());
                Path parent = rel == null ? null : rel.getParent();
                String name = outName(f[0], jsonl);
                target = parent == null ? dir.resolve(name) : dir.resolve(parent).resolve(name);
                Path key = target.toAbsolutePath().normalize();
                String before = taken.putIfAbsent(key, f[0]);
                if (before != null) {
                    throw new IllegalArgumentException(before + " and " + f[0] + " would both be cleaned into " + target
                            + "; clean them in separate runs or to separate folders");
                }
                if (!f[0].equals("-") && key.equals(Path.of(f[0]).toAbsolutePath().normalize())) {
                    throw new IllegalArgumentException("cleaning " + f[0] + " into " + target
                            + " would overwrite the input; choose another -o folder");
                }
            }
            out.add(new Input(f[0], target, f[1] != null));
        }
        return out;
    }

    private static void walk(Path dir, List<String[]> files) {
        List<Path> entries;
        try (var s = Files.list(dir)) {
            entries = s.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            files.add(new String[] {dir.toString(), null}); // reported as unreadable by the reader
            return;
        }
        for (Path p : entries) {
            Path name = p.getFileName();
            if (name != null && name.toString().startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(p)) {
                walk(p, files);
            } else {
                files.add(new String[] {p.toString(), "walked"});
            }
        }
    }

    /** The deepest folder that holds every root, or null when there is none (different drives). */
    private static Path common(List<Path> roots) {
        Path base = null;
        for (Path r : roots) {
            if (base == null) {
                base = r;
                continue;
            }
            while (base != null && !r.startsWith(base)) {
                base = base.getParent();
            }
            if (base == null) {
                return null;
            }
        }
        return base;
    }

    static String outName(String input, boolean jsonl) {
        String name = input.equals("-") ? "stdin" : Path.of(Inputs.baseName(input)).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + (jsonl ? ".jsonl" : ".txt");
    }

    private String render(NoiseGate gate, Record rec) {
        if (rec.error() != null) {
            return rec.raw() != null ? rec.raw() + "\n" : "";
        }
        FileResult r = GateDecision.audit(gate, rec, null);
        if (!r.audited()) {
            return rec.raw() != null ? rec.raw() + "\n" : "";
        }
        Cleaner.Cleaned c = Cleaner.clean(r);
        if (!rec.jsonl()) {
            return annotate ? removed(r.text(), c, true) : c.text();
        }
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(rec.raw());
            if (annotate) {
                return node.set("noisegate", JSON.readTree(removed(r.text(), c, false))).toString() + "\n";
            }
            setText(node, input.textField, c.text());
            return JSON.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setText(ObjectNode node, String dotted, String text) {
        String[] steps = dotted.split("\\.");
        ObjectNode n = node;
        for (int i = 0; i < steps.length - 1; i++) {
            n = (ObjectNode) n.get(steps[i]);
        }
        n.put(steps[steps.length - 1], text);
    }

    /** The removed spans with code point offsets: one JSON object per line, or one {"removed": [...]} object. */
    private static String removed(String text, Cleaner.Cleaned c, boolean lines) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            if (!lines) {
                g.writeStartObject();
                g.writeArrayFieldStart("removed");
            }
            for (Cleaner.Removed x : c.removed()) {
                g.writeStartObject();
                g.writeNumberField("start", text.codePointCount(0, x.start()));
                g.writeNumberField("end", text.codePointCount(0, x.end()));
                g.writeStringField("rule", x.rule());
                g.writeStringField("text", x.text());
                g.writeEndObject();
                if (lines) {
                    g.writeRaw('\n');
                }
            }
            if (!lines) {
                g.writeEndArray();
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
