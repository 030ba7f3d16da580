package org.noisegate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.noisegate.NoiseGate;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;
import org.noisegate.text.Span;

/** The HTML report's structure, escaping and highlighting, checked by parsing it (no browser). */
class HtmlReportTest {
    static final Path INJECTION = Path.of("src/test/resources/html/injection.txt");
    static final String ARABIC_SEED = "seeds/003_6960cc2f2f376a76.txt";
    static final String BENGALI_SEED = "seeds/004_01be448bf72268d9.txt";
    private static List<FileResult> results;
    private static String html;

    @BeforeAll
    static void render() throws IOException {
        results = auditSeedsAndInjection();
        html = render(results);
    }

    /** The five seeds, the injection fixture, a binary file and a missing file. */
    static List<FileResult> auditSeedsAndInjection() throws IOException {
        NoiseGate gate = NoiseGate.builder().build();
        List<FileResult> rs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                rs.add(gate.audit(p.toString(), p));
            }
        }
        rs.add(gate.audit(INJECTION.toString(), INJECTION));
        rs.add(gate.audit("<b>x.png</b>", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}));
        rs.add(FileResult.failed("missing\"<i>.txt", "cannot read: no such file or directory"));
        return rs;
    }

    static String render(List<FileResult> rs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary summary = new Summary();
        try (HtmlReport report = new HtmlReport(out)) {
            report.start(new RunInfo("noisegate", "test", List.of()));
            for (FileResult r : rs) {
                summary.add(r);
                report.file(r);
            }
            report.end(summary);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static FileResult result(String path) {
        return results.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void parsesWithoutErrors() {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
        assertTrue(html.startsWith("<!DOCTYPE html>\n"));
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
        long audited = results.stream().filter(FileResult::audited).count();
        assertEquals(audited, doc.select("section.file").size());
        assertEquals(audited, doc.select("table.files tbody tr").size());
        assertEquals(10, doc.select(".hist rect").size());
        assertEquals(1, doc.select("script").size(), "only the report's own script");
        assertEquals(1, doc.select("style").size(), "only the report's own style sheet");
    }

    @Test
    void everyFindingIsHighlighted() {
        Document doc = Jsoup.parse(html);
        int findings = 0;
        int pieces = 0;
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            if (!r.audited()) {
                continue;
            }
            findings += r.findings().size();
            pieces += HtmlReport.pieces(r.text(), r.findings()).size();
            Element text = doc.selectFirst("#f" + i + " .text");
            Set<String> ids = text.select("mark").stream().flatMap(m -> Stream.of(m.attr("data-f").split(" ")))
                    .collect(Collectors.toSet());
            for (int k = 0; k < r.findings().size(); k++) {
                assertTrue(ids.contains(i + "-" + k), r.path() + ": finding " + k + " has no mark");
            }
            assertEquals(r.findings().size(), doc.select("#f" + i + " tr[data-id]").size());
        }
        assertEquals(pieces, doc.select(".text mark").size());
        assertTrue(pieces >= findings && findings > 40, pieces + " pieces, " + findings + " findings");
        for (Category c : Category.audit()) {
            assertFalse(doc.select("mark.cat-" + c.key()).isEmpty(), c.key());
        }
        Element mark = doc.selectFirst("mark[data-rule=\"number.mixed-digits\"]");
        assertEquals("600০০", mark.text());
        assertTrue(mark.hasClass("sev-error") && mark.hasClass("cat-number"));
        assertEquals("error", mark.attr("data-severity"));
        assertEquals("number", mark.attr("data-category"));
        assertTrue(mark.attr("title").startsWith("number.mixed-digits — number '600০০' mixes"), mark.attr("title"));
    }

    @Test
    void fileTextFromTheInputIsEscaped() {
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("img, iframe").isEmpty());
        assertTrue(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().startsWith("on")), "no event handler attributes");
        int index = results.indexOf(result(INJECTION.toString()));
        Element text = doc.selectFirst("#f" + index + " .text");
        assertTrue(text.wholeText().contains("<script>alert(1)</script> and \"><img src=x onerror=alert(1)>"));
        assertTrue(text.wholeText().contains("<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"));
        assertTrue(text.wholeText().contains("</div></mark></pre><!-- comment --> <style>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; and &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        // controls that would hide or reorder text are shown by their code point
        assertEquals(List.of("U+202E", "U+0007"), text.select(".cp").eachText());
        // the credit's text (with the injection) is escaped in its attribute and table cell too
        Element credit = doc.selectFirst("#f" + index + " mark[data-rule=\"boilerplate.credit\"]");
        assertTrue(credit.text().startsWith("Photo: Reuters \"><img src=x"));
        // paths and notes of files that were not audited
        assertEquals("<b>x.png</b> skipped: binary file (PNG image)", doc.select(".notes li").get(0).text());
        assertEquals("missing\"<i>.txt cannot read: no such file or directory", doc.select(".notes li").get(1).text());
    }

    @Test
    void allScriptsAreWrittenAsTextNotAsEntities() {
        assertTrue(html.contains("রাশিয়ার রাষ্ট্রপতি ভ্লাদিমির পুতিন"));
        assertTrue(html.contains("ذكرت وسائل الإعلام الحكومية الكورية الشمالية"));
        assertTrue(html.contains("ۋىلادىمىر پۇتىن"));
        assertFalse(html.matches("(?s).*&#(?!39;).*"), "no numeric character references but &#39;");
        assertFalse(html.contains("&nbsp;"));
    }

    @Test
    void rightToLeftScriptsAreRenderedRightToLeft() {
        Document doc = Jsoup.parse(html);
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            if (r.audited()) {
                Element text = doc.selectFirst("#f" + i + " .text");
                assertEquals(r.script().equals("Arab") ? "rtl" : "ltr", text.attr("dir"), r.path());
                assertEquals(r.language(), text.attr("lang"));
            }
        }
        assertEquals("Arab", result(ARABIC_SEED).script());
        assertEquals("Beng", result(BENGALI_SEED).script());
        assertTrue(HtmlReport.rightToLeft("Hebr") && HtmlReport.rightToLeft("Thaa") && HtmlReport.rightToLeft("Nkoo")
                && HtmlReport.rightToLeft("Syrc"));
        assertFalse(HtmlReport.rightToLeft("Latn") || HtmlReport.rightToLeft("Zyyy") || HtmlReport.rightToLeft("Xxxx?"));
    }

    @Test
    void overlappingFindingsGiveFlatValidMarks() throws IOException {
        String text = "0123456789 <b>&";
        List<Located> fs = List.of(
                located("number.grouping", Severity.WARNING, Category.NUMBER, 0, 5),
                located("name.truncated", Severity.ERROR, Category.NAME, 3, 8),
                located("mangled.mojibake", Severity.ERROR, Category.MANGLED, 4, 5),
                located("name.variant-spelling", Severity.WARNING, Category.NAME, 2, 2),
                located("boilerplate.ad", Severity.INFO, Category.BOILERPLATE, 9, 99));
        FileResult r = new FileResult("overlap.txt", FileResult.Status.AUDITED, "", "en", "Latn", 50,
                Map.of(), Map.of(), fs, text);
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(render(List.of(r)), "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
        Element block = doc.selectFirst(".text");
        assertEquals(text, block.wholeText());
        assertTrue(block.select("mark mark").isEmpty(), "marks never nest");
        assertEquals(List.of("01", "", "2", "3", "4", "567", "9 <b>&"),
                block.select("mark").stream().map(Element::wholeText).toList());
        assertEquals(List.of("0-0", "0-3", "0-0", "0-0 0-1", "0-0 0-1 0-2", "0-1", "0-4"),
                block.select("mark").eachAttr("data-f"));
        Map<String, StringBuilder> covered = new HashMap<>();
        for (Element m : block.select("mark")) {
            for (String id : m.attr("data-f").split(" ")) {
                covered.computeIfAbsent(id, k -> new StringBuilder()).append(m.wholeText());
            }
        }
        assertEquals("01234", covered.get("0-0").toString());
        assertEquals("34567", covered.get("0-1").toString());
        Element triple = block.select("mark").get(4);
        assertEquals(Set.of("cat-number", "cat-name", "cat-mangled", "sev-warning", "sev-error", "multi"), triple.classNames());
        assertEquals("error", triple.attr("data-severity"));
        assertEquals("number name mangled", triple.attr("data-category"));
        assertTrue(block.select("mark").get(1).hasClass("point"), "an empty finding is a thin marker");
    }

    @Test
    void outputIsDeterministicAndTheTemporaryFileIsRemoved() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = parts(tmp);
        assertEquals(html, render(results));
        assertEquals(before, parts(tmp));
        assertFalse(html.matches("(?s).*20\\d\\d-\\d\\d-\\d\\dT.*"), "no timestamps");
    }

    private static Set<Path> parts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("noisegate-report-")).collect(Collectors.toSet());
        }
    }

    @Test
    void theContentSecurityPolicyAllowsExactlyTheReportsScript() throws Exception {
        Document doc = Jsoup.parse(html);
        String script = doc.selectFirst("script").data();
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'sha256-" + hash + "'"), csp);
    }

    @Test
    void resourcesAreCopiedUnfiltered() throws IOException {
        // src/main/resources is filtered by Maven: the style sheet and script must come out unchanged
        Path dir = Path.of("src/main/resources/org/noisegate/report");
        assertEquals(Files.readString(dir.resolve("report.css")), HtmlReport.CSS);
        assertEquals(Files.readString(dir.resolve("report.js")), HtmlReport.JS);
    }

    @Test
    void escapesOnlyTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                HtmlReport.esc("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("Ünïcödé ৬০০ بوتين 中文 😀 \t\n", HtmlReport.esc("Ünïcödé ৬০০ بوتين 中文 😀 \t\n"));
        assertEquals("a\uFFFDb\uFFFD", HtmlReport.esc("a\u0000b\u0085"));
    }

    @Test
    void emptyRunIsAValidDocument() throws IOException {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(render(List.of()), "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList());
        assertTrue(doc.select("section.file").isEmpty());
        assertEquals("noisegate report: 0 files audited", doc.title());
    }

    private static Located located(String rule, Severity sev, Category cat, int start, int end) {
        Finding f = new Finding(rule, cat, sev, new Span(start, end), "", "message of " + rule, "");
        return new Located(f, 1, start + 1, 1, end + 1, start, end);
    }
}
