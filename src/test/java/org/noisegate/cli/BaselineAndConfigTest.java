package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI gate: baselines that survive unrelated edits, and the project configuration file. */
class BaselineAndConfigTest {
    @TempDir
    Path tmp;

    private static int findings(CliTest.Run r) throws IOException {
        int n = 0;
        for (JsonNode f : r.json().get("files")) {
            n += f.path("findings").size();
        }
        return n;
    }

    @Test
    void baselineRoundTrip() throws IOException {
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        Path a = docs.resolve("a.txt");
        Files.writeString(a, "Reklam Alanı\nThe troops numbered 600০০ that year.\nA clean closing sentence.\n");
        Files.copy(Path.of("seeds/004_01be448bf72268d9.txt"), docs.resolve("bn.txt"));
        Path base = tmp.resolve("base.json");
        CliTest.Run rec = CliTest.run("baseline", "-o", base.toString(), docs.toString());
        assertEquals(0, rec.code(), rec.err());
        assertTrue(Files.readString(base).contains("number.mixed-digits"));

        // an unrelated edit: a line inserted above everything; nothing new is reported or gated
        Files.writeString(a, "A new first line about the weather.\n" + Files.readString(a));
        CliTest.Run same = CliTest.run("audit", "--format", "json", "--fail-on", "warning", "--baseline",
                base.toString(), docs.toString());
        assertEquals(0, same.code(), same.out());
        assertEquals(0, findings(same));
        for (JsonNode f : same.json().get("files")) {
            assertEquals(100.0, f.get("score").asDouble(), "scored on new findings only");
        }

        // a new problem is reported and gates; a removed one is listed as fixed
        Files.writeString(a, Files.readString(a).replace("Reklam Alanı\n", "") + "Another number 12٣٤ here.\n");
        CliTest.Run changed = CliTest.run("audit", "--format", "json", "--fail-on", "error", "--baseline",
                base.toString(), docs.toString());
        assertEquals(1, changed.code());
        assertEquals(1, findings(changed), changed.out());
        assertEquals("12٣٤", changed.json().get("files").get(0).get("findings").get(0).get("text").asText());
        assertTrue(changed.err().contains("fixed") && changed.err().contains("Reklam Alanı"), changed.err());

        Files.writeString(tmp.resolve("bad.json"), "{\"nope\": 1}");
        assertEquals(2, CliTest.run("audit", "--baseline", tmp.resolve("bad.json").toString(), docs.toString()).code());
    }

    @Test
    void configurationSetsRulesSeveritiesLanguagesIgnoresAndThresholds() throws IOException {
        Path root = tmp.resolve("proj");
        Files.createDirectories(root.resolve("vendor"));
        Files.copy(Path.of("seeds/004_01be448bf72268d9.txt"), root.resolve("bn.txt"));
        Files.writeString(root.resolve("vendor/x.txt"), "600০০\n");
        Files.writeString(root.resolve("noisegate.yaml"), String.join("\n",
                "rules:",
                "  disable: [boilerplate]",
                "severity:",
                "  number.mixed-digits: warning",
                "languages:",
                "  bn:",
                "    disable: [mangled.wedged-latin]",
                "ignore: [\"vendor/**\"]",
                "failUnder: 99",
                ""));
        CliTest.Run r = CliTest.run("audit", "--format", "json", root.toString());
        assertEquals(1, r.code(), "failUnder from the file gates");
        JsonNode files = r.json().get("files");
        assertEquals(1, files.size(), "vendor/ is ignored");
        for (JsonNode f : files.get(0).get("findings")) {
            assertFalse(f.get("category").asText().equals("boilerplate"));
            assertFalse(f.get("rule").asText().equals("mangled.wedged-latin"));
            if (f.get("rule").asText().equals("number.mixed-digits")) {
                assertEquals("warning", f.get("severity").asText());
            }
        }
        assertEquals(0, CliTest.run("audit", "--fail-under", "1", root.toString()).code(), "the command line wins");

        Files.writeString(root.resolve("noisegate.yaml"), "failUnder: 80\nsurprise: true\n");
        CliTest.Run bad = CliTest.run("audit", root.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("noisegate.yaml"), bad.err());
        Files.writeString(root.resolve("noisegate.yaml"), "severity:\n  no.such-rule: error\n");
        assertEquals(2, CliTest.run("audit", root.toString()).code());
        assertEquals(2, CliTest.run("audit", "--config", tmp.resolve("nope.yaml").toString(), root.toString()).code());
    }

