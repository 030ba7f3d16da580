package org.noisegate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.noisegate.cli.Main;
import org.noisegate.report.FileResult;
import org.noisegate.source.Decoded;
import org.noisegate.source.TextDecoder;

/**
 * Random and hostile bytes, pages and JSONL through the readers, the decoder and the gate:
 * nothing throws, the decoder gives back what was encoded, and the gate writes every record to
 * exactly one output with its bytes unchanged.
 */
class RandomInputsTest {
    @Test
    void randomAndDamagedBytesDecodeAndAudit() {
        RandomSeed.run("random bytes", rnd -> {
            for (int round = 0; round < 300; round++) {
                byte[] bytes = round % 2 == 0 ? randomBytes(rnd, rnd.nextInt(3000)) : RandomText.damagedUtf8(rnd, 40);
                new DecoderFuzzTest().decode(bytes); // the Jazzer target's invariants, on random input
            }
        });
    }

    /** UTF-8 and UTF-16 with and without a BOM give back exactly the text (less lone surrogates, which no encoder writes). */
    @Test
    void encodedTextDecodesToItself() {
        RandomSeed.run("encodings", rnd -> {
            for (int round = 0; round < 300; round++) {
                String text = clean(RandomText.text(rnd, 30));
                String ascii = "Plain text " + RandomText.randomAscii(rnd, 40) + "\n" + text;
                check(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)), "UTF-8");
                check(text, TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        text.getBytes(StandardCharsets.UTF_8))), "UTF-8 with BOM");
                check(text, TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        text.getBytes(StandardCharsets.UTF_16LE))), "UTF-16LE with BOM");
                check(text, TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        text.getBytes(StandardCharsets.UTF_16BE))), "UTF-16BE with BOM");
                if (ascii.chars().filter(c -> c < 0x80).count() > ascii.length() * 0.9) {
                    check(ascii, TextDecoder.decode(ascii.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE without BOM");
                    check(ascii, TextDecoder.decode(ascii.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE without BOM");
                }
                // an encoded lone surrogate (CESU-8) is invalid UTF-8: one U+FFFD, one finding
                byte[] cesu = concat("ab ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0,
                    (byte) 0x80}, " cd".getBytes(StandardCharsets.UTF_8));
                Decoded d = TextDecoder.decode(cesu);
                assertEquals("ab \uFFFD cd", d.text());
                assertEquals(1, d.invalidRuns().size());
            }
        });
    }

    @Test
    void deepAndHugeHtml() throws IOException {
        List<String> pages = new ArrayList<>();
        pages.add("<div>".repeat(5000) + "deep text. ".repeat(20) + "</div>".repeat(5000));
        pages.add("<p>x</p>".repeat(10) + "<span><b>".repeat(3000) + "deep inline" + "</b></span>".repeat(3000));
        pages.add("<p class=\"" + "share ".repeat(100_000) + "\" id=\"" + "x".repeat(200_000) + "\">huge attributes</p>");
        pages.add("<p " + "a=1 ".repeat(20_000) + ">many attributes</p><p>text</p>");
        // jsoup's unique CSS selector per block is quadratic in the page: 5000 rows take a minute
        pages.add("<table>" + "<tr><td>cell".repeat(1000) + "</table>");
        pages.add("<ul>" + "<li><a href=x>link</a>".repeat(5000) + "</ul>");
        pages.add("<p>" + "word ".repeat(50_000) + "</p>");
        pages.add("<noscript>" + "page ".repeat(500) + "<p>inside</noscript>");
        for (String page : pages) {
            long t0 = System.nanoTime();
            new HtmlExtractorFuzzTest().extract(page.getBytes(StandardCharsets.UTF_8));
            double secs = (System.nanoTime() - t0) / 1e9;
            assertTrue(secs < 30, "HTML took " + secs + " s: " + Invariants.escape(page.substring(0, 40)));
        }
        RandomSeed.run("random html", rnd -> {
            String[] tags = {"div", "p", "span", "a", "li", "ul", "table", "td", "nav", "footer", "script", "b", "br",
                "noscript", "ruby", "rt", "article", "h1", "form", "button"};
            for (int round = 0; round < 60; round++) {
                StringBuilder b = new StringBuilder();
                for (int i = rnd.nextInt(200); i > 0; i--) {
                    String tag = tags[rnd.nextInt(tags.length)];
                    switch (rnd.nextInt(4)) {
                        case 0 -> b.append('<').append(tag).append(" class=\"").append(RandomText.PIECES[
                                rnd.nextInt(RandomText.PIECES.length)]).append("\">");
                        case 1 -> b.append("</").append(tag).append('>');
                        default -> b.append(RandomText.text(rnd, 6));
                    }
                }
                new HtmlExtractorFuzzTest().extract(b.toString().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /**
     * The gate end to end, on JSONL with broken, huge, non-object, duplicate-key, blank and BOM lines,
     * plain, gzip and Zstandard, whole and truncated: kept + rejected = the records, each line's
     * bytes kept ({@link GateLines}), nothing thrown, no stack trace.
     */
    @Test
    void gateOutputsAreItsInputs(@TempDir Path dir) throws IOException {
        RandomSeed.run("gate", rnd -> {
            for (int round = 0; round < 6; round++) {
                List<String> lines = jsonl(rnd, 40);
                byte[] plain = (String.join(round % 2 == 0 ? "\n" : "\r\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
                Path in = dir.resolve("in" + round + ".jsonl" + (round % 3 == 1 ? ".gz" : ""));
                Files.write(in, round % 3 == 1 ? gzip(plain) : plain);
                gate(dir, in, lines, true);
            }
            // truncated compressed inputs: the lines before the cut, then one error record
            List<String> lines = jsonl(rnd, 200);
            byte[] gz = gzip((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            Path cut = dir.resolve("cut.jsonl.gz");
            Files.write(cut, java.util.Arrays.copyOf(gz, gz.length / 2));
            gate(dir, cut, lines, false);
            // a gzip bomb of short lines: 2 MB of zeros in 2 KB, each line a broken record
            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(bomb)) {
                byte[] line = ("0".repeat(999) + "\n").getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 2000; i++) {
                    z.write(line);
                }
            }
            Path b = dir.resolve("bomb.jsonl.gz");
            Files.write(b, bomb.toByteArray());
            gate(dir, b, java.util.Collections.nCopies(2000, "0".repeat(999)), true);
        });
    }

    /** Runs the gate on one input and checks its outputs against the input lines. */
    private static void gate(Path dir, Path in, List<String> lines, boolean whole) throws IOException {
        Path keep = dir.resolve("keep.jsonl");
        Path reject = dir.resolve("reject.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), "gate", "--keep", keep.toString(), "--reject",
                reject.toString(), "--threads", "2", in.toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(code == 0 || code == 2, "exit " + code + ": " + stderr);
        assertTrue(!stderr.contains("\tat ") && !stderr.contains("Exception in"), "a stack trace: " + stderr);
        List<String> kept = Files.readAllLines(keep, StandardCharsets.UTF_8);
        List<String> rejected = Files.readAllLines(reject, StandardCharsets.UTF_8);
        List<String> records = lines.stream().map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l)
                .filter(l -> !l.isBlank()).toList();
        int k = 0;
        int r = 0;
        int matched = 0;
        for (String line : records) {
            if (k < kept.size() && matches(line, kept.get(k))) {
                k++;
            } else if (r < rejected.size() && matches(line, rejected.get(r))) {
                r++;
            } else {
                break;
            }
            matched++;
        }
        if (whole) {
            int m = matched;
            int kk = k;
            int rr = r;
            assertEquals(records.size(), matched, () -> "records lost or out of order in " + in.getFileName()
                    + ": record " + Invariants.escape(records.get(m)) + "\nnext kept: "
                    + (kk < kept.size() ? Invariants.escape(kept.get(kk)) : "-") + "\nnext rejected: "
                    + (rr < rejected.size() ? Invariants.escape(rejected.get(rr)) : "-"));
            assertEquals(kept.size() + rejected.size(), records.size(), "records added in " + in.getFileName());
        } else {
            assertEquals(kept.size() + rejected.size(), matched + 1, "a truncated input: the lines read, then "
                    + "one error record");
            assertTrue(rejected.get(rejected.size() - 1).contains("\"error\""), "no error record for the cut");
        }
    }

    private static boolean matches(String input, String output) {
        try {
            GateLines.check(input, output);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    /** JSONL lines of every kind a crawler or a bug produces. */
    private static List<String> jsonl(Random rnd, int n) {
        List<String> out = new ArrayList<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int i = 0; i < n; i++) {
            String text = clean(RandomText.text(rnd, 20));
            String quoted;
            try {
                quoted = json.writeValueAsString(text);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            out.add(switch (rnd.nextInt(12)) {
                case 0 -> "{\"id\": " + i + ", \"text\": " + quoted.substring(0, cut(quoted)); // broken
                case 1 -> "[" + quoted + "]"; // not an object
                case 2 -> quoted;
                case 3 -> "{\"text\": " + quoted + ", \"text\": \"again\"}"; // duplicate key
                case 4 -> "{\"text\": " + json.getNodeFactory().textNode("x".repeat(200_000)) + "}"; // huge
                case 5 -> "";
                case 6 -> "{\"doc\": {\"body\": " + quoted + "}}"; // no text field
                case 7 -> "{\"text\": " + quoted + "} {\"text\": \"two\"}";
                case 8 -> "{\"text\": " + quoted + ", \"n\": 1.50, \"big\": 123456789012345678901234567890, \"u\": \"\\u00e9\\ud83d\\ude00\"}  ";
                case 9 -> "{}";
                default -> "{\"id\": \"d" + i + "\", \"text\": " + quoted + ", \"meta\": {\"a\": [1, 2, null]}}";
            });
        }
        if (rnd.nextBoolean() && !out.isEmpty()) {
            out.set(0, "\uFEFF" + out.get(0));
        }
        return out;
    }

    /** Half the string's length, moved off the middle of a surrogate pair. */
    private static int cut(String s) {
        int at = s.length() / 2;
        return Invariants.splitsPair(s, at) ? at - 1 : at;
    }

    /** The text without lone surrogates and line breaks U+2028/2029 (no encoder writes lone surrogates). */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void check(String text, Decoded d, String how) {
        if (d.binary()) { // by design when more than 5% of the bytes are control bytes
            long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                    && c != 0x1B || c == 0x7F).count();
            assertTrue(controls > 0.05 * text.getBytes(StandardCharsets.UTF_8).length,
                    how + " taken for binary: " + d.reason() + " on " + Invariants.escape(text));
            return;
        }
        assertEquals(text, d.text(), how + " did not decode to the text");
        assertTrue(d.invalidRuns().isEmpty(), how + " reported invalid bytes");
        FileResult r = Engines.GATE.audit("enc", text);
        Invariants.audited(text, r);
    }

    private static byte[] randomBytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.toByteArray();
    }
}
