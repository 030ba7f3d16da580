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
import java.util.List;
import java.util.concurrent.Callable;
import org.noisegate.Cleaner;
import org.noisegate.NoiseGate;
import org.noisegate.pipeline.Ordered;
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
            description = "A folder to write <name without extension>.txt (.jsonl for JSONL inputs) per input, "
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

    @Override
    public Integer call() throws IOException {
        input.check();
        NoiseGate gate = ruleOptions.builder().build();
        List<String> in = inputs.isEmpty() ? List.of("-") : inputs;
        Path dir = output.equals("-") ? null : Path.of(output);
        if (dir != null) {
            Files.createDirectories(dir);
        }
        int[] errors = {0};
        RecordReader reader = input.reader(io.in());
        Writer stdout = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
        for (String i : in) {
            boolean jsonl = input.format.equals("jsonl") || input.format.equals("auto") && (i.equals("-")
                    || Inputs.kind(i).equals("jsonl"));
            Writer w = dir == null ? stdout : Files.newBufferedWriter(dir.resolve(outName(i, jsonl)), StandardCharsets.UTF_8);
            try (Ordered<Record, String> pipe = new Ordered<>(input.threads(), rec -> render(gate, rec), s -> {
                try {
                    w.write(s);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })) {
                reader.read(i, rec -> {
                    if (rec.error() != null) {
                        errors[0]++;
                        io.err().println("noisegate clean: " + rec.source() + (rec.line() > 0 ? ":" + rec.line() : "")
                                + ": " + rec.error() + (rec.raw() != null ? " (written unchanged)" : ""));
                    }
                    pipe.submit(rec);
                });
                pipe.finish();
            } finally {
                if (w != stdout) {
                    w.close();
                } else {
                    w.flush();
                }
            }
        }
        return errors[0] > 0 ? Main.USAGE_OR_INPUT_ERROR : Main.OK;
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
        FileResult r = GateCommand.audit(gate, rec);
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
