package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noisegate.report.RunInfo;
import picocli.CommandLine;

/** What the command line says on first use: versions, typos, bad values, missing files. */
class MessagesTest {
    /** What a user must never see: Java, Jackson or picocli internals. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|java\\.|com\\.fasterxml|org\\.noisegate|not marked as ignorable|is not a (double|int|long)"
                    + "|\\bat \\[Source|noisegate noisegate");

    @TempDir
    Path tmp;

    private static void human(CliTest.Run r) {
        assertFalse(INTERNALS.matcher(r.err()).find(), r.err());
    }

    private static CliTest.Run fails(String... args) {
        CliTest.Run r = CliTest.run(args);
        assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
        human(r);
        return r;
    }

    @Test
    void everySubcommandPrintsTheVersion() {
        List<String> names = new java.util.ArrayList<>();
        for (Class<?> c : Main.class.getAnnotation(CommandLine.Command.class).subcommands()) {
            names.add(c.getAnnotation(CommandLine.Command.class).name());
        }
        assertTrue(names.size() >= 9, names.toString());
        for (String sub : names) {
            for (String flag : new String[] {"-V", "--version"}) {
                CliTest.Run r = CliTest.run(sub, flag);
                assertEquals(0, r.code(), sub + " " + flag + ": " + r.err());
                assertEquals("noisegate " + RunInfo.version(), r.out().strip(), sub + " " + flag);
            }
        }
        assertEquals("noisegate " + RunInfo.version(), CliTest.run("-V").out().strip());
    }

    @Test
    void helpIsPointedToOnceWithTheRightCommand() {
        CliTest.Run root = fails("frobnicate");
        assertTrue(root.err().contains("Try 'noisegate --help' for usage."), root.err());
        CliTest.Run sub = fails("audit", "--nope", "seeds");
        assertTrue(sub.err().contains("Try 'noisegate audit --help' for usage."), sub.err());
    }

    @Test
    void mistypedCommandsAndOptionsGetASuggestion() {
        assertTrue(fails("audti", "seeds").err().contains("unknown command 'audti'; did you mean 'audit'?"));
        assertTrue(fails("calibate", "-o", "-", "x").err().contains("did you mean 'calibrate'?"));
        assertTrue(fails("audit", "--fial-under", "3", "seeds").err()
                .contains("unknown option '--fial-under' for 'noisegate audit'; did you mean '--fail-under'?"));
        assertTrue(fails("audit", "--formt=json", "seeds").err().contains("did you mean '--format'?"));
        assertTrue(fails("audit", "--min-score", "3", "seeds").err()
                .contains("--min-score is an option of 'noisegate gate'"));
        CliTest.Run far = fails("zzzzzz");
        assertFalse(far.err().contains("did you mean"), far.err());
        assertTrue(far.err().contains("commands: audit, baseline"), far.err());
    }

    @Test
    void badValuesAreToldInWordsNamingTheOption() {
        CliTest.Run r = fails("audit", "--fail-under", "abc", "seeds");
        assertTrue(r.err().contains("--fail-under takes a number, not 'abc'"), r.err());
        assertTrue(fails("gate", "--keep", "-", "--reject", "-", "--threads", "two").err()
                .contains("--threads takes a whole number, not 'two'"));
        assertTrue(fails("gate", "--keep", "-", "--reject", "-", "--min-score", "high").err()
                .contains("--min-score takes a number, not 'high'"));
        assertTrue(fails("calibrate", "--min-lines", "x", "-o", "-", "seeds").err()
                .contains("--min-lines takes a whole number"));
        assertTrue(fails("audit").err().contains("'noisegate audit' needs PATH"));
    }

    @Test
    void minScoreIsAScoreFrom0To100() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": 1, \"text\": \"A clean sentence.\"}\n");
        for (String bad : new String[] {"101", "-1", "NaN"}) {
            CliTest.Run r = fails("gate", "--keep", tmp.resolve("k.jsonl").toString(), "--reject",
                    tmp.resolve("r.jsonl").toString(), "--min-score", bad, in.toString());
            assertTrue(r.err().contains("--min-score takes"), r.err());
        }
        assertTrue(fails("gate", "--keep", "-", "--reject", tmp.resolve("r.jsonl").toString(), "--max-category",
                "boilerplate=400", in.toString()).err().contains("points from 0 to 100"));
        CliTest.Run ok = CliTest.run("gate", "--keep", tmp.resolve("k.jsonl").toString(), "--reject",
                tmp.resolve("r.jsonl").toString(), "--min-score", "100", in.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(fails("audit", "--fail-under", "101", "seeds").err().contains("--fail-under takes a score from 0 to 100, not 101"));
    }

    @Test
    void langAcceptsOnlyKnownCodes() throws IOException {
        CliTest.Run xx = fails("audit", "--lang", "xx", "seeds");
        assertTrue(xx.err().contains("--lang takes an ISO 639 language code"), xx.err());
        assertTrue(fails("audit", "--lang", "english", "seeds").err().contains("English is 'en'"));
        assertTrue(fails("gate", "--keep", "-", "--reject", "-", "--lang", "Bengali").err().contains("'bn'"));
        assertTrue(fails("calibrate", "--lang", "zz", "-o", "-", "seeds").err().contains("--lang takes"));
        CliTest.Run three = CliTest.run("audit", "--format", "json", "--lang", "eng", "seeds/000_4990cb81952b1a02.txt");
        assertEquals(0, three.code(), three.err());
        assertEquals("en", three.json().get("files").get(0).get("language").asText(), "three letters become two");
        assertEquals(0, CliTest.run("audit", "--lang", "ar-EG", "seeds/000_4990cb81952b1a02.txt").code());

        Path proj = Files.createDirectories(tmp.resolve("proj"));
        Files.writeString(proj.resolve("a.txt"), "A sentence.\n");
        Files.writeString(proj.resolve("noisegate.yaml"), "lang: klingon\n");
        CliTest.Run conf = fails("audit", proj.toString());
        assertTrue(conf.err().contains("noisegate.yaml") && conf.err().contains("lang takes"), conf.err());
    }

    @Test
    void errorsNameTheFileAndWhatToDo() throws IOException {
        Path proj = Files.createDirectories(tmp.resolve("proj"));
        Files.writeString(proj.resolve("a.txt"), "A sentence.\n");
        CliTest.Run out = fails("audit", "-o", tmp.resolve("no/such/dir/r.json").toString(), proj.toString());
        assertTrue(out.err().contains("no/such/dir") && out.err().contains("create the folder"), out.err());
        CliTest.Run dir = fails("audit", "--format", "html:" + tmp, proj.toString());
        assertTrue(dir.err().contains(tmp.toString()) && dir.err().contains("is a directory"), dir.err());
        CliTest.Run conf = fails("audit", "--config", tmp.resolve("nope.yaml").toString(), proj.toString());
        assertTrue(conf.err().contains("nope.yaml") && conf.err().contains("check the path"), conf.err());
        CliTest.Run base = fails("audit", "--baseline", tmp.resolve("nob.json").toString(), proj.toString());
        assertTrue(base.err().contains("nob.json") && base.err().contains("noisegate baseline -o"), base.err());
        Files.writeString(tmp.resolve("broken.json"), "{\"formatVersion\": 1, \"findings\": [", StandardCharsets.UTF_8);
        CliTest.Run broken = fails("audit", "--baseline", tmp.resolve("broken.json").toString(), proj.toString());
        assertTrue(broken.err().contains("broken.json") && broken.err().contains("not valid JSON"), broken.err());

        for (String yaml : new String[] {"failUnder: 80\nsurprise: true\n", "failUnder: lots\n", "ignore: vendor\n",
            "rules:\n  enable: [x\n", "severity:\n  no.such-rule: error\n", "severity:\n  boilerplate.ad: loud\n",
            "failOn: maybe\n"}) {
            Files.writeString(proj.resolve("noisegate.yaml"), yaml);
            CliTest.Run r = fails("audit", proj.toString());
            assertTrue(r.err().contains("noisegate.yaml"), yaml + " → " + r.err());
        }
        Files.writeString(proj.resolve("noisegate.yaml"), "failUnder: 80\nsurprise: true\n");
        CliTest.Run unknown = fails("audit", proj.toString());
        assertTrue(unknown.err().contains(": unknown key 'surprise' (known: failOn, failUnder"),
                unknown.err());
    }
}
