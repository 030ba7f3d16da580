package org.noisegate.report;

import org.noisegate.rule.Severity;

/**
 * What reports need to know beyond the results: the gate (a file fails when it scores under
 * {@code failUnder} or has a finding of {@code failOn} or worse; either may be null) and how the
 * console looks.
 */
public record ReportOptions(Double failUnder, Severity failOn, boolean color, boolean quiet) {
    public static final ReportOptions DEFAULT = new ReportOptions(null, null, false, false);

    /** True when the file fails the gate. */
    public boolean fails(FileResult r) {
        if (!r.audited()) {
            return false;
        }
        if (failUnder != null && r.score() < failUnder) {
            return true;
        }
        return failOn != null && r.findings().stream().anyMatch(l -> l.finding().severity().compareTo(failOn) >= 0);
    }

    /** Why the file fails the gate, for reports; empty when it passes. */
    public String why(FileResult r) {
        if (!fails(r)) {
            return "";
        }
        if (failUnder != null && r.score() < failUnder) {
            return String.format(java.util.Locale.ROOT, "score %.1f is below %.1f", r.score(), failUnder);
        }
        return "has " + failOn.key() + " findings";
    }
}