    @Test
    void ignoreGlobsHaveGitignoreSemanticsInTheWalk() throws IOException {
        Path root = tmp.resolve("globs");
        Files.createDirectories(root.resolve("sub/deeper"));
        Files.createDirectories(root.resolve("build"));
        for (String f : new String[] {"top.min.txt", "sub/a.min.txt", "sub/deeper/b.min.txt", "keep.txt",
            "build/out.txt", "sub/build.txt"}) {
            Files.writeString(root.resolve(f), "A clean sentence.\n");
        }
        Files.writeString(root.resolve("noisegate.yaml"), "ignore: [\"**/*.min.txt\", \"build/\"]\n");
        CliTest.Run r = CliTest.run("audit", "--format", "json", root.toString());
        assertEquals(0, r.code(), r.err());
        java.util.List<String> paths = new java.util.ArrayList<>();
        r.json().get("files").forEach(f -> paths.add(root.relativize(Path.of(f.get("path").asText())).toString()));
        assertEquals(java.util.List.of("keep.txt", "sub/build.txt"), paths);

        Files.writeString(root.resolve("noisegate.yaml"), "ignore: [\"/\"]\n");
        CliTest.Run bad = CliTest.run("audit", root.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("noisegate.yaml") && bad.err().contains("'/'"), bad.err());
    }

    @Test
    void aBaselineMatchesHoweverThePathToTheCorpusIsWritten() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(Path.of("seeds/004_01be448bf72268d9.txt"), corpus.resolve("bn.txt"));
        Path base = tmp.resolve("base.json");
        // recorded for a relative "corpus/" (relative to the working directory, where the tests run)
        String relative = Path.of("").toAbsolutePath().relativize(corpus).toString() + "/";
        CliTest.Run rec = CliTest.run("baseline", "-o", base.toString(), relative);
        assertEquals(0, rec.code(), rec.err());
        assertTrue(Files.readString(base).contains("\"path\" : \"corpus/bn.txt\""), Files.readString(base));
        for (String given : new String[] {relative, "./" + relative, relative.substring(0, relative.length() - 1),
            corpus.toAbsolutePath().toString(), corpus.toAbsolutePath() + "/../corpus/"}) {
            CliTest.Run r = CliTest.run("audit", "--format", "json", "--fail-on", "warning", "--baseline",
                    base.toString(), given);
            assertEquals(0, r.code(), given + ": " + r.err());
            assertEquals(0, findings(r), given);
            assertFalse(r.err().contains("matched none"), r.err());
        }
    }

    @Test
    void aBaselineThatMatchesNothingIsReported() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Files.copy(Path.of("seeds/004_01be448bf72268d9.txt"), a.resolve("bn.txt"));
        Path base = tmp.resolve("base.json");
        assertEquals(0, CliTest.run("baseline", "-o", base.toString(), a.toString()).code());
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.copy(Path.of("seeds/004_01be448bf72268d9.txt"), b.resolve("bn.txt"));
        CliTest.Run r = CliTest.run("audit", "--baseline", base.toString(), b.toString());
        assertTrue(r.err().contains("matched none of the") && r.err().contains("a/bn.txt")
                && r.err().contains("b/bn.txt") && r.err().contains("noisegate baseline -o"), r.err());
        CliTest.Run same = CliTest.run("audit", "--baseline", base.toString(), a.toString());
        assertFalse(same.err().contains("matched none"), same.err());
    }
}
