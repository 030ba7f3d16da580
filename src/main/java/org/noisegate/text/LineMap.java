package org.noisegate.text;

import java.util.Arrays;

/**
 * Maps UTF-16 indices of a text to 1-based lines, 1-based code point columns and code point
 * offsets. A line ends after '\n'; a '\r' before it belongs to the line ending. Code points are
 * counted as {@link String#codePointCount} counts them over the whole text: a surrogate pair is
 * one, and so is a lone surrogate of either kind. Look-ups take constant time, however long the
 * line (a checkpoint every {@value #BLOCK} chars).
 */
public final class LineMap {
    private static final int SHIFT = 10;
    private static final int BLOCK = 1 << SHIFT;
    private final String text;
    private final int[] lineStarts;      // UTF-16 index of each line start
    private final int[] lineStartPoints; // code point offset of each line start
    private final int[] blockPoints;     // code point offset of every BLOCK-th UTF-16 index

    public LineMap(String text) {
        this.text = text;
        int[] starts = new int[16];
        int[] points = new int[16];
        int[] blocks = new int[(text.length() >> SHIFT) + 1];
        int n = 1;
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            if ((i & (BLOCK - 1)) == 0) {
                blocks[i >> SHIFT] = cp;
            }
            char c = text.charAt(i);
            if (!continuesPair(text, i)) {
                cp++;
            }
            if (c == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    points = Arrays.copyOf(points, n * 2);
                }
                starts[n] = i + 1;
                points[n] = cp;
                n++;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        if ((text.length() & (BLOCK - 1)) == 0) {
            blocks[text.length() >> SHIFT] = cp; // the end of a text that fills its last block
        }
        this.lineStartPoints = Arrays.copyOf(points, n);
        this.blockPoints = blocks;
    }

    /** True when the char at i is the low half of a surrogate pair (so it adds no code point). */
    private static boolean continuesPair(String t, int i) {
        return Character.isLowSurrogate(t.charAt(i)) && i > 0 && Character.isHighSurrogate(t.charAt(i - 1));
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 0-based line index of the UTF-16 index. */
    public int lineIndex(int index) {
        int i = Arrays.binarySearch(lineStarts, index);
        return i >= 0 ? i : -i - 2;
    }

    /** 1-based line number. */
    public int line(int index) {
        return lineIndex(index) + 1;
    }

    /** 1-based column, counted in code points. */
    public int column(int index) {
        return codePointOffset(index) - lineStartPoints[lineIndex(index)] + 1;
    }

    /** Code point offset of the UTF-16 index. */
    public int codePointOffset(int index) {
        int at = Math.min(index, text.length());
        int b = at >> SHIFT;
        int cp = blockPoints[Math.min(b, blockPoints.length - 1)];
        for (int i = Math.min(b, blockPoints.length - 1) << SHIFT; i < at; i++) {
            if (!continuesPair(text, i)) {
                cp++;
            }
        }
        return cp;
    }

    /** UTF-16 index where the 0-based line starts. */
    public int lineStart(int lineIndex) {
        return lineStarts[lineIndex];
    }

    /** UTF-16 index where the 0-based line's content ends (before '\r\n' or '\n'). */
    public int lineEnd(int lineIndex) {
        int end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] - 1 : text.length();
        if (end > lineStarts[lineIndex] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }
}
