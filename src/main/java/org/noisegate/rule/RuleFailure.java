package org.noisegate.rule;

/**
 * A rule that did not finish on a document: it ran over its time budget or hit a bug. Its
 * findings on that document are dropped; the document is scored on the other rules.
 */
public record RuleFailure(String ruleId, String reason) {
}
