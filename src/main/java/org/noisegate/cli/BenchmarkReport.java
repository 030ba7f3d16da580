package org.noisegate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.noisegate.eval.BoilerplateBenchmarks;
import org.noisegate.eval.BoilerplateBenchmarks.FillerCounts;
import org.noisegate.eval.BoilerplateBenchmarks.Prf;

/** Prints the results of the boilerplate benchmarks of {@code eval} (text and JSON). */
final class BenchmarkReport {
    BoilerplateBenchmarks.DumpResult dumps;
    BoilerplateBenchmarks.FillerResult filler;
    BoilerplateBenchmarks.HtmlResult html;

    void text(PrintStream out, boolean misses) {
        if (dumps != null) {
            out.printf(Locale.ROOT, "plain-text dumps: %d pages, %d boilerplate and %d content snippets%n", dumps.pages(),
                    dumps.boilerplateSnippets(), dumps.contentSnippets());
            prf(out, "  boilerplate", dumps.overall());
            if (misses) {
                dumps.misses().forEach(m -> out.println("  " + m));
                dumps.falseAlarms().forEach(m -> out.println("  " + m));
            }
        }
        if (filler != null) {
            out.printf(Locale.ROOT, "filler: found alone / inside an article (clean article lines flagged: %.2f%%)%n",
                    100 * filler.hostFalseAlarmShare());
            counts(out, filler.byGenerator());
            counts(out, filler.byKind());
            if (misses) {
                filler.misses().forEach(m -> out.println("  " + m));
            }
        }
        if (html != null) {
            out.printf(Locale.ROOT, "html (trafilatura protocol): %d pages, %d with and %d without snippets%n",
                    html.pages(), html.with(), html.without());
            prf(out, "  main text", html.overall());
            if (misses) {
                html.misses().forEach(m -> out.println("  " + m));
                html.falseAlarms().forEach(m -> out.println("  " + m));
            }
        }
    }

    private static void prf(PrintStream out, String label, Prf p) {
        out.printf(Locale.ROOT, "%-30s precision %s  recall %s  F1 %s%n", label, EvalCommand.pct(p.precision()),
                EvalCommand.pct(p.recall()), EvalCommand.pct(p.f1()));
    }

    private static void counts(PrintStream out, Map<String, FillerCounts> m) {
        for (Map.Entry<String, FillerCounts> e : m.entrySet()) {
            FillerCounts c = e.getValue();
            out.printf(Locale.ROOT, "  %-28s %3d records  alone %s%%  in article %s%%%n", e.getKey(), c.records(),
                    EvalCommand.pct(c.alone() / (double) c.records()), EvalCommand.pct(c.embedded() / (double) c.records()));
        }
    }

    void json(JsonGenerator g) throws IOException {
        if (dumps != null) {
            g.writeObjectFieldStart("dumps");
            prf(g, dumps.overall());
            g.writeEndObject();
        }
        if (filler != null) {
            g.writeObjectFieldStart("filler");
            g.writeObjectFieldStart("generators");
            counts(g, filler.byGenerator());
            g.writeEndObject();
            g.writeObjectFieldStart("kinds");
            counts(g, filler.byKind());
            g.writeEndObject();
            EvalCommand.num(g, "hostFalseAlarms", filler.hostFalseAlarmShare());
            g.writeEndObject();
        }
        if (html != null) {
            g.writeObjectFieldStart("html");
            prf(g, html.overall());
            g.writeEndObject();
        }
    }

    private static void prf(JsonGenerator g, Prf p) throws IOException {
        EvalCommand.num(g, "precision", p.precision());
        EvalCommand.num(g, "recall", p.recall());
        EvalCommand.num(g, "f1", p.f1());
    }

    private static void counts(JsonGenerator g, Map<String, FillerCounts> m) throws IOException {
        for (Map.Entry<String, FillerCounts> e : m.entrySet()) {
            g.writeObjectFieldStart(e.getKey());
            g.writeNumberField("records", e.getValue().records());
            EvalCommand.num(g, "alone", e.getValue().alone() / (double) e.getValue().records());
            EvalCommand.num(g, "inArticle", e.getValue().embedded() / (double) e.getValue().records());
            g.writeEndObject();
        }
    }
}
