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
}
