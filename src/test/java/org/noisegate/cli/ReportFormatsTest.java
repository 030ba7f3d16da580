package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The CI-facing formats: SARIF against its schema, JUnit XML, Markdown, JSON Lines, several at once. */
class ReportFormatsTest {
    @TempDir
    Path tmp;

    private static JsonSchema sarifSchema() throws IOException {
        try (InputStream in = ReportFormatsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @Test
    void sarifOfTheSeedsValidatesAgainstTheOfficialSchema() throws IOException {
        CliTest.Run r = CliTest.run("audit", "--format", "sarif", "seeds");
        assertEquals(0, r.code(), r.err());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        Set<ValidationMessage> errors = sarifSchema().validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());
        com.fasterxml.jackson.databind.node.ObjectNode broken = sarif.deepCopy();
        broken.put("version", "2.0.0");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("runs").get(0)).put("columnKind", "bytes");
        assertFalse(sarifSchema().validate(broken).isEmpty(), "the validator rejects invalid SARIF");
        JsonNode run = sarif.get("runs").get(0);
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        assertTrue(run.get("tool").get("driver").get("rules").size() >= 20);
        JsonNode json = CliTest.run("audit", "--format", "json", "seeds").json();
        int findings = 0;
        for (JsonNode f : json.get("files")) {
            findings += f.get("findings").size();
        }
        assertEquals(findings, run.get("results").size(), "one result per finding");
        JsonNode first = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertTrue(first.get("region").has("charOffset") && first.get("region").has("startColumn"));
        assertTrue(first.get("artifactLocation").get("uri").asText().startsWith("seeds/"));
    }

    @Test
    void sarifWithSkippedAndUnreadableFilesStillValidates() throws IOException {
        Files.write(tmp.resolve("bin.dat"), new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0});
        Files.writeString(tmp.resolve("weird name [1].txt"), "Caf\u00c3\u00a9 au lait.\n");
        CliTest.Run r = CliTest.run("audit", "--format", "sarif", tmp.toString(), tmp.resolve("missing").toString());
        assertEquals(2, r.code());
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertTrue(sarifSchema().validate(sarif).isEmpty());
        assertEquals(2, sarif.get("runs").get(0).get("invocations").get(0).get("toolExecutionNotifications").size());
        assertTrue(r.out().contains("weird%20name%20%5B1%5D.txt"), "artifact URIs are escaped");
    }

    @Test
    void junitShowsNoisyFilesAsFailedTests() throws Exception {
        CliTest.Run r = CliTest.run("audit", "--format", "junit", "--fail-under", "90", "seeds");
        assertEquals(1, r.code());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(5, cases.getLength());
        int failed = 0;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            boolean f = c.getElementsByTagName("failure").getLength() > 0;
            failed += f ? 1 : 0;
            assertEquals(c.getAttribute("name").startsWith("seeds/00") && f,
                    c.getAttribute("name").matches("seeds/00[234].*"), c.getAttribute("name"));
        }
        assertEquals(3, failed);
        assertEquals("3", ((Element) xml.getElementsByTagName("testsuites").item(0)).getAttribute("failures"));
    }

    @Test
    void junitEscapesControlCharactersAndMarkup() throws Exception {
        Files.writeString(tmp.resolve("x.txt"), "<b>bad</b> \u0001 and 600০০ here.\n");
        CliTest.Run r = CliTest.run("audit", "--format", "junit", tmp.toString());
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.out().contains("<failure"), "an error finding fails the file without a gate");
    }

    @Test
    void markdownIsShortWithASummaryTableAndTheWorstFindings() {
        CliTest.Run r = CliTest.run("audit", "--format", "markdown", "seeds");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("## noisegate: 5 files"), r.out());
        assertTrue(r.out().contains("| File | Language | Score |"));
        assertTrue(r.out().contains("### Worst findings"));
        long findingRows = r.out().lines().filter(l -> l.startsWith("| `seeds/") && l.contains(":")).count();
        assertTrue(findingRows <= 15 + 5, "bounded: " + findingRows);
        assertTrue(r.out().lines().count() < 60, "short enough for a pull-request comment");
    }

    @Test
    void jsonLinesHasOneObjectPerFile() throws IOException {
        CliTest.Run r = CliTest.run("audit", "--format", "jsonl", "seeds");
        String[] lines = r.out().split("\n");
        assertEquals(5, lines.length);
        for (String l : lines) {
            assertTrue(new ObjectMapper().readTree(l).has("score"), l);
        }
    }

    @Test
    void severalFormatsAtOnce() throws IOException {
        Path json = tmp.resolve("r.json");
        Path sarif = tmp.resolve("r.sarif");
        CliTest.Run r = CliTest.run("audit", "--format", "json:" + json, "--format", "sarif:" + sarif, "--format",
                "markdown", "seeds");
        assertEquals(0, r.code(), r.err());
        assertEquals(5, new ObjectMapper().readTree(json.toFile()).get("files").size());
        assertTrue(new ObjectMapper().readTree(sarif.toFile()).has("runs"));
        assertTrue(r.out().startsWith("## noisegate"));
        assertEquals(2, CliTest.run("audit", "--format", "json", "--format", "text", "seeds").code(),
                "two reports cannot share standard output");
    }

    @Test
    void everyFormatHandlesAThousandFiles() throws IOException {
        for (int i = 0; i < 1000; i++) {
            Path p = tmp.resolve(String.format("k/%02d/%04d.txt", i % 10, i));
            Files.createDirectories(p.getParent());
            Files.writeString(p, i % 3 == 0 ? "Reklam Alanı\nSome text 600০০.\n" : "A plain sentence.\n");
        }
        for (String f : new String[] {"text", "json", "jsonl", "markdown", "sarif", "junit", "html"}) {
            Path out = tmp.resolve("out." + f);
            CliTest.Run r = CliTest.run("audit", "--format", f + ":" + out, tmp.resolve("k").toString());
            assertEquals(0, r.code(), f + ": " + r.err());
            assertTrue(Files.size(out) > 1000, f);
        }
        assertEquals(1000, new ObjectMapper().readTree(tmp.resolve("out.json").toFile()).get("files").size());
        assertEquals(1000, Files.readAllLines(tmp.resolve("out.jsonl")).size());
        assertTrue(sarifSchema().validate(new ObjectMapper().readTree(tmp.resolve("out.sarif").toFile())).isEmpty());
    }

    @Test
    void failOnAndQuiet() {
        assertEquals(1, CliTest.run("audit", "--fail-on", "error", "seeds").code());
        assertEquals(0, CliTest.run("audit", "--fail-on", "error", "seeds/000_4990cb81952b1a02.txt").code());
        assertEquals(1, CliTest.run("audit", "--fail-on", "warning", "seeds/000_4990cb81952b1a02.txt").code());
        assertEquals(2, CliTest.run("audit", "--fail-on", "info", "seeds").code());
        CliTest.Run q = CliTest.run("audit", "--quiet", "--fail-under", "90", "seeds");
        assertEquals(1, q.code());
        assertEquals(4, q.out().lines().count(), q.out()); // three failing files and the summary
        assertFalse(q.out().contains("seeds/000"));
    }
}
