package org.noisegate.report;

import java.util.List;
import java.util.Map;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleFailure;
import org.noisegate.rule.Severity;

/**
 * The audit of one input: its score and findings, or why it was not audited.
 *
 * @param path        the path as given or walked ("-" for standard input)
 * @param status      AUDITED, SKIPPED (not text: {@code note} says why) or FAILED (could not be
 *                    read: {@code note} says why; counts as an input error)
 * @param deductions  points each rule took off the score, by rule id, largest first
 * @param text        the decoded text the findings point into ("" when not audited); reports
 *                    that show the text (HTML) use it, others ignore it
 * @param failedRules rules that did not finish on this input (over their time budget, or a bug);
 *                    the input is scored on the other rules
 */
public record FileResult(String path, Status status, String note, String language, String script,
                         double score, Map<Category, Double> categories, Map<String, Double> deductions,
                         List<Located> findings, String text, List<RuleFailure> failedRules) {

    public FileResult {
        failedRules = List.copyOf(failedRules);
    }

    /** A result in which every rule finished. */
    public FileResult(String path, Status status, String note, String language, String script,
                      double score, Map<Category, Double> categories, Map<String, Double> deductions,
                      List<Located> findings, String text) {
        this(path, status, note, language, script, score, categories, deductions, findings, text, List.of());
    }

    public enum Status { AUDITED, SKIPPED, FAILED }

    public static FileResult skipped(String path, String note) {
        return new FileResult(path, Status.SKIPPED, note, "und", "Zyyy", Double.NaN, Map.of(), Map.of(), List.of(), "");
    }

    public static FileResult failed(String path, String note) {
        return new FileResult(path, Status.FAILED, note, "und", "Zyyy", Double.NaN, Map.of(), Map.of(), List.of(), "");
    }

    public boolean audited() {
        return status == Status.AUDITED;
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.finding().severity() == s).count();
    }
}
