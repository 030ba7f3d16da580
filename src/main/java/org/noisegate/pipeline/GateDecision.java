package org.noisegate.pipeline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Category;
import org.noisegate.rule.Severity;

/**
 * Keep or reject: a document is rejected when it scores below the minimum or a category lost
 * more points than its maximum; the record gets a {@code noisegate} object with the score, the
 * language, category scores, finding counts, the rules that fired and, when rejected, the
 * reasons.
 */
public final class GateDecision {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final double minScore;
    private final Map<Category, Double> maxLost;

    public GateDecision(double minScore, Map<Category, Double> maxLost) {
        this.minScore = minScore;
        this.maxLost = Map.copyOf(maxLost);
    }

    /** A decided record: where it goes and the line to write. */
    public record Outcome(boolean keep, boolean error, String line) {
    }

    /**
     * Audits a record as {@code gate} does: an error record gives a failed result, an HTML page
     * is audited with its DOM evidence, a text with the corpus statistics when there are some.
     */
    public static FileResult audit(org.noisegate.NoiseGate gate, Record rec, org.noisegate.text.CorpusStats corpus) {
        if (rec.error() != null) {
            return FileResult.failed(rec.id() == null ? rec.source() : rec.id(), rec.error());
        }
        if (corpus != null && rec.text() != null) {
            return gate.audit(rec.id(), rec.text(), corpus);
        }
        return rec.html() != null ? gate.auditHtml(rec.id(), rec.html()) : gate.audit(rec.id(), rec.text());
    }

    public Outcome decide(Record rec, FileResult r) {
        if (rec.error() != null || !r.audited()) {
            String why = rec.error() != null ? rec.error() : r.note();
            return new Outcome(false, true, errorLine(rec, why));
        }
        List<String> reasons = new ArrayList<>();
        if (r.score() < minScore) {
            reasons.add(String.format(Locale.ROOT, "score %.1f is below %.1f", r.score(), minScore));
        }
        for (Map.Entry<Category, Double> e : maxLost.entrySet()) {
            double lost = 100.0 - r.categories().getOrDefault(e.getKey(), 100.0);
            if (lost > e.getValue()) {
                reasons.add(String.format(Locale.ROOT, "%s lost %.1f points (at most %.1f)", e.getKey().key(), lost,
                        e.getValue()));
            }
        }
        boolean keep = reasons.isEmpty();
        String obj = noisegateObject(r, reasons);
        String line = rec.jsonl() ? append(rec.raw(), obj) : "{\"path\":" + quote(rec.source()) + ",\"noisegate\":" + obj + "}";
        return new Outcome(keep, false, line);
    }

    /** The raw JSON object with the noisegate field added before its closing brace, bytes unchanged otherwise. */
    static String append(String raw, String obj) {
        String t = raw.stripTrailing();
        int close = t.lastIndexOf('}');
        String body = t.substring(0, close).stripTrailing();
        boolean empty = body.endsWith("{");
        return body + (empty ? "" : ",") + "\"noisegate\":" + obj + "}";
    }

    private static String errorLine(Record rec, String why) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeObjectFieldStart("noisegate");
            g.writeStringField("error", why);
            g.writeStringField("source", rec.source());
            if (rec.line() > 0) {
                g.writeNumberField("line", rec.line());
            }
            g.writeEndObject();
            if (rec.raw() != null) {
                g.writeStringField("raw", rec.raw());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static String noisegateObject(FileResult r, List<String> reasons) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("score", r.score());
            if (r.language() != null) {
                g.writeStringField("language", r.language());
            }
            g.writeObjectFieldStart("categories");
            for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
                g.writeNumberField(e.getKey().key(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("findings");
            for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                g.writeNumberField(s.key(), r.count(s));
            }
            g.writeEndObject();
            Set<String> rules = new LinkedHashSet<>();
            for (Located l : r.findings()) {
                if (l.finding().severity() != Severity.INFO) {
                    rules.add(l.finding().ruleId());
                }
            }
            g.writeArrayFieldStart("rules");
            for (String id : rules) {
                g.writeString(id);
            }
            g.writeEndArray();
            if (!r.failedRules().isEmpty()) {
                g.writeArrayFieldStart("failedRules");
                for (org.noisegate.rule.RuleFailure f : r.failedRules()) {
                    g.writeStartObject();
                    g.writeStringField("rule", f.ruleId());
                    g.writeStringField("reason", f.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!reasons.isEmpty()) {
                g.writeArrayFieldStart("reasons");
                for (String s : reasons) {
                    g.writeString(s);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
