package org.noisegate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.noisegate.NoiseGate;

/** The text and HTML reports put the worst files first, name the rules that cost most, and mark text unmistakably. */
class ReportOrderTest {
    private static final NoiseGate GATE = NoiseGate.builder().language("bn").build();
    private static final String CLEAN = "প্রায় এক হাজার সেনা নিহত হয়েছে।\n";
    private static final String NOISY = "প্রায় 600০০ সেনা নিহত হয়েছে। আরও 12٣٤ জন আহত।\n";

    private static String text(List<FileResult> rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextReport t = new TextReport(out);
        Summary s = new Summary();
        for (FileResult r : rs) {
            s.add(r);
            t.file(r);
        }
        t.end(s);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The table's rows: the lines after the header line "file  language …". */
    private static List<String> table(String report) {
        List<String> rows = new ArrayList<>();
        boolean in = false;
        for (String line : report.split("\n")) {
            if (line.startsWith("file ")) {
                in = true;
            } else if (in && (line.isBlank() || line.startsWith("… and"))) {
                break;
            } else if (in) {
                rows.add(line);
            }
        }
        return rows;
    }

    private static List<FileResult> mixed() {
        return List.of(GATE.audit("a-clean.txt", CLEAN), FileResult.skipped("b.png", "skipped: binary file (PNG image)"),
                GATE.audit("c-noisy.txt", NOISY), FileResult.failed("d-gone.txt", "cannot read: no such file or directory"),
                GATE.audit("e-some.txt", CLEAN + "প্রায় 600০০ সেনা।\n" + CLEAN + CLEAN));
    }

    @Test
    void theTextTableListsTheWorstFilesFirstWithTheirTopRules() {
        List<FileResult> rs = mixed();
        assertTrue(rs.get(2).score() < rs.get(4).score() && rs.get(4).score() < rs.get(0).score(), "fixture: scores");
        String report = text(rs);
        assertTrue(report.contains("Files, worst first:"), report);
        List<String> rows = table(report);
        assertEquals(5, rows.size(), report);
        String[] order = {"d-gone.txt", "c-noisy.txt", "e-some.txt", "a-clean.txt", "b.png"};
        for (int i = 0; i < order.length; i++) {
            assertTrue(rows.get(i).startsWith(order[i]), i + ": " + rows.get(i) + "\n" + report);
        }
        assertTrue(report.contains("top rules"), report);
        String noisy = rows.get(1);
        String top = rs.get(2).deductions().keySet().iterator().next();
        assertTrue(noisy.contains(top + " -" + TextReport.fmt(rs.get(2).deductions().get(top))), noisy);
    }

    @Test
    void aLongTableKeepsTheWorstFilesEvenWhenTheyComeLast() {
        List<FileResult> rs = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            rs.add(GATE.audit(String.format("clean-%03d.txt", i), CLEAN));
        }
        rs.add(GATE.audit("zz-noisy.txt", NOISY));
        String report = text(rs);
        List<String> rows = table(report);
        assertEquals(200, rows.size());
        assertTrue(rows.get(0).startsWith("zz-noisy.txt"), rows.get(0));
        assertTrue(report.contains("… and 31 more files, none scoring lower"), report);
        assertTrue(report.contains("the 200 lowest scores"), report);
    }

    @Test
    void markersCannotBeConfusedWithMojibake() {
        // «» occur in mojibake (Â« Â»): the report must not use them as its own marks
        FileResult r = GATE.audit("m.txt", "Â«quoteÂ» প্রায় 600০০ সেনা।\n");
        String report = text(List.of(r));
        assertTrue(report.contains(TextReport.OPEN + "600০০" + TextReport.CLOSE), report);
        assertFalse(report.contains("«600০০»"), report);
        assertEquals("⟦", TextReport.OPEN);
        assertEquals("⟧", TextReport.CLOSE);
    }

    @Test
    void theHtmlFileTableListsTheWorstFirstWithTopRulesAndNotoFontsForEveryScript() throws IOException {
        List<FileResult> rs = new ArrayList<>(mixed());
        rs.add(NoiseGate.builder().build().audit("f-mixed.txt", "Ein Satz. 一个句子。 ሰላም ነው። Привет.\n"));
        Document doc = Jsoup.parse(HtmlReportTest.render(rs));
        List<String> paths = new ArrayList<>();
        for (Element tr : doc.select("table.files tbody tr")) {
            paths.add(tr.selectFirst("td.path").text());
        }
        assertEquals(sortedByScore(rs), paths);
        assertEquals(List.of("c-noisy.txt", "e-some.txt"), paths.subList(0, 2), "arrival order was a, c, e, f");
        assertTrue(doc.select("table.files thead th").eachText().contains("Top rules"));
        Element noisy = doc.select("table.files tbody tr").first();
        assertTrue(noisy.select("td").last().text().startsWith(rs.get(2).deductions().keySet().iterator().next()),
                noisy.outerHtml());
        String css = doc.select("style").html();
        for (String font : new String[] {"\"Noto Sans Bengali\"", "\"Noto Sans CJK SC\"", "\"Noto Sans Ethiopic\"",
            "\"Noto Sans\""}) {
            assertTrue(css.contains(font), font + " not in " + css.substring(Math.max(0, css.length() - 800)));
        }
        assertTrue(css.contains(".text.script-Beng { font-family: \"Noto Sans Bengali\""), css);
        assertFalse(doc.select("div.text.script-Beng").isEmpty());
    }

    private static List<String> sortedByScore(List<FileResult> rs) {
        return rs.stream().filter(FileResult::audited)
                .sorted(java.util.Comparator.comparingDouble(FileResult::score)).map(FileResult::path).toList();
    }
}
