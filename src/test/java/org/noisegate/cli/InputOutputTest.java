package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input and output limits: huge records, gates that pass on nothing, corpora in audit, compressed and failing outputs. */
class InputOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLEAN = "The committee met on Tuesday and agreed on the budget for next year.";
    private static final String GOOD = "{\"id\": \"g\", \"text\": \"" + CLEAN + "\"}";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    @Test
    void aLineOverTheRecordSizeGoesToRejectWithItsLineNumberAndTheRunGoesOn() throws IOException {
        String big = "{\"id\": \"big\", \"text\": \"" + "word ".repeat(2000) + "\"}";
        Path in = write("in.jsonl", GOOD + "\n" + big + "\n" + GOOD.replace("\"g\"", "\"h\"") + "\n");
        CliTest.Run r = CliTest.run("gate", "--max-record-size", "1K", "--keep", tmp.resolve("keep.jsonl").toString(),
                "--reject", tmp.resolve("reject.jsonl").toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, lines(tmp.resolve("keep.jsonl")).size());
        List<String> rejected = lines(tmp.resolve("reject.jsonl"));
        assertEquals(1, rejected.size());
        JsonNode ng = JSON.readTree(rejected.get(0)).get("noisegate");
        assertEquals(2, ng.get("line").asInt());
        assertTrue(ng.get("error").asText().contains("--max-record-size"), ng.toString());
        assertTrue(ng.get("error").asText().contains(String.valueOf(big.length())), ng.toString());
        assertTrue(r.err().contains("2 kept, 0 rejected, 1 errors"), r.err());
    }

    @Test
    void aGzipBombThatNeverEndsALineIsSkipped() throws IOException {
        Path bomb = tmp.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(bomb)))) {
            out.write((GOOD + "\n{\"text\": \"").getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 64 * 16; i++) { // 64 MiB of zeros, no line end
                out.write(zeros);
            }
        }
        CliTest.Run r = CliTest.run("gate", "--max-record-size", "1M", "--keep", tmp.resolve("keep.jsonl").toString(),
                "--reject", tmp.resolve("reject.jsonl").toString(), bomb.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, lines(tmp.resolve("keep.jsonl")).size());
        JsonNode ng = JSON.readTree(lines(tmp.resolve("reject.jsonl")).get(0)).get("noisegate");
        assertEquals(2, ng.get("line").asInt());
        assertTrue(ng.get("error").asText().contains("of " + ((64L << 20) + 10) + " bytes"), ng.toString());
    }

    @Test
    void aWholeFileOverTheRecordSizeIsAnErrorRecord() throws IOException {
        Path page = write("page.html", "<html><body><p>" + "word ".repeat(1000) + "</p></body></html>");
        CliTest.Run r = CliTest.run("gate", "--max-record-size", "1K", "--keep",
                tmp.resolve("keep.jsonl").toString(), "--reject", tmp.resolve("reject.jsonl").toString(), page.toString(),
                write("ok.jsonl", GOOD + "\n").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode ng = JSON.readTree(lines(tmp.resolve("reject.jsonl")).get(0)).get("noisegate");
        assertTrue(ng.get("error").asText().startsWith("file of " + Files.size(page) + " bytes"), ng.toString());
    }

    /** The defect as reported: a 300 MB line under -Xmx512m, in a JVM of its own. */
    @Test
    void aThreeHundredMegabyteLineUnderHalfAGigabyteOfHeap() throws Exception {
        Path in = tmp.resolve("huge.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(in)), 1 << 16)) {
            out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "lorem ".repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 300L << 20; n += chunk.length) {
                out.write(chunk);
            }
            out.write(("\"}\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path keep = tmp.resolve("keep.jsonl");
        Path reject = tmp.resolve("reject.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.noisegate.cli.Main", "gate", "--threads", "1", "--keep", keep.toString(), "--reject", reject.toString(),
                in.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "gate did not finish");
        String log = Files.readString(tmp.resolve("log.txt"));
        assertEquals(0, p.exitValue(), log);
        assertEquals(1, lines(keep).size(), log);
        JsonNode ng = JSON.readTree(lines(reject).get(0)).get("noisegate");
        assertEquals(1, ng.get("line").asInt());
        assertTrue(ng.get("error").asText().contains("64M (--max-record-size)"), ng.toString());
    }

    @Test
    void aGateWhoseRecordsAreAllErrorsExitsTwo() throws IOException {
        Path in = write("in.jsonl", GOOD + "\n" + GOOD + "\n");
        CliTest.Run r = CliTest.run("gate", "--text-field", "doc.body", "--keep", tmp.resolve("keep.jsonl").toString(),
                "--reject", tmp.resolve("reject.jsonl").toString(), in.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("every document was an error"), r.err());
        assertTrue(r.err().contains("in.jsonl:1: no text field 'doc.body'"), r.err());
        assertEquals(2, lines(tmp.resolve("reject.jsonl")).size(), "the records are still written");
    }

    @Test
    void aGateThatSawNoDocumentExitsTwoUnlessEmptyInputIsAllowed() throws IOException {
        Path in = write("empty.jsonl", "\n\n");
        String[] args = {"gate", "--keep", tmp.resolve("keep.jsonl").toString(), "--reject",
            tmp.resolve("reject.jsonl").toString(), in.toString()};
        CliTest.Run r = CliTest.run(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no document in " + in), r.err());
        assertTrue(r.err().contains("--allow-empty"), r.err());
        CliTest.Run stdin = CliTest.run("gate", "--keep", "-", "--reject", tmp.resolve("reject.jsonl").toString());
        assertEquals(2, stdin.code(), stdin.err());
        String[] allowed = java.util.Arrays.copyOf(args, args.length + 1);
        allowed[args.length] = "--allow-empty";
        assertEquals(0, CliTest.run(allowed).code());
    }

    @Test
    void gateWritesTheCompressionItsOutputNamesAskFor() throws IOException {
        Path in = write("in.jsonl", GOOD + "\n{\"id\": \"n\", \"text\": \"Reklam Alanı\\nThe troops numbered 600০০.\\nPaylaş\"}\n");
        Path keep = tmp.resolve("kept.jsonl.zst");
        Path reject = tmp.resolve("rejected.jsonl.gz");
        CliTest.Run r = CliTest.run("gate", "--keep", keep.toString(), "--reject", reject.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        byte[] k = Files.readAllBytes(keep);
        byte[] j = Files.readAllBytes(reject);
        assertEquals(0xFD2FB528, (k[0] & 0xFF) | (k[1] & 0xFF) << 8 | (k[2] & 0xFF) << 16 | (k[3] & 0xFF) << 24, "zstd magic");
        assertEquals(0x8B1F, (j[0] & 0xFF) | (j[1] & 0xFF) << 8, "gzip magic");
        try (var kin = org.noisegate.source.Inputs.open(keep); var rin = org.noisegate.source.Inputs.open(reject)) {
            String kept = new String(kin.readAllBytes(), StandardCharsets.UTF_8);
            String rejected = new String(rin.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(kept.startsWith(GOOD.substring(0, GOOD.length() - 1)) && kept.endsWith("}\n"), kept);
            assertTrue(rejected.startsWith("{\"id\": \"n\"") && rejected.contains("number.mixed-digits"), rejected);
        }
    }

    /** Standard output whose writes fail, as on a full disk or a closed pipe; PrintStream hides the error. */
    private static java.io.PrintStream failingStdout() {
        return new java.io.PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
    }

    private static CliTest.Run runWith(java.io.PrintStream out, String... args) {
        var err = new java.io.ByteArrayOutputStream();
        int code = Main.run(new java.io.ByteArrayInputStream(new byte[0]), out,
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliTest.Run(code, "", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void gateWritingToAFullDiskOrAFailingStdoutExitsTwo() throws IOException {
        Path in = write("in.jsonl", GOOD + "\n");
        CliTest.Run r = runWith(failingStdout(), "gate", "--keep", "-", "--reject", tmp.resolve("r.jsonl").toString(),
                in.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot write standard output"), r.err());
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
        CliTest.Run full = CliTest.run("gate", "--keep", "/dev/full", "--reject", tmp.resolve("r.jsonl").toString(),
                in.toString());
        assertEquals(2, full.code(), full.err());
        assertTrue(full.err().contains("cannot write /dev/full: No space left on device"), full.err());
    }

    @Test
    void anAuditGateOnAnEmptyDirectoryExitsTwoUnlessEmptyInputIsAllowed() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliTest.Run r = CliTest.run("audit", "--fail-under", "80", empty.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no file was audited in " + empty), r.err());
        Files.write(empty.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        CliTest.Run onlyBinary = CliTest.run("audit", "--fail-on", "error", empty.toString());
        assertEquals(2, onlyBinary.code(), onlyBinary.err());
        assertTrue(onlyBinary.err().contains("1 skipped as not text"), onlyBinary.err());
        assertEquals(0, CliTest.run("audit", "--fail-under", "80", "--allow-empty", empty.toString()).code());
        assertEquals(0, CliTest.run("audit", empty.toString()).code(), "without a gate an empty audit is no error");
    }

    @Test
    void auditWritingToAFullDiskOrAFailingStdoutExitsTwo() throws IOException {
        Path in = write("a.txt", CLEAN + "\n");
        for (String format : new String[] {"text", "json", "jsonl", "html", "sarif", "junit", "markdown"}) {
            CliTest.Run r = runWith(failingStdout(), "audit", "--format", format, in.toString());
            assertEquals(2, r.code(), format + ": " + r.err());
            assertTrue(r.err().contains("cannot write standard output"), format + ": " + r.err());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
        CliTest.Run full = CliTest.run("audit", "-o", "/dev/full", in.toString());
        assertEquals(2, full.code(), full.err());
        assertTrue(full.err().contains("cannot write /dev/full: No space left on device"), full.err());
        CliTest.Run second = CliTest.run("audit", "--format", "json:/dev/full", "--format", "text", in.toString());
        assertEquals(2, second.code(), second.err());
        assertTrue(second.err().contains("cannot write /dev/full"), second.err());
    }

    private static final String NOISY_JSON = "Reklam Alanı\\nThe troops numbered 600০০ that year.\\nPaylaş";

    private Path compressed(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(p))
                : new io.airlift.compress.zstd.ZstdOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void auditReadsACorpusDocumentByDocument() throws IOException {
        String corpus = "{\"id\": \"a1\", \"text\": \"" + CLEAN + "\"}\n"
                + "{\"text\": \"" + NOISY_JSON + "\"}\n\n"
                + "{\"id\": \"c3\", \"text\": \"" + CLEAN + "\"}\n";
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(dir.resolve("docs.jsonl"), corpus, StandardCharsets.UTF_8);
        Path gz = compressed("corpus/more.jsonl.gz", corpus);
        CliTest.Run r = CliTest.run("audit", "--format", "json", dir.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode files = r.json().get("files");
        List<String> paths = new java.util.ArrayList<>();
        files.forEach(f -> paths.add(f.get("path").asText()));
        String d = dir.resolve("docs.jsonl").toString();
        assertEquals(List.of(d + "#a1", d + "#2", d + "#c3", gz + "#a1", gz + "#2", gz + "#c3"), paths);
        for (JsonNode f : files) {
            boolean noisy = f.get("path").asText().endsWith("#2");
            assertEquals("audited", f.get("status").asText());
            assertEquals(noisy, f.get("findings").toString().contains("number.mixed-digits"), f.toString());
            assertTrue(noisy || f.get("score").asDouble() >= 90, f.toString());
        }
    }

    @Test
    void auditNamesEveryDocumentOfACorpusInEveryFormat() throws IOException {
        Path in = write("docs.jsonl", "{\"id\": \"a1\", \"text\": \"" + CLEAN + "\"}\n{\"text\": \"" + NOISY_JSON
                + "\"}\n");
        for (String format : new String[] {"text", "json", "jsonl", "markdown", "sarif", "junit", "html"}) {
            CliTest.Run r = CliTest.run("audit", "--format", format, in.toString());
            assertEquals(0, r.code(), format + ": " + r.err());
            // SARIF names artifacts by URI, where '#' is written %23
            assertTrue(r.out().contains(format.equals("sarif") ? "docs.jsonl%232" : "docs.jsonl#2"), format + ": " + r.out());
            if (!format.equals("markdown") && !format.equals("sarif")) { // these list files with findings only
                assertTrue(r.out().contains("docs.jsonl#a1"), format + ": " + r.out());
            }
        }
    }

    @Test
    void auditReadsCompressedPagesAndTextAndBrokenLinesFail() throws IOException {
        Path page = compressed("page.html.gz", "<html><body><article><p>" + CLEAN + "</p><p>" + CLEAN
                + "</p></article></body></html>");
        Path text = compressed("notes.txt.zst", "The troops numbered 600০০ that year.\n");
        Path broken = write("broken.jsonl", "{\"id\": \"ok\", \"text\": \"" + CLEAN + "\"}\n{not json\n{\"body\": \"x\"}\n");
        CliTest.Run r = CliTest.run("audit", "--format", "json", page.toString(), text.toString(), broken.toString());
        assertEquals(2, r.code(), "unreadable records are input errors: " + r.err());
        JsonNode files = r.json().get("files");
        assertEquals(5, files.size(), files.toString());
        assertEquals("audited", files.get(0).get("status").asText(), files.get(0).toString());
        assertTrue(files.get(0).get("score").asDouble() >= 90, "text extracted from the page: " + files.get(0));
        assertTrue(files.get(1).get("findings").toString().contains("number.mixed-digits"), files.get(1).toString());
        assertEquals(broken + "#ok", files.get(2).get("path").asText());
        assertEquals(broken + "#2", files.get(3).get("path").asText());
        assertEquals("failed", files.get(3).get("status").asText());
        assertTrue(files.get(4).get("note").asText().contains("no text field 'text'"), files.get(4).toString());
        CliTest.Run fields = CliTest.run("audit", "--format", "json", "--text-field", "body", "--id-field", "nope",
                broken.toString());
        assertEquals(broken + "#3", fields.json().get("files").get(2).get("path").asText(), fields.out());
        assertEquals("audited", fields.json().get("files").get(2).get("status").asText(), fields.out());
    }

    @Test
    void cleanKeepsRelativePathsInsteadOfOverwriting() throws IOException {
        Path a = write("in/a/x.txt", "Reklam Alanı\n" + CLEAN + "\n");
        Path b = write("in/b/x.txt", CLEAN + " Second.\n");
        Path out = tmp.resolve("out");
        CliTest.Run r = CliTest.run("clean", "-o", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(CLEAN + "\n", Files.readString(out.resolve("a/x.txt")));
        assertEquals(CLEAN + " Second.\n", Files.readString(out.resolve("b/x.txt")));
        Path c = write("in/a/x.html", "<p>" + CLEAN + "</p>");
        CliTest.Run clash = CliTest.run("clean", "-o", out.toString(), a.toString(), c.toString());
        assertEquals(2, clash.code(), clash.err());
        assertTrue(clash.err().contains("would both be cleaned into"), clash.err());
        CliTest.Run self = CliTest.run("clean", "-o", a.getParent().toString(), a.toString());
        assertEquals(2, self.code(), self.err());
        assertTrue(self.err().contains("would overwrite the input"), self.err());
        assertEquals("Reklam Alanı\n" + CLEAN + "\n", Files.readString(a), "the input is untouched");
    }

    @Test
    void cleanWalksADirectoryLikeAudit() throws IOException {
        write("corpus/one.txt", "Reklam Alanı\n" + CLEAN + "\n");
        write("corpus/sub/two.jsonl", GOOD + "\n");
        write("corpus/.hidden.txt", "not me\n");
        Files.write(tmp.resolve("corpus/sub/image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        Path out = tmp.resolve("cleaned");
        CliTest.Run r = CliTest.run("clean", "-o", out.toString(), tmp.resolve("corpus").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("image.png: skipped: binary input"), r.err());
        assertEquals(CLEAN + "\n", Files.readString(out.resolve("one.txt")));
        assertEquals(CLEAN, JSON.readTree(Files.readString(out.resolve("sub/two.jsonl"))).get("text").asText());
        try (var files = Files.walk(out)) {
            assertEquals(2, files.filter(Files::isRegularFile).count(), "no output for hidden or binary files");
        }
        CliTest.Run stdout = CliTest.run("clean", tmp.resolve("corpus").toString());
        assertEquals(0, stdout.code(), stdout.err());
        assertTrue(stdout.out().startsWith(CLEAN + "\n{"), stdout.out());
    }

    @Test
    void cleanWritingToAFullDiskOrAFailingStdoutExitsTwo() throws IOException {
        Path in = write("a.txt", CLEAN + "\n");
        CliTest.Run r = runWith(failingStdout(), "clean", in.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot write standard output"), r.err());
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full here");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("a.txt"), Path.of("/dev/full"));
        CliTest.Run full = CliTest.run("clean", "-o", out.toString(), in.toString());
        assertEquals(2, full.code(), full.err());
        assertTrue(full.err().contains("No space left on device"), full.err());
    }
}
