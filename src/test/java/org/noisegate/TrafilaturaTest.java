package org.noisegate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.noisegate.report.FileResult;

/**
 * Boilerplate removal on real web pages (trafilatura's benchmark in eval/trafilatura/): after
 * `clean`, the main-text snippets must survive and the boilerplate snippets must be gone, at
 * least as often as the floors in eval/floors.json.
 */
class TrafilaturaTest {
    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void cleanKeepsMainTextAndRemovesBoilerplate() throws IOException {
        Path dir = Path.of("eval/trafilatura");
        JsonNode floors = new ObjectMapper().readTree(Path.of("eval/floors.json").toFile()).get("trafilatura");
        NoiseGate gate = NoiseGate.builder().build();
        ObjectMapper json = new ObjectMapper();
        int with = 0;
        int kept = 0;
        int without = 0;
        int removed = 0;
        for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
            JsonNode page = json.readTree(line);
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(page.get("html").asText())))) {
                html = in.readAllBytes();
            }
            FileResult r = gate.auditHtml(page.get("html").asText(), html);
            assertTrue(r.audited(), r.note());
            String cleaned = squash(Cleaner.clean(r).text());
            for (JsonNode s : page.path("with")) {
                with++;
                kept += cleaned.contains(squash(s.asText())) ? 1 : 0;
            }
            for (JsonNode s : page.path("without")) {
                without++;
                removed += cleaned.contains(squash(s.asText())) ? 0 : 1;
            }
        }
        assertTrue(with > 100 && without > 100, "the benchmark is all there");
        double keptShare = kept / (double) with;
        double removedShare = removed / (double) without;
        assertTrue(keptShare >= floors.get("withKept").asDouble(), "main text kept: " + keptShare);
        assertTrue(removedShare >= floors.get("withoutRemoved").asDouble(), "boilerplate removed: " + removedShare);
    }
}
