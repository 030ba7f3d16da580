package org.noisegate.compare;

import java.util.List;
import org.noisegate.rule.Severity;
import org.noisegate.text.Span;

/**
 * One thing a version says differently from the others.
 *
 * @param unit      the aligned unit (line, paragraph; 0 for documents) it was found in
 * @param version   index of the version it is reported in
 * @param span      UTF-16 span in that version's text
 * @param evidence  where the other versions say it, in their own texts
 * @param compared  indices of the versions it was compared with
 */
public record Disagreement(int unit, int version, String ruleId, Severity severity, Span span, String text,
                           String message, String suggestion, List<Evidence> evidence, List<Integer> compared) {
    public Disagreement {
        evidence = List.copyOf(evidence);
        compared = List.copyOf(compared);
    }

    /** A span of another version that the finding is compared with. */
    public record Evidence(int version, Span span, String text) {
    }
}
