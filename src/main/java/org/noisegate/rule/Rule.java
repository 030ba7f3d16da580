package org.noisegate.rule;

import org.noisegate.text.Document;

/** A check over a document. Implementations are immutable, stateless and thread-safe. */
public interface Rule {
    /** Stable id {@code <category>.<name>}, e.g. {@code number.mixed-digits}. */
    String id();

    Category category();

    Severity defaultSeverity();

    /** One line saying what the rule finds. */
    String description();

    void check(Document doc, RuleContext ctx);
}
