package org.noisegate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Severity;

/**
 * Clean translations must stay (nearly) free of warnings and errors: professional ones in 44
 * languages (FLORES-200) and the UDHR in 500 languages and many scripts, most of which no rule
 * data covers.
 */
class CleanTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({"flores200-sample, 0.005, 2000", "udhr-sample, 0.004, 10000"})
    void fewCleanLinesAreFlagged(String sample, double maxFlaggedShare, int minLines)
            throws IOException, URISyntaxException {
        Path dir = Path.of(CleanTextTest.class.getResource("/" + sample + "/README.md").toURI()).getParent();
        NoiseGate gate = NoiseGate.builder().build();
        int lines = 0;
        List<String> flagged = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                FileResult r = gate.audit(f.getFileName().toString(), f);
                assertTrue(r.audited(), f + ": " + r.note());
                lines += (int) Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
                Set<Integer> seen = new HashSet<>();
                for (Located l : r.findings()) {
                    if (l.finding().severity() != Severity.INFO && seen.add(l.line())) {
                        flagged.add(r.path() + ":" + l.line() + " " + l.finding().ruleId() + " '" + l.finding().text()
                                + "'");
                    }
                }
            }
        }
        assertTrue(lines > minLines, "the sample has " + lines + " lines");
        double share = flagged.size() / (double) lines;
        assertTrue(share < maxFlaggedShare, String.format(java.util.Locale.ROOT,
                "%.2f%% of %d clean lines flagged: %s", 100 * share, lines, flagged));
    }
}
