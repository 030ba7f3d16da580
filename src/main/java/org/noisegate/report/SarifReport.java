package org.noisegate.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;

/**
 * SARIF 2.1.0: one run, the rules in {@code tool.driver.rules}, one result per finding with a
 * region in code point columns ({@code columnKind: unicodeCodePoints}), and the files that were
 * skipped or could not be read as tool execution notifications. Streamed: results are written
 * as files finish.
 */
public final class SarifReport implements ReportSink {
    private final JsonGenerator g;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<FileResult> notAudited = new ArrayList<>();

    public SarifReport(OutputStream out) {
        try {
            this.g = new ObjectMapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    @Override
    public void start(RunInfo run) throws IOException {
        g.writeStartObject();
        g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", run.toolName());
        g.writeStringField("version", run.toolVersion());
        g.writeStringField("informationUri", "https://github.com/noisegate/noisegate");
        g.writeArrayFieldStart("rules");
        for (RunInfo.RuleInfo r : run.rules()) {
            ruleIndex.put(r.id(), ruleIndex.size());
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", r.id());
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", r.description());
            g.writeEndObject();
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", r.description() + " Run 'noisegate rules " + r.id() + "' for examples.");
            g.writeEndObject();
            g.writeObjectFieldStart("defaultConfiguration");
            g.writeStringField("level", level(Severity.of(r.severity())));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("category", r.category());
            g.writeArrayFieldStart("tags");
            g.writeString(r.category());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("columnKind", "unicodeCodePoints");
        g.writeArrayFieldStart("results");
    }

    @Override
    public void file(FileResult r) throws IOException {
        if (!r.audited()) {
            notAudited.add(r);
            return;
        }
        List<String> fingerprints = org.noisegate.baseline.Fingerprints.of(r);
        for (int k = 0; k < r.findings().size(); k++) {
            Located l = r.findings().get(k);
            Finding f = l.finding();
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            Integer idx = ruleIndex.get(f.ruleId());
            if (idx != null) {
                g.writeNumberField("ruleIndex", idx);
            }
            g.writeStringField("level", level(f.severity()));
            g.writeObjectFieldStart("message");
            g.writeStringField("text", f.message() + (f.suggestion() == null || f.suggestion().isEmpty() ? ""
                    : " Suggestion: " + f.suggestion()));
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            startPhysicalLocation(r.path());
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", l.line());
            g.writeNumberField("startColumn", l.column());
            g.writeNumberField("endLine", l.endLine());
            g.writeNumberField("endColumn", l.endColumn());
            g.writeNumberField("charOffset", l.start());
            g.writeNumberField("charLength", l.end() - l.start());
            g.writeObjectFieldStart("snippet");
            g.writeStringField("text", f.text());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeObjectFieldStart("partialFingerprints");
            g.writeStringField("noisegate/v1", fingerprints.get(k));
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("category", f.category().key());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** Opens a physicalLocation object with the file's artifactLocation written; the caller closes it. */
    private void startPhysicalLocation(String path) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(path));
        g.writeEndObject();
    }

    /** A relative URI reference for a path: forward slashes, reserved characters escaped. */
    static String uri(String path) {
        String p = path.replace('\\', '/');
        StringBuilder b = new StringBuilder();
        for (byte x : p.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    @Override
    public void end(Summary summary) throws IOException {
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", summary.failed() == 0);
        g.writeArrayFieldStart("toolExecutionNotifications");
        for (FileResult r : notAudited) {
            g.writeStartObject();
            g.writeStringField("level", r.status() == FileResult.Status.FAILED ? "error" : "note");
            g.writeObjectFieldStart("message");
            g.writeStringField("text", r.path() + ": " + r.note());
            g.writeEndObject();
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            startPhysicalLocation(r.path());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
