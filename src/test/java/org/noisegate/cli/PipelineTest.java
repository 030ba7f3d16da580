package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noisegate.Cleaner;
import org.noisegate.NoiseGate;
import org.noisegate.pipeline.Ordered;
import org.noisegate.report.FileResult;

/** gate and clean: JSONL field paths, compression, broken lines, HTML, order under threads, round trips. */
class PipelineTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOISY = "Reklam Alanı\\nThe troops numbered 600০০ that year.\\nPaylaş";
    private static final String CLEAN = "The committee met on Tuesday and agreed on the budget for next year.";

    @TempDir
    Path tmp;

    private Path jsonl(String name, List<String> lines) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(p))
                : name.endsWith(".zst") ? new ZstdOutputStream(Files.newOutputStream(p)) : Files.newOutputStream(p)) {
            for (String l : lines) {
                out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p, StandardCharsets.UTF_8);
    }

    @Test
    void dottedFieldPathsAndUntouchedFields() throws IOException {
        String rec = "{\"meta\": {\"id\": \"doc-7\", \"score\": 1.50e1}, \"doc\": {\"body\": \"" + NOISY + "\"}, \"x\": [1, 2.0]}";
        Path in = jsonl("in.jsonl", List.of(rec));
        Path keep = tmp.resolve("keep.jsonl");
        Path reject = tmp.resolve("reject.jsonl");
        CliTest.Run r = CliTest.run("gate", "--text-field", "doc.body", "--id-field", "meta.id", "--keep", keep.toString(),
                "--reject", reject.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(0, lines(keep).size());
        String out = lines(reject).get(0);
        assertTrue(out.startsWith(rec.substring(0, rec.length() - 1)), "fields pass through byte for byte: " + out);
        JsonNode ng = JSON.readTree(out).get("noisegate");
        assertTrue(ng.get("score").asDouble() < 80);
        assertTrue(ng.get("language").isTextual() && !ng.get("language").asText().isEmpty(), ng.toString());
        assertTrue(ng.get("rules").toString().contains("number.mixed-digits"));
        assertTrue(ng.get("reasons").get(0).asText().contains("score"));
        assertTrue(r.err().contains("0 kept, 1 rejected"), r.err());
    }

    @Test
    void gzipAndZstandardAreReadTransparently() throws IOException {
        List<String> recs = List.of("{\"id\": 1, \"text\": \"" + CLEAN + "\"}", "{\"id\": 2, \"text\": \"" + NOISY + "\"}");
        for (String name : new String[] {"a.jsonl.gz", "b.jsonl.zst"}) {
            Path in = jsonl(name, recs);
            Path keep = tmp.resolve(name + ".keep");
            Path reject = tmp.resolve(name + ".reject");
            assertEquals(0, CliTest.run("gate", "--keep", keep.toString(), "--reject", reject.toString(), in.toString()).code());
            assertEquals(1, lines(keep).size(), name);
            assertEquals(1, lines(reject).size(), name);
        }
    }

    @Test
    void brokenLinesGoToRejectWithTheirLineNumberNeverDropped() throws IOException {
        Path in = jsonl("b.jsonl", List.of("{\"text\": \"" + CLEAN + "\"}", "{not json", "[1,2]",
                "{\"body\": \"no text field\"}", "", "{\"text\": \"" + CLEAN + "\"}"));
        Path keep = tmp.resolve("k");
        Path reject = tmp.resolve("r");
        CliTest.run("gate", "--keep", keep.toString(), "--reject", reject.toString(), in.toString());
        assertEquals(2, lines(keep).size());
        List<String> rej = lines(reject);
        assertEquals(3, rej.size());
        JsonNode broken = JSON.readTree(rej.get(0));
        assertEquals(2, broken.get("noisegate").get("line").asInt());
        assertEquals("{not json", broken.get("raw").asText());
        assertTrue(broken.get("noisegate").get("error").asText().contains("not valid JSON"));
        assertTrue(JSON.readTree(rej.get(2)).get("noisegate").get("error").asText().contains("no text field"));
    }

    @Test
    void maxCategoryRejectsOnOneCategory() throws IOException {
        Path in = jsonl("m.jsonl", List.of("{\"text\": \"" + CLEAN + "\\nReklam Alanı\"}"));
        Path keep = tmp.resolve("k");
        Path reject = tmp.resolve("r");
        CliTest.run("gate", "--min-score", "0", "--max-category", "boilerplate=5", "--keep", keep.toString(),
                "--reject", reject.toString(), in.toString());
        assertEquals(1, lines(reject).size());
        assertTrue(lines(reject).get(0).contains("boilerplate lost"));
        assertEquals(2, CliTest.run("gate", "--max-category", "colour=5", "--keep", keep.toString(), "--reject",
                reject.toString(), in.toString()).code());
    }

    @Test
    void outputOrderIsInputOrderForAnyThreadCount() throws IOException {
        List<String> recs = new ArrayList<>();
        Random rnd = new Random(42);
        for (int i = 0; i < 400; i++) {
            recs.add("{\"id\": " + i + ", \"text\": \"" + (rnd.nextInt(3) == 0 ? NOISY : CLEAN + " " + i) + "\"}");
        }
        Path in = jsonl("o.jsonl", recs);
        List<List<String>> runs = new ArrayList<>();
        for (String threads : new String[] {"1", "4", "3"}) {
            Path keep = tmp.resolve("k" + threads);
            Path reject = tmp.resolve("r" + threads);
            CliTest.run("gate", "--threads", threads, "--keep", keep.toString(), "--reject", reject.toString(), in.toString());
            List<String> all = new ArrayList<>(lines(keep));
            all.addAll(lines(reject));
            runs.add(all);
            int prev = -1;
            for (String l : lines(keep)) {
                int id = JSON.readTree(l).get("id").asInt();
                assertTrue(id > prev, "kept records in input order");
                prev = id;
            }
        }
        assertEquals(400, runs.get(0).size());
        assertEquals(runs.get(0), runs.get(1));
        assertEquals(runs.get(0), runs.get(2));
    }

    @Test
    void htmlPagesAreDecodedByTheirCharsetAndShowDomBoilerplate() throws IOException {
        String page = "<html><head><meta charset=\"windows-1251\"><title>t</title></head><body>"
                + "<nav class=\"menu\"><a href=\"/\">Главная</a> <a href=\"/n\">Новости</a></nav>"
                + "<article><p>Президент заявил в понедельник, что переговоры прошли успешно и продолжатся.</p></article>"
                + "<footer>© Газета, все права защищены</footer></body></html>";
        Path p = tmp.resolve("page.html");
        Files.write(p, page.getBytes(Charset.forName("windows-1251")));
        byte[] bom = ("\uFEFF<html><body><p>Ünïcödé text with a BOM and no meta charset, long enough.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Files.write(tmp.resolve("bom.html"), bom);
        CliTest.Run r = CliTest.run("audit", "--format", "json", p.toString(), tmp.resolve("bom.html").toString());
        JsonNode files = r.json().get("files");
        JsonNode f = files.get(1).get("path").asText().endsWith("page.html") ? files.get(1) : files.get(0);
        boolean dom = false;
        for (JsonNode x : f.get("findings")) {
            if (x.get("rule").asText().equals("boilerplate.dom")) {
                dom = true;
                assertTrue(x.get("message").asText().contains("nav") || x.get("message").asText().contains("footer"));
            }
        }
        assertTrue(dom, f.toString());
        FileResult direct = NoiseGate.builder().build().auditHtml("p", Files.readAllBytes(p));
        assertTrue(direct.text().contains("Президент заявил"), direct.text());
        assertTrue(NoiseGate.builder().build().auditHtml("b", bom).text().contains("Ünïcödé"));
    }

    @Test
    void cleanRemovesBoilerplateAndTheRemovedSpansGiveTheInputBack() {
        NoiseGate gate = NoiseGate.builder().build();
        String[] clean = {"The committee met on Tuesday and agreed on the budget.",
            "Rains flooded the valley, officials said on Monday.", "প্রায় ছয়শো সেনা নিহত হয়েছে বলে জানা গেছে।",
            "قال الوزير إن المحادثات كانت مثمرة.", "Putin, görüşmede şunları söyledi."};
        String[] noise = {"Reklam Alanı", "Share this article", "0", "be_endim", "Leave a comment", "مقالات ذات صلة",
            "Home > News > World", " date 2025-08-15", "Lorem ipsum dolor sit amet, consectetur adipiscing elit."};
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + rnd.nextInt(8);
            for (int i = 0; i < n; i++) {
                b.append(rnd.nextBoolean() ? clean[rnd.nextInt(clean.length)] : noise[rnd.nextInt(noise.length)]);
                b.append(rnd.nextInt(4) == 0 ? "\r\n" : "\n");
            }
            String input = b.toString();
            Cleaner.Cleaned c = Cleaner.clean(gate.audit(input));
            assertEquals(input, Cleaner.restore(c), "removed + output = input");
            for (Cleaner.Removed x : c.removed()) {
                assertEquals(input.substring(x.start(), x.end()), x.text());
            }
            assertFalse(c.text().contains("Reklam Alanı"), c.text());
            assertEquals(gate.clean(input), c.text());
        }
    }

    @Test
    void cleanCommandWritesOneFilePerInputAndAnnotates() throws IOException {
        Path out = tmp.resolve("out");
        Path in = jsonl("docs.jsonl", List.of("{\"id\": 1, \"text\": \"" + CLEAN + "\\nReklam Alanı\\n\"}"));
        CliTest.Run r = CliTest.run("clean", "-o", out.toString(), "seeds/002_a79df9f73036baaf.txt", in.toString());
        assertEquals(0, r.code(), r.err());
        String cleaned = Files.readString(out.resolve("002_a79df9f73036baaf.txt"));
        assertFalse(cleaned.contains("Reklam Alanı"));
        assertTrue(cleaned.contains("Kardeşlik görevi"), "sub-headings stay");
        JsonNode rec = JSON.readTree(Files.readString(out.resolve("docs.jsonl")));
        assertEquals(CLEAN + "\n", rec.get("text").asText());
        CliTest.Run ann = CliTest.run("clean", "--annotate", "seeds/002_a79df9f73036baaf.txt");
        String text = Files.readString(Path.of("seeds/002_a79df9f73036baaf.txt"));
        int[] cps = text.codePoints().toArray();
        for (String line : ann.out().split("\n")) {
            JsonNode x = JSON.readTree(line);
            int s = x.get("start").asInt();
            int e = x.get("end").asInt();
            assertEquals(x.get("text").asText(), new String(cps, s, e - s));
        }
        assertTrue(ann.out().contains("Reklam Alanı"));
    }

    @Test
    void orderedRunsWorkInInputOrder() {
        List<Integer> seen = new ArrayList<>();
        try (Ordered<Integer, Integer> o = new Ordered<>(4, i -> {
            try {
                Thread.sleep((i * 7) % 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i * 2;
        }, seen::add)) {
            for (int i = 0; i < 300; i++) {
                o.submit(i);
            }
            o.finish();
        }
        int[] want = new int[300];
        for (int i = 0; i < 300; i++) {
            want[i] = i * 2;
        }
        assertArrayEquals(want, seen.stream().mapToInt(Integer::intValue).toArray());
    }
}
