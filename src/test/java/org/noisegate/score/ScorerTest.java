package org.noisegate.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;
import org.noisegate.text.Span;

class ScorerTest {
    private final Scorer scorer = new Scorer();

    private static Finding f(String rule, Category c, Severity s, int start, int end) {
        return new Finding(rule, c, s, new Span(start, end), "", "", null);
    }

    /** A text of n blocks of 1000 chars, each with one number error and 100 chars of boilerplate. */
    private Scorer.Score noisy(int blocks) {
        String text = "x".repeat(1000 * blocks);
        List<Finding> fs = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            fs.add(f("number.mixed-digits", Category.NUMBER, Severity.ERROR, b * 1000, b * 1000 + 5));
            fs.add(f("boilerplate.ad", Category.BOILERPLATE, Severity.WARNING, b * 1000 + 500, b * 1000 + 600));
        }
        return scorer.score(text, fs);
    }

    @Test
    void sameDensityGivesTheSameScoreAtAnyLength() {
        assertEquals(noisy(10).total(), noisy(100).total(), 0.05);
        assertEquals(noisy(10).categories(), noisy(40).categories());
    }

    @Test
    void moreNoiseLowersTheScore() {
        String text = "x".repeat(10_000);
        double previous = 100;
        for (int n = 1; n <= 20; n += 5) {
            List<Finding> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                fs.add(f("mangled.mojibake", Category.MANGLED, Severity.ERROR, i * 10, i * 10 + 2));
            }
            double s = scorer.score(text, fs).total();
            assertTrue(s < previous, n + " errors: " + s + " not below " + previous);
            previous = s;
        }
    }

    @Test
    void oneSeriousDefectInALongFileStillShows() {
        String text = "x".repeat(5_000_000);
        Scorer.Score s = scorer.score(text, List.of(f("number.mixed-digits", Category.NUMBER, Severity.ERROR, 10, 15)));
        assertEquals(100 - Scorer.ERROR_FLOOR, s.total(), 0.001);
        assertEquals(Scorer.ERROR_FLOOR, s.deductions().get("number.mixed-digits"), 0.001);
    }

    @Test
    void infoNeverLowersTheScore() {
        Scorer.Score s = scorer.score("x".repeat(100),
                List.of(f("number.digit-system-mix", Category.NUMBER, Severity.INFO, 0, 5)));
        assertEquals(100.0, s.total());
        assertTrue(s.deductions().isEmpty());
    }

    @Test
    void scoresStayWithinBoundsAndDeductionsExplainThem() {
        Scorer.Score s = noisy(1);
        double sum = s.deductions().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(100 - sum, s.total(), 0.15);
        List<Finding> lots = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lots.add(f("mangled.mojibake", Category.MANGLED, Severity.ERROR, i, i + 1));
        }
        assertEquals(0.0, scorer.score("x".repeat(600), lots).total());
        assertEquals(0.0, scorer.score("x".repeat(600), lots).categories().get(Category.MANGLED));
    }
}
