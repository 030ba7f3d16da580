package org.noisegate.score;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;

/**
 * The cleanliness score (documented in README.md, "Scores").
 *
 * <p>Each rule takes points off its category:
 * <ul>
 *   <li>boilerplate rules by the share of the text they flag:
 *       {@code 150 × flagged code points / all code points}, each code point charged once (to
 *       the first finding that covers it) when several boilerplate findings overlap;</li>
 *   <li>the other rules by density: {@code 10 × Σ weight / max(1, code points / 1000)}, where a
 *       warning weighs 1 and an error 3;</li>
 *   <li>never less than a floor (2 points when the rule's worst finding is a warning, 6 for an
 *       error), so one serious defect in a long file still shows.</li>
 * </ul>
 * {@code info} findings take nothing. A category's score is 100 minus the sum of its rules'
 * points (at least 0); the file's score is 100 minus the points of all categories (at least 0).
 * Apart from the floors the score depends only on the density of noise, not on file length.
 */
public final class Scorer {
    static final double SHARE_FACTOR = 150.0;
    static final double DENSITY_FACTOR = 10.0;
    static final double WARNING_FLOOR = 2.0;
    static final double ERROR_FLOOR = 6.0;

    public record Score(double total, Map<Category, Double> categories, Map<String, Double> deductions) {
    }

    /** The score over the categories of a single file's audit ({@link Category#audit()}). */
    public Score score(String text, List<Finding> findings) {
        return score(text, findings, Category.audit());
    }

    /** The score with a category score for each of {@code shown} (findings of other categories count too). */
    public Score score(String text, List<Finding> findings, List<Category> shown) {
        int length = Math.max(1, text.codePointCount(0, text.length()));
        Map<String, double[]> perRule = new LinkedHashMap<>(); // [amount, floor]
        Map<String, Category> categoryOf = new LinkedHashMap<>();
        List<Finding> ordered = new java.util.ArrayList<>(findings);
        ordered.sort(java.util.Comparator.comparingInt((Finding f) -> f.span().start()));
        int covered = 0; // boilerplate: text before this index is already charged to a rule
        for (Finding f : ordered) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            double[] acc = perRule.computeIfAbsent(f.ruleId(), k -> new double[2]);
            categoryOf.put(f.ruleId(), f.category());
            if (f.category() == Category.BOILERPLATE) {
                int from = Math.max(covered, f.span().start());
                int cps = from < f.span().end() ? text.codePointCount(from, f.span().end()) : 0;
                covered = Math.max(covered, f.span().end());
                acc[0] += SHARE_FACTOR * cps / length;
            } else {
                acc[0] += DENSITY_FACTOR * weight(f.severity()) / Math.max(1.0, length / 1000.0);
            }
            acc[1] = Math.max(acc[1], f.severity() == Severity.ERROR ? ERROR_FLOOR : WARNING_FLOOR);
        }
        Map<String, Double> deductions = new LinkedHashMap<>();
        Map<Category, Double> lost = new EnumMap<>(Category.class);
        perRule.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), Math.min(100.0, Math.max(e.getValue()[0], e.getValue()[1]))))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> {
                    deductions.put(e.getKey(), round(e.getValue()));
                    lost.merge(categoryOf.get(e.getKey()), e.getValue(), Double::sum);
                });
        Map<Category, Double> categories = new EnumMap<>(Category.class);
        double total = 100.0;
        for (Category c : Category.values()) {
            double l = Math.min(100.0, lost.getOrDefault(c, 0.0));
            if (shown.contains(c) || lost.containsKey(c)) {
                categories.put(c, round(100.0 - l));
            }
            total -= l;
        }
        return new Score(round(Math.max(0.0, total)), categories, deductions);
    }

    private static double weight(Severity s) {
        return s == Severity.ERROR ? 3.0 : 1.0;
    }

    static double round(double v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
