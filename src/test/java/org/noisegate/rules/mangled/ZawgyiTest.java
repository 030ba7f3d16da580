package org.noisegate.rules.mangled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.noisegate.NoiseGate;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Severity;

/**
 * {@code mangled.zawgyi} on eval/zawgyi: FLORES-200 Burmese in Unicode, and the same lines made
 * Zawgyi by a third-party converter (Rabbit). See eval/zawgyi/README.md.
 */
class ZawgyiTest {
    private static final Path DIR = Path.of("eval/zawgyi");
    private static final NoiseGate GATE = NoiseGate.builder().build();
    private static final String RULE = "mangled.zawgyi";

    @Test
    void flagsTheZawgyiLines() throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("zawgyi.txt"));
        assertEquals(100, lines.size(), "zawgyi.txt should hold the 100 converted lines");
        Map<Integer, Located> flagged = flaggedLines(GATE.audit("zawgyi.txt", DIR.resolve("zawgyi.txt")));
        double recall = flagged.size() / (double) lines.size();
        assertTrue(recall >= 0.95, String.format(Locale.ROOT, "%s flagged %d of %d Zawgyi lines (%.1f%%)", RULE,
                flagged.size(), lines.size(), 100 * recall));
    }

    @Test
    void acceptsTheUnicodeLines() throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("unicode.txt"));
        assertEquals(100, lines.size(), "unicode.txt should hold 100 FLORES lines");
        Map<Integer, Located> flagged = flaggedLines(GATE.audit("unicode.txt", DIR.resolve("unicode.txt")));
        assertTrue(flagged.isEmpty(), RULE + " flagged Unicode Burmese: " + flagged);
    }

    /** One finding per Zawgyi line, not a flood: other rules leave Zawgyi text to this one. */
    @Test
    void zawgyiLinesCarryNoOtherFindings() throws IOException {
        FileResult r = GATE.audit("zawgyi.txt", DIR.resolve("zawgyi.txt"));
        List<String> others = r.findings().stream()
                .filter(l -> !l.finding().ruleId().equals(RULE) && l.finding().severity() != Severity.INFO)
                .map(l -> l.line() + " " + l.finding().ruleId() + " '" + l.finding().text() + "'")
                .toList();
        assertTrue(others.isEmpty(), "other findings on Zawgyi lines: " + others);
        assertEquals(flaggedLines(r).size(), r.findings().stream().filter(l -> l.finding().ruleId().equals(RULE))
                .count(), "more than one " + RULE + " finding on a line");
    }

    /** The suggestion is the Unicode text: ICU's conversion mostly agrees with Rabbit's original. */
    @Test
    void suggestsTheUnicodeText() throws IOException {
        List<String> unicode = Files.readAllLines(DIR.resolve("unicode.txt"));
        Map<Integer, Located> flagged = flaggedLines(GATE.audit("zawgyi.txt", DIR.resolve("zawgyi.txt")));
        int agree = 0;
        for (Map.Entry<Integer, Located> e : flagged.entrySet()) {
            String s = e.getValue().finding().suggestion();
            assertTrue(s.startsWith("convert to Unicode: "), s);
            String shown = s.substring("convert to Unicode: ".length());
            if (shown.endsWith(" …")) {
                shown = shown.substring(0, shown.length() - 2);
            }
            assertTrue(shown.codePointCount(0, shown.length()) <= 80, "suggestion not shortened: " + s);
            if (unicode.get(e.getKey() - 1).contains(shown)) {
                agree++;
            }
        }
        assertTrue(agree >= 0.8 * flagged.size(), agree + " of " + flagged.size() + " suggestions match unicode.txt");
    }

    private static Map<Integer, Located> flaggedLines(FileResult r) {
        assertTrue(r.audited(), r.path() + ": " + r.note());
        Map<Integer, Located> byLine = new TreeMap<>();
        for (Located l : r.findings()) {
            if (l.finding().ruleId().equals(RULE)) {
                byLine.put(l.line(), l);
            }
        }
        return byLine;
    }
}
