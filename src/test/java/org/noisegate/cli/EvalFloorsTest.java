package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy cannot silently get worse: `noisegate eval` on the labelled corpus in eval/ must reach
 * the F1 floor of every category and stay under the clean-line false-alarm ceiling recorded in
 * eval/floors.json. The gold format itself is checked on a small hand-made case.
 */
class EvalFloorsTest {
    @TempDir
    Path tmp;

    @Test
    void accuracyOnTheLabelledCorpusStaysAboveItsFloors() throws IOException {
        CliTest.Run r = CliTest.run("eval", "--format", "json", "--gold", "eval/seeds.gold.jsonl", "--gold",
                "eval/injected/gold.jsonl", "--gold", "eval/ftfy.gold.jsonl");
        assertEquals(0, r.code(), r.err());
        JsonNode ev = r.json();
        JsonNode floors = new ObjectMapper().readTree(Path.of("eval/floors.json").toFile());
        assertTrue(ev.get("documents").asInt() > 900, "the corpus is all there: " + ev.get("documents"));
        for (Iterator<Map.Entry<String, JsonNode>> it = floors.get("categories").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double f1 = ev.get("categories").get(e.getKey()).get("f1").asDouble();
            assertTrue(f1 >= e.getValue().asDouble(), e.getKey() + " F1 " + f1 + " fell below its floor " + e.getValue());
        }
        double share = ev.get("cleanLines").get("share").asDouble();
        assertTrue(share <= floors.get("maxFalseAlarmShare").asDouble(), "clean-line false alarms rose to " + share);
    }

    @Test
    void goldSpansMatchByCategoryAndOverlap() throws IOException {
        Path gold = tmp.resolve("g.jsonl");
        Files.writeString(gold, String.join("\n",
                "{\"text\": \"Reklam Alanı\\nThe troops numbered 600০০ that year.\\n\", \"spans\": ["
                        + "{\"start\": 0, \"end\": 12, \"category\": \"boilerplate\"},"
                        + "{\"start\": 32, \"end\": 37, \"category\": \"number\"},"
                        + "{\"start\": 13, \"end\": 16, \"category\": \"name\"}]}",
                "{\"text\": \"A clean line.\\nAnother clean line with 600০০ in it.\\n\", \"clean\": true}", ""));
        JsonNode ev = CliTest.run("eval", "--format", "json", "--gold", gold.toString()).json();
        assertEquals(1.0, ev.get("categories").get("boilerplate").get("recall").asDouble());
        assertEquals(1.0, ev.get("categories").get("number").get("recall").asDouble());
        assertEquals(0.0, ev.get("categories").get("name").get("recall").asDouble());
        assertEquals(0.5, ev.get("categories").get("number").get("precision").asDouble(), "the clean document's hit is false");
        assertEquals(1, ev.get("cleanLines").get("falseAlarms").asInt());
        Files.writeString(gold, "{\"spans\": []}\n");
        assertEquals(2, CliTest.run("eval", "--gold", gold.toString()).code());
    }

    @Test
    void injectIsReproducibleAndItsGoldPointsAtTheNoise() throws IOException {
        Path clean = tmp.resolve("clean.txt");
        Files.copy(Path.of("src/test/resources/flores200-sample/ben_Beng.txt"), clean);
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, CliTest.run("inject", "--seed", "5", "-o", a.toString(), clean.toString()).code());
        assertEquals(0, CliTest.run("inject", "--seed", "5", "-o", b.toString(), clean.toString()).code());
        assertEquals(Files.readString(a.resolve("gold.jsonl")), Files.readString(b.resolve("gold.jsonl")));
        String original = Files.readString(clean);
        for (String line : Files.readAllLines(a.resolve("gold.jsonl"))) {
            JsonNode g = new ObjectMapper().readTree(line);
            String doc = Files.readString(a.resolve(g.get("path").asText()));
            if (g.path("clean").asBoolean()) {
                assertTrue(original.contains(doc), "a clean document is the original text");
                continue;
            }
            assertTrue(!original.contains(doc), "a noisy document differs from the original");
            int[] cps = doc.codePoints().toArray();
            for (JsonNode s : g.path("spans")) {
                int start = s.get("start").asInt();
                int end = s.get("end").asInt();
                assertTrue(0 <= start && start < end && end <= cps.length, "span inside the document: " + s);
            }
        }
    }
}
