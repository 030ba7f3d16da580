package org.noisegate.report;

import org.noisegate.rule.Finding;

/**
 * A finding with its position as users see it: 1-based line and code point column, and code
 * point offsets {@code [start, end)} into the decoded text.
 */
public record Located(Finding finding, int line, int column, int start, int end) {
}
