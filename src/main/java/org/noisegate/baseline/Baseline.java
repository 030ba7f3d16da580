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
 * <p>File format (JSON): {@code {"formatVersion": 1, "paths": "relative to this file", "findings":
 * [{"fingerprint", "rule", "path", "text"}]}}. Paths (and the fingerprints made from them) are
 * relative to the directory that holds the baseline file, its root: a baseline recorded for
 * {@code corpus/} matches when the audit is run on {@code ./corpus/}, {@code corpus} or an absolute
 * path to it.
 */
public final class Baseline {
    /** A recorded finding. */
    public record Entry(String fingerprint, String rule, String path, String text) {
    }

    private final Map<String, Entry> entries;
    private final Path root;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> auditedPaths = new HashSet<>();
    private long checked;

    private Baseline(Map<String, Entry> entries, Path root) {
        this.entries = entries;
        this.root = root;
    }

    /** The directory paths in a baseline file are relative to: the one that holds it. */
    public static Path root(Path baselineFile) {
        Path parent = baselineFile.toAbsolutePath().normalize().getParent();
        return parent == null ? baselineFile.toAbsolutePath().getRoot() : parent;
    }

    /**
     * A result's path as the baseline records it: relative to {@code root}, {@code /}-separated,
     * without {@code ./} or {@code ..} detours; {@code -} (standard input) as it is. For a document
     * inside a file ({@code docs.jsonl#7}) only the file's part is normalised.
     */
    public static String relative(Path root, String path) {
        if (path.equals("-") || path.startsWith("-#")) {
            return path;
        }
        String file = path;
        String rest = "";
        int hash = path.indexOf('#');
        while (hash > 0) {
            if (java.nio.file.Files.isRegularFile(Path.of(path.substring(0, hash)))) {
                file = path.substring(0, hash);
                rest = path.substring(hash);
                break;
            }
            hash = path.indexOf('#', hash + 1);
        }
        try {
            Path abs = Path.of(file).toAbsolutePath().normalize();
            String rel = abs.getRoot() != null && abs.getRoot().equals(root.getRoot()) ? root.relativize(abs).toString()
                    : abs.toString();
            return rel.replace('\\', '/') + rest;
        } catch (java.nio.file.InvalidPathException e) {
            return path.replace('\\', '/');
        }
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        String again = "; record it with 'noisegate baseline -o " + file + " PATH...'";
        try {
            root = new ObjectMapper().readTree(java.nio.file.Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("baseline not found: " + file + again, e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("cannot read baseline " + file + ": "
                    + org.noisegate.config.ParseErrors.describe(e, "JSON") + again, e);
        } catch (IOException e) {
            throw new IOException("cannot read baseline " + file + " (" + e.getMessage() + "); check that it is a "
                    + "readable file", e);
        }
        if (root == null || root.path("formatVersion").asInt() != 1 || !root.path("findings").isArray()) {
            throw new IOException("not a noisegate baseline (formatVersion 1): " + file + again);
        }
        Map<String, Entry> map = new LinkedHashMap<>();
        for (JsonNode n : root.get("findings")) {
            Entry e = new Entry(n.path("fingerprint").asText(), n.path("rule").asText(), n.path("path").asText(),
                    n.path("text").asText());
            map.put(e.fingerprint(), e);
        }
        return new Baseline(map, root(file));
    }

    /** Which findings of the file are new; remembers the others as still present. */
    public boolean[] newFindings(FileResult r) {
        String path = relative(root, r.path());
        auditedPaths.add(path);
        List<String> fps = Fingerprints.of(r, path);
        checked += fps.size();
        boolean[] fresh = new boolean[fps.size()];
        for (int i = 0; i < fps.size(); i++) {
            fresh[i] = !entries.containsKey(fps.get(i));
            if (!fresh[i]) {
                seen.add(fps.get(i));
            }
        }
        return fresh;
    }

    /**
     * A warning when the baseline holds findings but matched none of this run's: most often the
     * audit was run from another place than the baseline's root, or on other files. Empty otherwise.
     */
    public java.util.Optional<String> unmatched(Path file) {
        if (entries.isEmpty() || checked == 0 || !seen.isEmpty()) {
            return java.util.Optional.empty();
        }
        String example = entries.values().iterator().next().path();
        String audited = auditedPaths.isEmpty() ? "" : auditedPaths.iterator().next();
        return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                "warning: the baseline %s matched none of the %d findings of this run, so all of them count as new. "
                        + "Its paths are relative to %s (it records e.g. '%s'; this run audited e.g. '%s'). "
                        + "Audit the files it was recorded for, or record it again with "
                        + "'noisegate baseline -o %s PATH...'.",
                file, checked, root, example, audited, file));
    }

    /** Recorded findings of the files audited in this run that no longer occur. */
    public List<Entry> fixed() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (auditedPaths.contains(e.path()) && !seen.contains(e.fingerprint())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Writes a baseline of the findings (warnings and errors) of the results, as they stream in. */
    public static final class Writer implements AutoCloseable {
        private final JsonGenerator g;
        private final Path root;

        /** A writer of a baseline whose paths are relative to {@code root} (see {@link Baseline#root}). */
        public Writer(OutputStream out, Path root) throws IOException {
            this.root = root;
            g = new ObjectMapper().getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeStringField("tool", "noisegate");
            g.writeStringField("paths", "relative to the directory of this file");
            g.writeArrayFieldStart("findings");
        }

        public void add(FileResult r) throws IOException {
            String path = relative(root, r.path());
            List<String> fps = Fingerprints.of(r, path);
            for (int i = 0; i < fps.size(); i++) {
                Located l = r.findings().get(i);
                g.writeStartObject();
                g.writeStringField("fingerprint", fps.get(i));
                g.writeStringField("rule", l.finding().ruleId());
                g.writeStringField("path", path);
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
