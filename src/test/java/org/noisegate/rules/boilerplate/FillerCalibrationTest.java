package org.noisegate.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.noisegate.rule.RuleData;

/**
 * Where clean prose reaches the filler share, calibration first asks filler lines to lack the
 * language's frequent words, and raises the share only when that cannot tell them apart.
 */
class FillerCalibrationTest {
    private final FillerRule rule = new FillerRule(RuleData.builtIn());

    private static long flagged(List<double[]> units, Map<String, Double> t) {
        return units.stream().filter(u -> u[0] >= t.get(FillerRule.SHARE.key()) && u[1] <= t.get(FillerRule.STOP_WORDS.key()))
                .count();
    }

    @Test
    void proseWithItsStopWordsIsToldApartByThem() {
        List<double[]> clean = List.of(new double[] {0.7, 0.3}, new double[] {0.65, 0.4}, new double[] {0.1, 0.5});
        Map<String, Double> t = rule.choose(clean, 0);
        assertEquals(0, flagged(clean, t));
        assertEquals(FillerRule.SHARE.defaultValue(), t.get(FillerRule.SHARE.key()), "the share stays");
        assertEquals(1, flagged(List.of(new double[] {0.9, 0.0}), t), "real filler, without stop words, is still flagged");
    }

    @Test
    void withoutStopWordsToTellThemApartTheShareRises() {
        List<double[]> clean = List.of(new double[] {0.7, 0.0}, new double[] {0.75, 0.01}, new double[] {0.1, 0.5});
        Map<String, Double> t = rule.choose(clean, 1);
        assertTrue(flagged(clean, t) <= 1);
        assertTrue(t.get(FillerRule.SHARE.key()) > 0.7 && t.get(FillerRule.SHARE.key()) <= 0.751, t.toString());
        assertEquals(1.0, t.get(FillerRule.STOP_WORDS.key()));
    }

    @Test
    void defaultsHoldOnTextFarFromFiller() {
        Map<String, Double> t = rule.choose(List.of(new double[] {0.1, 0.4}, new double[] {0.2, 0.5}), 0);
        assertEquals(Map.of(FillerRule.SHARE.key(), 0.6, FillerRule.STOP_WORDS.key(), 1.0,
                FillerRule.MIN_DENSITY.key(), 0.0), t, "too few paragraphs to measure a function-word floor");
    }
}
