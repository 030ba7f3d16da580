package org.noisegate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.noisegate.rule.Category;

/**
 * A gold file (JSONL, documented in README.md, "Measuring accuracy"): one object per document
 * with its {@code path} (relative to the gold file, or as given) or inline {@code text}, an
 * optional {@code lang}, and {@code spans: [{"start", "end", "category"}]} in code points; a
 * document with {@code "clean": true} and no spans is a negative; {@code noise} optionally names the
 * kind of noise planted (recall is also reported per kind).
 */
public record Gold(String path, String text, String lang, boolean clean, List<GoldSpan> spans, String noise) {

    /** A labelled noisy span, code point offsets, end exclusive. */
    public record GoldSpan(int start, int end, Category category) {
    }

    public static List<Gold> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Gold> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o;
                try {
                    o = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not valid JSON: " + e.getMessage().split("\n")[0], e);
                }
                List<GoldSpan> spans = new ArrayList<>();
                for (JsonNode s : o.path("spans")) {
                    try {
                        spans.add(new GoldSpan(s.get("start").asInt(), s.get("end").asInt(),
                                Category.of(s.get("category").asText())));
                    } catch (RuntimeException e) {
                        throw new IOException(file + ":" + n + ": a span needs start, end and a category", e);
                    }
                }
                String path = o.hasNonNull("path") ? o.get("path").asText() : null;
                String text = o.hasNonNull("text") ? o.get("text").asText() : null;
                if (path == null && text == null) {
                    throw new IOException(file + ":" + n + ": a document needs a path or a text");
                }
                if (path != null && !Path.of(path).isAbsolute() && file.getParent() != null
                        && Files.exists(file.getParent().resolve(path))) {
                    path = file.getParent().resolve(path).toString();
                }
                out.add(new Gold(path, text, o.hasNonNull("lang") ? o.get("lang").asText() : null,
                        o.path("clean").asBoolean(false), List.copyOf(spans),
                        o.hasNonNull("noise") ? o.get("noise").asText() : null));
            }
        }
        return out;
    }
}
