package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code noisegate calibrate} and the auditor's use of calibration.yaml. */
class CalibrateTest {
    private static final String FILLER = "Pellentesque mauris nisi, ornare quis ornare non, posuere at mauris. "
            + "Vivamus gravida lectus libero, a dictum massa laoreet in.";
    @TempDir
    Path tmp;

    private static JsonNode yaml(Path p) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(p.toFile());
    }

    private static long count(JsonNode audit, String rule) {
        return count(audit, rule, "");
    }

    /** Findings of the rule whose message contains the text. */
    private static long count(JsonNode audit, String rule, String message) {
        long n = 0;
        for (JsonNode file : audit.get("files")) {
            for (JsonNode f : file.get("findings")) {
                n += f.get("rule").asText().equals(rule) && f.get("message").asText().contains(message) ? 1 : 0;
            }
        }
        return n;
    }

    private Path rules(String yamlText) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(dir.resolve("calibration.yaml"), yamlText);
        return dir;
    }

    @Test
    void thresholdsKeepTheCleanSampleUnderTheTargetAndNoLooser() throws IOException {
        // a language whose clean text has short unpunctuated lines (Thai writes no full stops)
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 990; i++) {
            lines.add("Line " + i + " of the sample is an ordinary sentence with a full stop.");
        }
        for (int i = 0; i < 10; i++) {
            lines.add("short line " + "x".repeat(5 * i));
        }
        Path sample = tmp.resolve("clean.txt");
        Files.write(sample, lines);
        Path out = tmp.resolve("cal.yaml");
        CliTest.Run r = CliTest.run("calibrate", "--lang", "th", "--max-false-alarms", "0.2%", "-o", out.toString(),
                sample.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode th = yaml(out).get("languages").get("th");
        assertEquals(1000, th.get("lines").asInt());
        assertEquals(10, th.get("statistics").get("boilerplate.widget").get("units").asInt());
        double t = th.get("thresholds").get("boilerplate.widget.short-line-chars").asDouble();
        // two calibrated line rules share 0.2% of 1000 lines: one line each
        long within = lines.stream().filter(l -> !l.endsWith(".") && l.length() <= t).count();
        long oneLooser = lines.stream().filter(l -> !l.endsWith(".") && l.length() <= t + 1).count();
        assertTrue(within <= 1 && oneLooser > 1, "threshold " + t + " lets " + within + " through");
        assertTrue(r.err().contains("boilerplate.widget.short-line-chars 60 → " + (int) t), r.err());
    }

    @Test
    void calibratedRulesStayQuietOnTheSampleTheyWereCalibratedOn() throws IOException, Exception {
        Path flores = Path.of(CalibrateTest.class.getResource("/flores200-sample/README.md").toURI()).getParent();
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        CliTest.Run r = CliTest.run("calibrate", "--min-lines", "50", "-o", dir.resolve("calibration.yaml").toString(),
                flores.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(yaml(dir.resolve("calibration.yaml")).get("languages").size() >= 40);
        JsonNode audit = CliTest.run("audit", "--format", "json", "--rules", dir.toString(), flores.toString()).json();
        for (String rule : List.of("boilerplate.filler", "boilerplate.widget", "number.digit-system-mix")) {
            assertEquals(0, count(audit, rule), rule + " flags its own clean sample");
        }
    }

    @Test
    void aUserCalibrationOverridesTheBuiltInOnePerLanguage() throws IOException {
        Path doc = tmp.resolve("filler.txt");
        Files.writeString(doc, "The council met on Monday.\n\n" + FILLER + "\n");
        assertEquals(1, count(CliTest.run("audit", "--format", "json", "--lang", "en", doc.toString()).json(),
                "boilerplate.filler", "lorem-ipsum vocabulary"));
        Path dir = rules("languages:\n  en:\n    thresholds:\n      boilerplate.filler.filler-share: 1.01\n");
        // the vocabulary test is off for English now; the filler's other signals (Latin letters) still see it
        assertEquals(0, count(CliTest.run("audit", "--format", "json", "--lang", "en", "--rules", dir.toString(),
                doc.toString()).json(),
                "boilerplate.filler", "lorem-ipsum vocabulary"));

        // built in, Bengali mixes digit systems as clean text does; a user who wants every mix noted says so
        Path bn = tmp.resolve("bn.txt");
        Files.writeString(bn, "পিয়ংইয়াং 2024 সালে 10,000 সৈন্য এবং ১২ টি দল পাঠিয়েছিল। 300 জন ফিরেছে।\n");
        assertEquals(0, count(CliTest.run("audit", "--format", "json", "--lang", "bn", bn.toString()).json(),
                "number.digit-system-mix"));
        Files.writeString(dir.resolve("calibration.yaml"),
                "languages:\n  bn:\n    thresholds:\n      number.digit-system-mix.minority-share: 0\n");
        assertEquals(1, count(CliTest.run("audit", "--format", "json", "--lang", "bn", "--rules", dir.toString(),
                bn.toString()).json(), "number.digit-system-mix"));
    }

    @Test
    void mistakesInACalibrationAreReported() throws IOException {
        Path doc = tmp.resolve("a.txt");
        Files.writeString(doc, "Fine.\n");
        Path dir = rules("languages:\n  en:\n    thresholds:\n      boilerplate.filler.filer-share: 0.9\n");
        CliTest.Run r = CliTest.run("audit", "--rules", dir.toString(), doc.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("boilerplate.filler.filer-share"), r.err());
        rules("languages:\n  en:\n    thresholds:\n      boilerplate.filler.filler-share: high\n");
        assertTrue(CliTest.run("audit", "--rules", dir.toString(), doc.toString()).err().contains("must be a number"));
        assertEquals(2, CliTest.run("calibrate", "--max-false-alarms", "lots", "-o", "-", doc.toString()).code());
        assertEquals(2, CliTest.run("calibrate", "-o", "-", tmp.resolve("missing.txt").toString()).code());
    }

    private static Path flores() throws Exception {
        return Path.of(CalibrateTest.class.getResource("/flores200-sample/README.md").toURI()).getParent();
    }

    @Test
    void aHandfulOfLinesPerLanguageLeavesTheDefaultsAndNoRuleIsSwitchedOff() throws Exception {
        // 50 clean lines of each of 44 languages: too few to calibrate any of them
        Path out = tmp.resolve("cal.yaml");
        CliTest.Run none = CliTest.run("calibrate", "-o", out.toString(), flores().toString());
        assertEquals(2, none.code(), none.err());
        assertTrue(none.err().contains("no language has the 200 clean lines") && none.err().contains("--min-lines"),
                none.err());
        assertFalse(Files.exists(out), "nothing calibrated, nothing written");

        // one language with enough text, and in it a line of lorem ipsum the user thought clean
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (var files = Files.list(flores())) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add("The council met on day " + i + " and agreed on the budget for the coming year.");
        }
        lines.add("Pellentesque mauris nisi, ornare quis ornare non, posuere mauris vivamus gravida.");
        Files.write(corpus.resolve("minutes.txt"), lines);
        CliTest.Run r = CliTest.run("calibrate", "--lang", "en", "-o", out.toString(), corpus.resolve("minutes.txt")
                .toString());
        assertEquals(0, r.code(), r.err());
        JsonNode en = yaml(out).get("languages").get("en");
        double share = en.get("thresholds").get("boilerplate.filler.filler-share").asDouble();
        assertTrue(share <= 1.0, "filler-share " + share + " switches the rule off");
        assertTrue(r.err().contains("boilerplate.filler.filler-share (1.001 → 1) held"), r.err());
        // the auditor still finds filler in English with that calibration
        Path doc = tmp.resolve("filler.txt");
        Files.writeString(doc, "The council met on Monday.\n\nPellentesque mauris nisi, ornare quis ornare non, "
                + "posuere mauris vivamus gravida.\n");
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.copy(out, mine.resolve("calibration.yaml"));
        assertEquals(1, count(CliTest.run("audit", "--format", "json", "--lang", "en", "--rules", mine.toString(),
                doc.toString()).json(), "boilerplate.filler", "lorem-ipsum vocabulary"));

        // many languages: the large one is calibrated, the small ones keep their defaults and are named
        CliTest.Run mixed = CliTest.run("calibrate", "-o", out.toString(), corpus.toString());
        assertEquals(0, mixed.code(), mixed.err());
        JsonNode langs = yaml(out).get("languages");
        int calibrated = 0;
        for (var it = langs.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().has("thresholds")) {
                calibrated++;
                assertTrue(e.getValue().get("lines").asInt() >= 200, e.getKey());
            } else {
                assertTrue(e.getValue().get("defaults").asText().contains("fewer than the 200"), e.toString());
            }
        }
        assertEquals(1, calibrated, langs.toString());
        assertTrue(langs.get("en").has("thresholds"));
        assertTrue(mixed.err().contains("left at their defaults, fewer than 200 clean lines (--min-lines): "), mixed.err());
        assertTrue(mixed.err().contains("bn (50)"), mixed.err());
        assertTrue(mixed.err().contains("calibrated 1 of "), mixed.err());
    }
}
