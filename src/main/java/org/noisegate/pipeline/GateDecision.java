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

    /**
     * A decided record: where it goes, the line to write (JSONL output) and what the line's
     * {@code noisegate} object says (Parquet output).
     */
    public record Outcome(boolean keep, boolean error, String line, Verdict verdict) {
        public Outcome(boolean keep, boolean error, String line) {
            this(keep, error, line, null);
        }
    }

    /**
     * The fields of the {@code noisegate} object: for an audited record the score, the language
     * (null when unknown), the category scores, the finding counts by severity (error, warning,
     * info), the rules that fired (info findings aside), the rules that did not finish and the
     * reasons for a rejection; for a record that could not be audited only {@code error},
     * {@code source} and {@code line} (0 for a whole file).
     */
    public record Verdict(double score, String language, Map<Category, Double> categories, long[] findings,
                          List<String> rules, List<org.noisegate.rule.RuleFailure> failedRules, List<String> reasons,
                          String error, String source, long line) {
        public boolean failed() {
            return error != null;
        }
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
            Verdict v = new Verdict(Double.NaN, null, Map.of(), new long[3], List.of(), List.of(), List.of(), why,
                    rec.source(), rec.line());
            return new Outcome(false, true, errorLine(rec, v), v);
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
        Verdict v = verdict(r, reasons);
        String obj = noisegateObject(v);
        String line = rec.jsonl() ? append(rec.raw(), obj) : "{\"path\":" + quote(rec.source()) + ",\"noisegate\":" + obj + "}";
        return new Outcome(keep, false, line, v);
    }

    /** The raw JSON object with the noisegate field added before its closing brace, bytes unchanged otherwise. */
    static String append(String raw, String obj) {
        String t = raw.stripTrailing();
        int close = t.lastIndexOf('}');
        String body = t.substring(0, close).stripTrailing();
        boolean empty = body.endsWith("{");
        return body + (empty ? "" : ",") + "\"noisegate\":" + obj + "}";
    }

    private static String errorLine(Record rec, Verdict v) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeObjectFieldStart("noisegate");
            g.writeStringField("error", v.error());
            g.writeStringField("source", v.source());
            if (v.line() > 0) {
                g.writeNumberField("line", v.line());
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

    private static Verdict verdict(FileResult r, List<String> reasons) {
        long[] counts = new long[3];
        Severity[] order = {Severity.ERROR, Severity.WARNING, Severity.INFO};
        for (int i = 0; i < 3; i++) {
            counts[i] = r.count(order[i]);
        }
        Set<String> rules = new LinkedHashSet<>();
        for (Located l : r.findings()) {
            if (l.finding().severity() != Severity.INFO) {
                rules.add(l.finding().ruleId());
            }
        }
        return new Verdict(r.score(), r.language(), new java.util.LinkedHashMap<>(r.categories()), counts,
                List.copyOf(rules), r.failedRules(), List.copyOf(reasons), null, null, 0);
    }

    private static String noisegateObject(Verdict v) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("score", v.score());
            if (v.language() != null) {
                g.writeStringField("language", v.language());
            }
            g.writeObjectFieldStart("categories");
            for (Map.Entry<Category, Double> e : v.categories().entrySet()) {
                g.writeNumberField(e.getKey().key(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("findings");
            Severity[] order = {Severity.ERROR, Severity.WARNING, Severity.INFO};
            for (int i = 0; i < 3; i++) {
                g.writeNumberField(order[i].key(), v.findings()[i]);
            }
            g.writeEndObject();
            g.writeArrayFieldStart("rules");
            for (String id : v.rules()) {
                g.writeString(id);
            }
            g.writeEndArray();
            if (!v.failedRules().isEmpty()) {
                g.writeArrayFieldStart("failedRules");
                for (org.noisegate.rule.RuleFailure f : v.failedRules()) {
                    g.writeStartObject();
                    g.writeStringField("rule", f.ruleId());
                    g.writeStringField("reason", f.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            if (!v.reasons().isEmpty()) {
                g.writeArrayFieldStart("reasons");
                for (String s : v.reasons()) {
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
