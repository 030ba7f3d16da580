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
import org.junit.jupiter.api.Test;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Severity;

/** Clean professional translations in 44 languages must stay (nearly) free of warnings and errors. */
class CleanTextTest {
    private static final double MAX_FLAGGED_SHARE = 0.005;

    @Test
    void fewerThanHalfAPercentOfCleanLinesAreFlagged() throws IOException, URISyntaxException {
        Path dir = Path.of(CleanTextTest.class.getResource("/flores200-sample/README.md").toURI()).getParent();
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
        assertTrue(lines > 2000, "the sample has " + lines + " lines");
        double share = flagged.size() / (double) lines;
        assertTrue(share < MAX_FLAGGED_SHARE, String.format(java.util.Locale.ROOT,
                "%.2f%% of %d clean lines flagged: %s", 100 * share, lines, flagged));
    }
}
