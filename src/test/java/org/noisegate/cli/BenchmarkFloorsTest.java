package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The boilerplate benchmarks on third-party data (eval/dumps: real pages dumped as text;
 * eval/trafilatura: the same pages as HTML, trafilatura's protocol; eval/filler: placeholder text
 * from nine generators) cannot silently get worse than the floors in eval/floors.json.
 */
class BenchmarkFloorsTest {
    @Test
    void boilerplateBenchmarksStayAboveTheirFloors() throws IOException {
        CliTest.Run r = CliTest.run("eval", "--format", "json", "--dumps", "eval/dumps/gold.jsonl", "--html",
                "eval/trafilatura/gold.jsonl", "--filler", "eval/filler/filler.jsonl");
        assertEquals(0, r.code(), r.err());
        JsonNode ev = r.json();
        JsonNode floors = new ObjectMapper().readTree(Path.of("eval/floors.json").toFile()).get("benchmarks");
        double dumps = ev.get("dumps").get("f1").asDouble();
        assertTrue(dumps >= floors.get("dumpsF1").asDouble(), "plain-text dumps F1 " + dumps);
        double html = ev.get("html").get("f1").asDouble();
        assertTrue(html >= floors.get("htmlF1").asDouble(), "HTML F1 " + html);
        JsonNode kinds = ev.get("filler").get("kinds");
        double paragraphs = kinds.get("paragraph").get("alone").asDouble();
        double sentences = kinds.get("sentence").get("alone").asDouble();
        assertTrue(paragraphs >= floors.get("fillerParagraphs").asDouble(), "filler paragraphs found " + paragraphs);
        assertTrue(sentences >= floors.get("fillerSentences").asDouble(), "filler sentences found " + sentences);
        assertTrue(kinds.get("paragraph").get("inArticle").asDouble() >= floors.get("fillerParagraphs").asDouble(),
                "filler paragraphs inside an article");
        double host = ev.get("filler").get("hostFalseAlarms").asDouble();
        assertTrue(host <= floors.get("fillerHostFalseAlarms").asDouble(), "clean article lines flagged " + host);
    }
}
