package org.noisegate.fuzz;

import static org.noisegate.fuzz.Invariants.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.noisegate.report.FileResult;
import org.noisegate.source.HtmlExtractor;
import org.noisegate.text.Block;

/**
 * Coverage-guided fuzzing of the HTML extractor and of the audit of pages: blocks lie in the
 * extracted text in order, one line each, and the page is audited (never failed).
 */
class HtmlExtractorFuzzTest {
    @FuzzTest(maxDuration = "30m")
    void extract(byte[] page) throws IOException {
        HtmlExtractor.Extracted x = Engines.HTML.extract(page, null);
        String t = x.text();
        int at = 0;
        for (Block b : x.blocks()) {
            check(b.start() >= at && b.start() < b.end() && b.end() <= t.length(), "block out of order: " + b);
            check(t.substring(b.start(), b.end()).indexOf('\n') < 0, "a block spans a line break: " + b);
            check(b.linkDensity() >= 0 && b.linkDensity() <= 1, "link density out of range: " + b);
            at = b.end();
        }
        check(t.isEmpty() || t.endsWith("\n"), "extracted text does not end with a line break");
        FileResult r = Engines.GATE.auditHtml("fuzz.html", page);
        check(r.audited(), "page not audited: " + r.note());
        Invariants.findings(r.text(), r);
        Invariants.cleans(r);
    }
}
