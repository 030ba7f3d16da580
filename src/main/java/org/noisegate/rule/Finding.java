package org.noisegate.rule;

import org.noisegate.text.Span;

/**
 * One problem a rule found: where (UTF-16 span into the original text), what, and how to fix it.
 */
public record Finding(String ruleId, Category category, Severity severity, Span span, String text,
                      String message, String suggestion) {
}
