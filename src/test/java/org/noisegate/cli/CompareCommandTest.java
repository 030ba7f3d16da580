package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code noisegate compare} end to end: JSON, SARIF, HTML, JSONL groups, exit codes. */
class CompareCommandTest {
    @TempDir
    Path tmp;

    @Test
    void jsonOfTheSeedsCarriesTheBengaliDisagreementWithItsSpanAndTheVersionsCompared() throws Exception {
        CliTest.Run r = CliTest.run("compare", "--format", "json", "seeds");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(1, j.get("formatVersion").asInt());
        assertEquals(5, j.get("files").size());
        JsonNode bn = j.get("files").get(4);
        assertEquals("seeds/004_01be448bf72268d9.txt", bn.get("path").asText());
        assertTrue(bn.get("categories").has("consistency"));
        assertFalse(bn.get("categories").has("boilerplate"), "only consistency without --audit");
        JsonNode f = bn.get("findings").get(0);
        assertEquals("consistency.number", f.get("rule").asText());
        assertEquals("consistency", f.get("category").asText());
        assertEquals("error", f.get("severity").asText());
        assertEquals("600০০", f.get("text").asText());
        String text = Files.readString(Path.of("seeds/004_01be448bf72268d9.txt"), StandardCharsets.UTF_8);
        int start = f.get("start").asInt();
        assertEquals("600০০", new String(text.codePoints().skip(start).limit(f.get("end").asInt() - start).toArray(), 0,
                f.get("end").asInt() - start));
        String m = f.get("message").asText();
        assertTrue(m.contains("seeds/000_4990cb81952b1a02.txt:10:97 «600»") && m.contains("compared with"), m);
        assertEquals(100.0, j.get("files").get(0).get("score").asDouble(), "the Uzbek version agrees");
    }

    @Test
    void auditAddsTheOtherCategories() throws Exception {
        JsonNode j = CliTest.run("compare", "--audit", "--format", "json", "seeds").json();
        JsonNode bn = j.get("files").get(4);
        assertTrue(bn.get("categories").has("boilerplate") && bn.get("categories").has("consistency"));
        boolean mixedDigits = false;
        for (JsonNode f : bn.get("findings")) {
            mixedDigits |= f.get("rule").asText().equals("number.mixed-digits");
        }
        assertTrue(mixedDigits);
    }

    @Test
    void sarifValidatesAndHtmlLinksTheDisagreeingValues() throws Exception {
        Path sarif = tmp.resolve("c.sarif");
        Path html = tmp.resolve("c.html");
        CliTest.Run r = CliTest.run("compare", "--format", "sarif:" + sarif, "--format", "html:" + html, "--format", "text", "seeds");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("consistency.number"), r.out());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        JsonNode s = new ObjectMapper().readTree(sarif.toFile());
        assertTrue(schema.validate(s).isEmpty(), schema.validate(s).toString());
        assertTrue(s.toString().contains("consistency.number"));
        Document d = Jsoup.parse(html.toFile(), "UTF-8");
        Element finding = d.select("mark.finding").stream().filter(e -> e.text().equals("600০০")).findFirst().orElseThrow();
        String target = finding.selectFirst("a").attr("href").substring(1);
        Element evidence = d.getElementById(target);
        assertNotNull(evidence, "link to the other version's value");
        assertEquals("600", evidence.text());
        assertEquals("#" + finding.id(), evidence.selectFirst("a").attr("href"), "and back");
        assertEquals(5, d.select("table.versions thead th").size() - 1, "one column per version");
        assertEquals("rtl", d.select("td[lang=ar]").first().attr("dir"));
    }

    @Test
    void jsonlRecordsAreGroupedIntoSetsOfVersions() throws Exception {
        Path in = tmp.resolve("stories.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"a-en\",\"story_id\":\"a\",\"lang\":\"en\",\"text\":\"About 600 soldiers died.\"}",
                "{\"id\":\"b-en\",\"story_id\":\"b\",\"lang\":\"en\",\"text\":\"The bridge is 120 metres long.\"}",
                "{\"id\":\"a-de\",\"story_id\":\"a\",\"lang\":\"de\",\"text\":\"Etwa 600 Soldaten starben.\"}",
                "{\"id\":\"b-de\",\"story_id\":\"b\",\"lang\":\"de\",\"text\":\"Die Brücke ist 120 Meter lang.\"}",
                "{\"id\":\"a-fr\",\"story_id\":\"a\",\"lang\":\"fr\",\"text\":\"Environ 6000 soldats sont morts.\"}",
                "{\"id\":\"b-fr\",\"story_id\":\"b\",\"lang\":\"fr\",\"text\":\"Le pont mesure 120 mètres.\"}") + "\n");
        CliTest.Run r = CliTest.run("compare", "--group-field", "story_id", "--lang-field", "lang", "--format", "json", in.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode files = r.json().get("files");
        assertEquals(6, files.size());
        assertEquals("a-en", files.get(0).get("path").asText());
        assertEquals("a-fr", files.get(2).get("path").asText());
        assertEquals("de", files.get(1).get("language").asText());
        assertEquals("6000", files.get(2).get("findings").get(0).get("text").asText());
        for (int i : new int[] {0, 1, 3, 4, 5}) {
            assertEquals(0, files.get(i).get("findings").size(), files.get(i).toString());
        }
        CliTest.Run gate = CliTest.run("compare", "--group-field", "story_id", "--fail-on", "warning", in.toString());
        assertEquals(1, gate.code(), gate.err());
    }

    @Test
    void oneVersionIsAUsageError() throws Exception {
        Path one = tmp.resolve("one.txt");
        Files.writeString(one, "Only 600 here.");
        CliTest.Run r = CliTest.run("compare", one.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("at least two versions"), r.err());
        CliTest.Run bad = CliTest.run("compare", "--align", "sideways", "seeds");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--align takes"), bad.err());
    }
}
