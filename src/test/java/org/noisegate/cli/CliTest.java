package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: exit codes, formats and bad input. */
class CliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
        JsonNode json() throws IOException {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(new byte[0], args);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode onlyFile(Run r) throws IOException {
        JsonNode files = r.json().get("files");
        assertEquals(1, files.size(), r.out());
        return files.get(0);
    }

    private static JsonNode finding(JsonNode file, String rule) {
        for (JsonNode f : file.get("findings")) {
            if (f.get("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " finding in " + file);
    }

    @Test
    void textReportOfTheSeedsListsFindingsWithPositions() {
        Run r = run("audit", "seeds");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("seeds/004_01be448bf72268d9.txt:13:25: error number.mixed-digits"), r.out());
        assertTrue(r.out().contains("5 files audited"), r.out());
        assertTrue(r.out().contains("score lost to:"), r.out());
    }

    @Test
    void jsonReportFollowsFormatVersion1() throws IOException {
        Run r = run("audit", "--format", "json", "seeds/004_01be448bf72268d9.txt");
        assertEquals(0, r.code(), r.err());
        JsonNode root = r.json();
        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals("noisegate", root.get("tool").get("name").asText());
        JsonNode file = onlyFile(r);
        assertEquals("seeds/004_01be448bf72268d9.txt", file.get("path").asText());
        assertEquals("bn", file.get("language").asText());
        assertEquals("Beng", file.get("script").asText());
        for (String c : new String[] {"boilerplate", "mangled", "number", "name"}) {
            assertTrue(file.get("categories").has(c), c);
        }
        JsonNode f = finding(file, "number.mixed-digits");
        assertEquals("600০০", f.get("text").asText());
        assertEquals(13, f.get("line").asInt());
        assertEquals(25, f.get("column").asInt());
        assertEquals(f.get("start").asInt() + 5, f.get("end").asInt());
        assertEquals("error", f.get("severity").asText());
        assertTrue(root.get("summary").get("findings").get("error").asInt() >= 1);
        assertEquals(1, root.get("summary").get("files").asInt());
    }

    @Test
    void codePointOffsetsPointIntoTheDecodedText() throws IOException {
        String text = "𝐀𝐁 ok\nপ্রায় 600০০ সেনা\n";
        Path p = write("a.txt", text);
        JsonNode f = finding(onlyFile(run("audit", "--format", "json", p.toString())), "number.mixed-digits");
        int[] cps = text.codePoints().toArray();
        String viaOffsets = new String(cps, f.get("start").asInt(), f.get("end").asInt() - f.get("start").asInt());
        assertEquals("600০০", viaOffsets);
        assertEquals(2, f.get("line").asInt());
        assertEquals(8, f.get("column").asInt());
    }

    @Test
    void failUnderGatesOnTheLowestScore() {
        assertEquals(1, run("audit", "--fail-under", "90", "seeds").code());
        assertEquals(0, run("audit", "--fail-under", "10", "seeds/000_4990cb81952b1a02.txt").code());
        assertEquals(2, run("audit", "--fail-under", "101", "seeds").code());
    }

    @Test
    void aMissingPathIsReportedAndTheOtherFilesAreStillAudited() throws IOException {
        Path good = write("good.txt", "A clean sentence.\n");
        Run r = run("audit", "--format", "json", tmp.resolve("missing.txt").toString(), good.toString());
        assertEquals(2, r.code());
        JsonNode files = r.json().get("files");
        assertEquals("failed", files.get(0).get("status").asText());
        assertTrue(files.get(0).get("note").asText().contains("no such file"));
        assertEquals("audited", files.get(1).get("status").asText());
        assertTrue(r.err().contains("could not be read"), r.err());
    }

    @Test
    void invalidUtf8BecomesAFindingAndDecodingGoesOn() throws IOException {
        byte[] bytes = "Caf\u00e9 ok\nbad ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " end\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bytes.length + 2 + tail.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        all[bytes.length] = (byte) 0xFF;
        all[bytes.length + 1] = (byte) 0xFE;
        System.arraycopy(tail, 0, all, bytes.length + 2, tail.length);
        JsonNode f = finding(onlyFile(run("audit", "--format", "json", write("u.txt", all).toString())),
                "mangled.invalid-encoding");
        assertEquals(2, f.get("line").asInt());
        assertEquals(5, f.get("column").asInt());
        assertEquals(1, f.get("end").asInt() - f.get("start").asInt(), "one run, one finding");
    }

    @Test
    void bomsAreRemovedBeforeOffsetsAreCounted() throws IOException {
        byte[] text = " date 2025-01-01 Hello there.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        JsonNode f = finding(onlyFile(run("audit", "--format", "json", write("bom.txt", withBom).toString())),
                "boilerplate.metadata-header");
        assertEquals(1, f.get("start").asInt());
        assertEquals(2, f.get("column").asInt());
        byte[] utf16 = "\uFEFF date 2025-01-01 Hello there.\n".getBytes(StandardCharsets.UTF_16LE);
        JsonNode g = finding(onlyFile(run("audit", "--format", "json", write("u16.txt", utf16).toString())),
                "boilerplate.metadata-header");
        assertEquals(1, g.get("start").asInt());
    }

    @Test
    void crlfLineEndingsKeepLinesAndColumns() throws IOException {
        Path p = write("crlf.txt", "First line.\r\nপ্রায় 600০০ সেনা\r\n");
        JsonNode f = finding(onlyFile(run("audit", "--format", "json", p.toString())), "number.mixed-digits");
        assertEquals(2, f.get("line").asInt());
        assertEquals(8, f.get("column").asInt());
    }

    @Test
    void emptyFilesScoreFullMarks() throws IOException {
        JsonNode file = onlyFile(run("audit", "--format", "json", write("empty.txt", new byte[0]).toString()));
        assertEquals(100.0, file.get("score").asDouble());
        assertEquals(0, file.get("findings").size());
    }

    @Test
    void binaryFilesAreSkippedWithANoteButTextWithANulIsText() throws IOException {
        byte[] png = new byte[4096];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        new java.util.Random(1).nextBytes(png);
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        write("dir/image.png", png);
        byte[] random = new byte[4096];
        new java.util.Random(2).nextBytes(random);
        write("dir/blob.bin", random);
        write("dir/nul.txt", "A sentence with a stray\u0000 NUL in it.\n");
        Run r = run("audit", "--format", "json", tmp.resolve("dir").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode files = r.json().get("files");
        assertEquals(3, files.size());
        assertEquals("skipped", files.get(0).get("status").asText(), files.get(0).toString()); // blob.bin
        assertEquals("skipped", files.get(1).get("status").asText(), files.get(1).toString()); // image.png
        assertTrue(files.get(1).get("note").asText().contains("PNG"));
        finding(files.get(2), "mangled.control-char");
        assertEquals(2, r.json().get("summary").get("skipped").asInt());
    }

    @Test
    void aHugeFileIsRefusedWithAClearMessage() throws IOException {
        Path huge = tmp.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1L << 30); // sparse: 1 GiB that takes no disk
        }
        Path small = write("small.txt", "Fine.\n");
        Run r = run("audit", "--format", "json", huge.toString(), small.toString());
        assertEquals(2, r.code());
        JsonNode files = r.json().get("files");
        assertTrue(files.get(0).get("note").asText().contains("--max-file-size"), files.toString());
        assertEquals("audited", files.get(1).get("status").asText());
        Run smallLimit = run("audit", "--max-file-size", "2", small.toString());
        assertEquals(2, smallLimit.code());
        assertEquals(2, run("audit", "--max-file-size", "lots", small.toString()).code());
    }

    @Test
    void thousandsOfFilesAreWalkedInNameOrder() throws IOException {
        for (int i = 0; i < 1500; i++) {
            write(String.format("many/%02d/f%04d.txt", i % 7, i), "Sentence number " + i + " is fine.\n");
        }
        Run r = run("audit", "--format", "json", tmp.resolve("many").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode files = r.json().get("files");
        assertEquals(1500, files.size());
        String prev = "";
        for (JsonNode f : files) {
            String p = f.get("path").asText();
            assertTrue(p.compareTo(prev) > 0, p + " after " + prev);
            prev = p;
        }
    }

    @Test
    void brokenLinksInADirectoryAreInputErrors() throws IOException {
        write("links/ok.txt", "Fine.\n");
        Files.createSymbolicLink(tmp.resolve("links/dangling.txt"), tmp.resolve("nowhere.txt"));
        Run r = run("audit", "--format", "json", tmp.resolve("links").toString());
        assertEquals(2, r.code());
        assertEquals(2, r.json().get("files").size());
    }

    @Test
    void standardInputIsAuditedAsDash() throws IOException {
        Run r = run("প্রায় 600০০ সেনা\n".getBytes(StandardCharsets.UTF_8), "audit", "--format", "json", "-");
        assertEquals(0, r.code(), r.err());
        JsonNode file = onlyFile(r);
        assertEquals("-", file.get("path").asText());
        finding(file, "number.mixed-digits");
    }

    @Test
    void enableDisableAndLangSelectWhatRuns() throws IOException {
        Run only = run("audit", "--format", "json", "--enable", "number", "seeds/004_01be448bf72268d9.txt");
        for (JsonNode f : onlyFile(only).get("findings")) {
            assertEquals("number", f.get("category").asText());
        }
        Run without = run("audit", "--format", "json", "--disable", "number.mixed-digits,boilerplate.*",
                "seeds/004_01be448bf72268d9.txt");
        for (JsonNode f : onlyFile(without).get("findings")) {
            assertFalse(f.get("rule").asText().equals("number.mixed-digits"));
            assertFalse(f.get("category").asText().equals("boilerplate"));
        }
        Run lang = run("audit", "--format", "json", "--lang", "ug", "seeds/000_4990cb81952b1a02.txt");
        assertEquals("ug", onlyFile(lang).get("language").asText());
        Run unknown = run("audit", "--enable", "no.such-rule", "seeds");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown rule"), unknown.err());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run("audit").code());
        assertEquals(2, run("audit", "--format", "yaml", "seeds").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("audit", "--rules", tmp.resolve("none").toString(), "seeds").code());
        assertEquals(2, run().code());
    }

    @Test
    void outputOptionWritesTheReportToAFile() throws IOException {
        Path out = tmp.resolve("report.json");
        Run r = run("audit", "--format", "json", "-o", out.toString(), "seeds/000_4990cb81952b1a02.txt");
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals(1, new ObjectMapper().readTree(out.toFile()).get("files").size());
    }

    @Test
    void rulesListsEveryRuleAndExplainsOne() {
        Run all = run("rules");
        assertEquals(0, all.code());
        for (String id : new String[] {"boilerplate.filler", "mangled.orphan-mark", "number.mixed-digits",
            "name.variant-spelling"}) {
            assertTrue(all.out().contains(id), id);
        }
        Run one = run("rules", "number.mixed-digits");
        assertEquals(0, one.code());
        assertTrue(one.out().contains("flags:") && one.out().contains("«600০০»"), one.out());
        assertEquals(2, run("rules", "no.such").code());
    }

    @Test
    void userRulesExtendTheBuiltInData() throws IOException {
        write("myrules/boilerplate/phrases/en.txt", "[ad]\nBuy our widgets today\n");
        Path doc = write("doc.txt", "A real sentence about things.\nBuy our widgets today\n");
        Run plain = run("audit", "--format", "json", "--enable", "boilerplate.ad", doc.toString());
        assertEquals(0, onlyFile(plain).get("findings").size());
        Run extended = run("audit", "--format", "json", "--enable", "boilerplate.ad", "--rules",
                tmp.resolve("myrules").toString(), doc.toString());
        assertEquals("Buy our widgets today", finding(onlyFile(extended), "boilerplate.ad").get("text").asText());
        write("bad/boilerplate/phrases/en.txt", "[nonsense]\nHello\n");
        Run bad = run("audit", "--rules", tmp.resolve("bad").toString(), doc.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown section"), bad.err());
    }
}
