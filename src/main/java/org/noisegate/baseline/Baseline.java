package org.noisegate.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;

/**
 * The findings recorded by {@code noisegate baseline}, by fingerprint. An audit with a baseline
 * reports and gates only on findings it does not hold, and lists the recorded ones that are gone.
 *
 * <p>File format (JSON): {@code {"formatVersion": 1, "findings": [{"fingerprint", "rule", "path",
 * "text"}]}}.
 */
public final class Baseline {
    /** A recorded finding. */
    public record Entry(String fingerprint, String rule, String path, String text) {
    }

    private final Map<String, Entry> entries;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> auditedPaths = new HashSet<>();

    private Baseline(Map<String, Entry> entries) {
        this.entries = entries;
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("cannot read baseline " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.path("formatVersion").asInt() != 1 || !root.path("findings").isArray()) {
            throw new IOException("not a noisegate baseline (formatVersion 1): " + file);
        }
        Map<String, Entry> map = new LinkedHashMap<>();
        for (JsonNode n : root.get("findings")) {
            Entry e = new Entry(n.path("fingerprint").asText(), n.path("rule").asText(), n.path("path").asText(),
                    n.path("text").asText());
            map.put(e.fingerprint(), e);
        }
        return new Baseline(map);
    }

    /** Which findings of the file are new; remembers the others as still present. */
    public boolean[] newFindings(FileResult r) {
        auditedPaths.add(r.path().replace('\\', '/'));
        List<String> fps = Fingerprints.of(r);
        boolean[] fresh = new boolean[fps.size()];
        for (int i = 0; i < fps.size(); i++) {
            fresh[i] = !entries.containsKey(fps.get(i));
            if (!fresh[i]) {
                seen.add(fps.get(i));
            }
        }
        return fresh;
    }

    /** Recorded findings of the files audited in this run that no longer occur. */
    public List<Entry> fixed() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (auditedPaths.contains(e.path().replace('\\', '/')) && !seen.contains(e.fingerprint())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Writes a baseline of the findings (warnings and errors) of the results, as they stream in. */
    public static final class Writer implements AutoCloseable {
        private final JsonGenerator g;

        public Writer(OutputStream out) throws IOException {
            g = new ObjectMapper().getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeStringField("tool", "noisegate");
            g.writeArrayFieldStart("findings");
        }

        public void add(FileResult r) throws IOException {
            List<String> fps = Fingerprints.of(r);
            for (int i = 0; i < fps.size(); i++) {
                Located l = r.findings().get(i);
                g.writeStartObject();
                g.writeStringField("fingerprint", fps.get(i));
                g.writeStringField("rule", l.finding().ruleId());
                g.writeStringField("path", r.path().replace('\\', '/'));
                g.writeStringField("text", l.finding().text());
                g.writeEndObject();
            }
        }

        @Override
        public void close() throws IOException {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.close();
        }
    }
}
