package org.noisegate.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 indices into a document's original text.
 * Reports convert it to code point offsets, lines and columns through {@link LineMap}.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end
                || (length() == 0 && other.start <= start && start < other.end);
    }
}
