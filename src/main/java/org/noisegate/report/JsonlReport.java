package org.noisegate.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * JSON Lines: one object per file (the file object of JSON format version 1), written and
 * flushed as each file finishes, for pipelines that read results while the audit runs.
 */
public final class JsonlReport implements ReportSink {
    private final JsonGenerator g;

    public JsonlReport(OutputStream out) {
        try {
            this.g = new ObjectMapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
            g.setRootValueSeparator(null);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(FileResult r) throws IOException {
        JsonFiles.write(g, r);
        g.writeRaw('\n');
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
