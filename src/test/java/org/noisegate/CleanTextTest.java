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
    @CsvSource({"flores200-sample, 0.003, 2000", "udhr-sample, 0.003, 10000"})
    void fewCleanLinesAreFlagged(String sample, double maxFlaggedShare, int minLines)
            throws IOException, URISyntaxException {
        Path dir = Path.of(CleanTextTest.class.getResource("/" + sample + "/README.md").toURI()).getParent();
        NoiseGate gate = NoiseGate.builder().build();
        // lines reviewed as really broken: out of the false-alarm share, and each must still be found
        Set<String> known = new HashSet<>();
        for (String l : Files.readAllLines(dir.resolve("known-noisy.tsv"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                String[] f = l.split("\t");
                known.add(f[0] + ":" + f[1]);
            }
        }
        Set<String> found = new HashSet<>();
        int lines = 0;
        List<String> flagged = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                FileResult r = gate.audit(f.getFileName().toString(), f);
                assertTrue(r.audited(), f + ": " + r.note());
                lines += (int) Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count();
                Set<Integer> seen = new HashSet<>();
                for (Located l : r.findings()) {
                    if (l.finding().severity() == Severity.INFO || !seen.add(l.line())) {
                        continue;
                    }
                    if (known.contains(r.path() + ":" + l.line())) {
                        found.add(r.path() + ":" + l.line());
                    } else {
                        flagged.add(r.path() + ":" + l.line() + " " + l.finding().ruleId() + " '" + l.finding().text()
                                + "'");
                    }
                }
            }
        }
        assertTrue(lines > minLines, "the sample has " + lines + " lines");
        Set<String> missed = new java.util.TreeSet<>(known);
        missed.removeAll(found);
        assertTrue(missed.isEmpty(), "really broken lines no longer found: " + missed);
        double share = flagged.size() / (double) lines;
        assertTrue(share < maxFlaggedShare, String.format(java.util.Locale.ROOT,
                "%.2f%% of %d clean lines flagged: %s", 100 * share, lines, flagged));
    }
}
