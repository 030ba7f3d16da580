package org.noisegate.report;

import org.noisegate.rule.Finding;

/**
 * A finding with its position as users see it: 1-based lines and code point columns of its
 * start and end (end exclusive), and code point offsets {@code [start, end)} into the decoded
 * text.
 */
public record Located(Finding finding, int line, int column, int endLine, int endColumn, int start, int end) {
}
