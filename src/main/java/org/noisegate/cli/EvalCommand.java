package org.noisegate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.noisegate.NoiseGate;
import org.noisegate.eval.BoilerplateBenchmarks;
import org.noisegate.eval.Evaluation;
import org.noisegate.eval.Gold;
import org.noisegate.report.FileResult;
import org.noisegate.rule.Category;
import org.noisegate.source.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code noisegate eval}: precision, recall and F1 against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Audit the documents of a gold file and print precision, recall and F1 per category and per "
                + "rule, and the share of clean lines with a false alarm.")
final class EvalCommand implements Callable<Integer> {
    private final Main.Io io;

    @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "A gold file of labelled spans (repeatable).")
    List<Path> gold = List.of();

    @Option(names = "--dumps", paramLabel = "GOLD.jsonl",
            description = "Boilerplate snippets located in plain-text dumps of web pages (eval/dumps/gold.jsonl).")
    Path dumps;

    @Option(names = "--filler", paramLabel = "FILLER.jsonl",
            description = "Placeholder text from generators (eval/filler/filler.jsonl), audited alone and inside an article.")
    Path filler;

    @Option(names = "--filler-hosts", paramLabel = "DIR", defaultValue = "src/test/resources/flores200-sample",
            description = "Clean FLORES-200 files (<lang>_<Script>.txt) the filler is put into (default: ${DEFAULT-VALUE}).")
    Path fillerHosts;

    @Option(names = "--html", paramLabel = "GOLD.jsonl",
            description = "Web pages with trafilatura's with/without snippets (eval/trafilatura/gold.jsonl), after clean.")
    Path html;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--misses", description = "Also list the gold spans that were missed (text format).")
    boolean misses;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    EvalCommand(Main.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("--format takes text or json, not '" + format + "'");
        }
        if (gold.isEmpty() && dumps == null && filler == null && html == null) {
            throw new IllegalArgumentException("eval needs --gold, --dumps, --filler or --html");
        }
        NoiseGate gate = ruleOptions.builder().build();
        BenchmarkReport bench = new BenchmarkReport();
        if (dumps != null) {
            bench.dumps = BoilerplateBenchmarks.dumps(gate, dumps);
        }
        if (filler != null) {
            bench.filler = BoilerplateBenchmarks.filler(gate, filler, fillerHosts);
        }
        if (html != null) {
            bench.html = BoilerplateBenchmarks.html(gate, html);
        }
        Evaluation ev = gold.isEmpty() ? null : evaluate(gate, gold);
        if (format.equals("json")) {
            json(ev, bench, io.out());
        } else {
            if (ev != null) {
                text(ev, io.out(), misses);
            }
            bench.text(io.out(), misses);
        }
        return Main.OK;
    }

    static Evaluation evaluate(NoiseGate gate, List<Path> goldFiles) throws IOException {
        Evaluation ev = new Evaluation();
        for (Path g : goldFiles) {
            for (Gold doc : Gold.read(g)) {
                FileResult r;
                if (doc.text() != null) {
                    r = gate.audit(doc.path() == null ? "inline" : doc.path(), doc.text(), doc.lang());
                } else if (Inputs.kind(doc.path()).equals("html")) {
                    r = gate.auditHtml(doc.path(), Files.readAllBytes(Path.of(doc.path())));
                } else {
                    r = gate.audit(doc.path(), Files.readAllBytes(Path.of(doc.path())), doc.lang());
                }
                if (!r.audited()) {
                    throw new IOException(doc.path() + ": " + r.note());
                }
                ev.add(r, doc);
            }
        }
        return ev;
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "    -" : String.format(Locale.ROOT, "%5.1f", 100 * v);
    }

    static void text(Evaluation ev, PrintStream out, boolean misses) {
        out.printf(Locale.ROOT, "%d documents%n%n", ev.documents());
        out.printf(Locale.ROOT, "%-30s %9s %9s %6s %8s %6s%n", "category", "precision", "recall", "F1", "findings", "gold");
        for (Map.Entry<Category, Evaluation.Counts> e : ev.categories().entrySet()) {
            Evaluation.Counts c = e.getValue();
            out.printf(Locale.ROOT, "%-30s %9s %9s %6s %8d %6d%n", e.getKey().key(), pct(c.precision()), pct(c.recall()),
                    pct(c.f1()), c.findings(), c.gold());
        }
        if (!ev.kinds().isEmpty()) {
            out.printf(Locale.ROOT, "%n%-30s %9s %6s%n", "planted noise", "recall", "gold");
            for (Map.Entry<String, Evaluation.Counts> e : ev.kinds().entrySet()) {
                out.printf(Locale.ROOT, "%-30s %9s %6d%n", e.getKey(), pct(e.getValue().recall()), e.getValue().gold());
            }
        }
        out.printf(Locale.ROOT, "%n%-30s %9s %8s%n", "rule", "precision", "findings");
        for (Map.Entry<String, Evaluation.Counts> e : ev.rules().entrySet()) {
            out.printf(Locale.ROOT, "%-30s %9s %8d%n", e.getKey(), pct(e.getValue().precision()), e.getValue().findings());
        }
        out.printf(Locale.ROOT, "%nclean lines with a false alarm: %d of %d (%.3f%%)%n", ev.falseAlarmLines(),
                ev.cleanLines(), 100 * ev.falseAlarmShare());
        if (misses) {
            out.println();
            ev.misses().forEach(out::println);
        }
    }

    static void json(Evaluation ev, BenchmarkReport bench, PrintStream out) throws IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        bench.json(g);
        if (ev != null) {
            spans(ev, g);
        }
        g.writeEndObject();
        g.writeRaw('\n');
        g.close();
    }

    private static void spans(Evaluation ev, JsonGenerator g) throws IOException {
        g.writeNumberField("documents", ev.documents());
        g.writeObjectFieldStart("categories");
        for (Map.Entry<Category, Evaluation.Counts> e : ev.categories().entrySet()) {
            counts(g, e.getKey().key(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("kinds");
        for (Map.Entry<String, Evaluation.Counts> e : ev.kinds().entrySet()) {
            counts(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("rules");
        for (Map.Entry<String, Evaluation.Counts> e : ev.rules().entrySet()) {
            counts(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("cleanLines");
        g.writeNumberField("lines", ev.cleanLines());
        g.writeNumberField("falseAlarms", ev.falseAlarmLines());
        g.writeNumberField("share", ev.falseAlarmShare());
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String name, Evaluation.Counts c) throws IOException {
        g.writeObjectFieldStart(name);
        num(g, "precision", c.precision());
        num(g, "recall", c.recall());
        num(g, "f1", c.f1());
        g.writeNumberField("findings", c.findings());
        g.writeNumberField("gold", c.gold());
        g.writeEndObject();
    }

    static void num(JsonGenerator g, String name, double v) throws IOException {
        if (Double.isNaN(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, Math.round(v * 10000) / 10000.0);
        }
    }
}
