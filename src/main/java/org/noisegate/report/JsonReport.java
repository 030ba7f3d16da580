package org.noisegate.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.noisegate.rule.Severity;

/**
 * JSON report, format version 1 (documented in README.md, "JSON format"): a streaming writer,
 * one file object at a time.
 */
public final class JsonReport implements ReportSink {
    public static final int FORMAT_VERSION = 1;
    private final JsonGenerator g;

    public JsonReport(OutputStream out) {
        try {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            this.g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8);
            g.useDefaultPrettyPrinter();
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void start(RunInfo run) throws IOException {
        g.writeStartObject();
        g.writeNumberField("formatVersion", FORMAT_VERSION);
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", run.toolName());
        g.writeStringField("version", run.toolVersion());
        g.writeEndObject();
        g.writeArrayFieldStart("files");
    }

    @Override
    public void file(FileResult r) throws IOException {
        JsonFiles.write(g, r);
    }

    @Override
    public void end(Summary s) throws IOException {
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("skipped", s.skipped());
        g.writeNumberField("failed", s.failed());
        if (s.files() > 0) {
            g.writeNumberField("meanScore", s.meanScore());
            g.writeNumberField("minScore", s.minScore());
        } else {
            g.writeNullField("meanScore");
            g.writeNullField("minScore");
        }
        g.writeObjectFieldStart("findings");
        for (Severity sev : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            g.writeNumberField(sev.key(), s.findings(sev));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
