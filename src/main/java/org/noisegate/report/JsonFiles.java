package org.noisegate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;

/** Writes one file's result as the JSON object of format version 1 (shared by json and jsonl). */
final class JsonFiles {
    private JsonFiles() {
    }

    static void write(JsonGenerator g, FileResult r) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", r.path());
        g.writeStringField("status", r.status().name().toLowerCase(Locale.ROOT));
        if (!r.audited()) {
            g.writeStringField("note", r.note());
            g.writeEndObject();
            return;
        }
        g.writeStringField("language", r.language());
        g.writeStringField("script", r.script());
        g.writeNumberField("score", r.score());
        g.writeObjectFieldStart("categories");
        for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
            g.writeNumberField(e.getKey().key(), e.getValue());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("deductions");
        for (Map.Entry<String, Double> e : r.deductions().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Located l : r.findings()) {
            Finding f = l.finding();
            g.writeStartObject();
            g.writeStringField("rule", f.ruleId());
            g.writeStringField("category", f.category().key());
            g.writeStringField("severity", f.severity().key());
            g.writeNumberField("line", l.line());
            g.writeNumberField("column", l.column());
            g.writeNumberField("start", l.start());
            g.writeNumberField("end", l.end());
            g.writeStringField("text", f.text());
            g.writeStringField("message", f.message());
            if (f.suggestion() != null && !f.suggestion().isEmpty()) {
                g.writeStringField("suggestion", f.suggestion());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.failedRules().isEmpty()) { // only then, so that reports of complete audits stay as they were
            g.writeArrayFieldStart("failedRules");
            for (org.noisegate.rule.RuleFailure f : r.failedRules()) {
                g.writeStartObject();
                g.writeStringField("rule", f.ruleId());
                g.writeStringField("status", "failed");
                g.writeStringField("reason", f.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
