package org.noisegate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {
    @Test
    void linesColumnsAndCodePointOffsets() {
        String t = "ab\r\n𝐀c\nলাইন";
        LineMap m = new LineMap(t);
        assertEquals(3, m.lineCount());
        int c = t.indexOf('c');
        assertEquals(2, m.line(c));
        assertEquals(2, m.column(c), "the surrogate pair is one column");
        assertEquals(5, m.codePointOffset(c));
        assertEquals(2, m.lineEnd(0), "\\r\\n is not part of the line");
        assertEquals("লাইন", t.substring(m.lineStart(2), m.lineEnd(2)));
    }

    /** Found by RandomTextTest: a lone low surrogate was not counted, so every later offset was one short. */
    @Test
    void loneSurrogatesCountAsOneCodePointEach() {
        String t = "\uDEF7 \uDB82\uDE27\n\uD82C\uDDEFx\uD800y\uDC00";
        LineMap m = new LineMap(t);
        for (int i = 0; i <= t.length(); i++) {
            if (i > 0 && i < t.length() && Character.isHighSurrogate(t.charAt(i - 1))
                    && Character.isLowSurrogate(t.charAt(i))) {
                continue; // inside a pair: no finding points there
            }
            assertEquals(t.codePointCount(0, i), m.codePointOffset(i), "offset at " + i);
            int ls = m.lineStart(m.lineIndex(i));
            assertEquals(t.codePointCount(ls, i) + 1, m.column(i), "column at " + i);
        }
    }

    /** Offsets on one long line agree with String.codePointCount across the checkpoints. */
    @Test
    void longLinesWithPairsAcrossCheckpoints() {
        String t = "a\uD83D\uDE00".repeat(3000) + "\n" + "\uD83D\uDE00b".repeat(1500);
        LineMap m = new LineMap(t);
        for (int i = 0; i <= t.length(); i += 7) {
            if (i > 0 && i < t.length() && Character.isLowSurrogate(t.charAt(i))) {
                continue;
            }
            assertEquals(t.codePointCount(0, i), m.codePointOffset(i), "offset at " + i);
        }
        assertEquals(2, m.line(t.length()));
        assertEquals(3001, m.column(t.length()));
    }

    /** Found by RuleEngineFuzzTest: the end of a text of exactly 2048 chars had offset 0. */
    @Test
    void theEndOfATextThatFillsItsLastCheckpointBlock() {
        for (int n : new int[] {1023, 1024, 1025, 2048, 4096}) {
            String t = "x".repeat(n - 1) + "\n";
            LineMap m = new LineMap(t);
            assertEquals(n, m.codePointOffset(n), "end of " + n + " chars");
            assertEquals(n - 1, m.codePointOffset(n - 1));
            assertEquals(1, m.column(n), "the end is column 1 of the empty last line");
        }
    }
}
