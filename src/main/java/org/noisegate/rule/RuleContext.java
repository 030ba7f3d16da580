package org.noisegate.rule;

import java.util.ArrayList;
import java.util.List;
import org.noisegate.text.Document;
import org.noisegate.text.Span;

/** Collects the findings of one rule on one document. Not shared between threads. */
public final class RuleContext {
    private final Document doc;
    private final List<Finding> findings = new ArrayList<>();
    private Rule rule;

    public RuleContext(Document doc) {
        this.doc = doc;
    }

    void using(Rule rule) {
        this.rule = rule;
    }

    /** Reports a finding with the rule's default severity. */
    public void report(int start, int end, String message, String suggestion) {
        report(rule.defaultSeverity(), start, end, message, suggestion);
    }

    public void report(Severity severity, int start, int end, String message, String suggestion) {
        Budget.check();
        Span span = new Span(start, Math.min(end, doc.text().length()));
        findings.add(new Finding(rule.id(), rule.category(), severity, span,
                doc.text().substring(span.start(), span.end()), message, suggestion));
    }

    /** Stops the rule when it is over its time budget (see {@link Budget}); call it in long loops. */
    public void checkpoint() {
        Budget.check();
    }

    public List<Finding> findings() {
        return findings;
    }
}
