package org.noisegate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;

/**
 * Random input, as Lucene's checkRandomData does it: texts stitched from pieces of many scripts,
 * combining marks, digits of several systems, joiners, controls, lone surrogates and markup, and
 * random bytes. Every rule must survive them and every finding must point inside the text.
 */
class FuzzTest {
    private static final String[] PIECES = {"Reklam Alanı", "দৃঢ়", "় ", "ি", "্য্য", "600০০", "١٢٣", "۴۵", "\u200D",
        "\u200C", "\u202E", "\u0000", "\r\n", "\n", " ", "-.", "—", "Ã©", "â€™", "РџСЂ", "Путин", "بوتين", "بوتن",
        "كيم جونغ -.", " date 2025-01-01 ", "Home > News > World", "0", "be_endim", "Lorem ipsum dolor", "KCNA/EPA",
        ". AP", "東京タワー", "서울", "ภาษาไทย", "\uD800", "\uDFFF", "😀\u200D👩", "e\u0301", "1,23,456", "1.000.000",
        "<script>", "\"", "«", "»", "\t", "\f", "Α", "ↈ", "𝐀", "ﷺ", "\uFEFF", "\u00AD", "x", "ক", "া", "्"};

    @Test
    void randomTextNeverBreaksARule() {
        NoiseGate gate = NoiseGate.builder().build();
        Random rnd = new Random(20261121);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                if (rnd.nextInt(6) == 0) {
                    b.appendCodePoint(rnd.nextInt(0x2FFFF));
                } else {
                    b.append(PIECES[rnd.nextInt(PIECES.length)]);
                }
            }
            String text = b.toString();
            FileResult r = gate.audit("fuzz", text);
            assertEquals(FileResult.Status.AUDITED, r.status(), () -> r.note() + " on " + escape(text));
            int cps = text.codePointCount(0, text.length());
            for (Located l : r.findings()) {
                assertTrue(0 <= l.start() && l.start() <= l.end() && l.end() <= cps, () -> l + " on " + escape(text));
                assertTrue(l.line() >= 1 && l.column() >= 1);
            }
            assertTrue(r.score() >= 0 && r.score() <= 100);
            assertEquals(text, Cleaner.restore(Cleaner.clean(r)));
        }
    }

    @Test
    void randomBytesAndHtmlNeverCrash() {
        NoiseGate gate = NoiseGate.builder().build();
        Random rnd = new Random(7);
        for (int round = 0; round < 500; round++) {
            byte[] bytes = new byte[rnd.nextInt(2000)];
            rnd.nextBytes(bytes);
            FileResult r = gate.audit("bytes", bytes);
            assertTrue(r.status() != FileResult.Status.FAILED, r.note());
            String html = "<html><body><div class=\"" + PIECES[rnd.nextInt(PIECES.length)] + "\"><p>"
                    + PIECES[rnd.nextInt(PIECES.length)] + "</p><a href=x>" + PIECES[rnd.nextInt(PIECES.length)]
                    + "</a></div>" + new String(bytes, StandardCharsets.ISO_8859_1) + "</body></html>";
            FileResult h = gate.auditHtml("html", html.getBytes(StandardCharsets.UTF_8));
            assertEquals(FileResult.Status.AUDITED, h.status(), h.note());
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(cp < 0x20 || cp > 0x7E ? String.format("\\u{%X}", cp) : (char) cp));
        return b.toString();
    }
}
