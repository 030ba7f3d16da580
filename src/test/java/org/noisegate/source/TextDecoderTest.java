package org.noisegate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void plainUtf8() {
        Decoded d = TextDecoder.decode("হ্যালো".getBytes(StandardCharsets.UTF_8));
        assertEquals("হ্যালো", d.text());
        assertFalse(d.binary());
        assertTrue(d.invalidRuns().isEmpty());
    }

    @Test
    void adjacentBadBytesAreOneRun() {
        byte[] b = {'a', (byte) 0xC0, (byte) 0xAF, (byte) 0xFF, 'b', (byte) 0xFE, 'c'};
        Decoded d = TextDecoder.decode(b);
        assertEquals("a\uFFFDb\uFFFDc", d.text());
        assertEquals(2, d.invalidRuns().size());
        assertEquals(4, d.invalidBytes());
    }

    @Test
    void truncatedSequenceAtTheEnd() {
        byte[] b = {'o', 'k', (byte) 0xE0, (byte) 0xA6};
        Decoded d = TextDecoder.decode(b);
        assertEquals("ok\uFFFD", d.text());
        assertEquals(1, d.invalidRuns().size());
    }

    @Test
    void bomlessUtf16IsRecognised() {
        Decoded le = TextDecoder.decode("Hello, world! This is text.".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("Hello, world! This is text.", le.text());
        Decoded be = TextDecoder.decode("Hello, world! This is text.".getBytes(StandardCharsets.UTF_16BE));
        assertEquals("Hello, world! This is text.", be.text());
    }

    @Test
    void mostlyControlBytesAreBinary() {
        byte[] b = new byte[1000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 8);
        }
        assertTrue(TextDecoder.decode(b).binary());
        assertTrue(TextDecoder.decode(new byte[] {0x1F, (byte) 0x8B, 8, 0}).binary());
    }

    @Test
    void aFewControlBytesInTextAreStillText() {
        byte[] b = "Some text\u0000 with a NUL and a bell\u0007 in it, otherwise fine.".getBytes(StandardCharsets.UTF_8);
        Decoded d = TextDecoder.decode(b);
        assertFalse(d.binary());
        assertTrue(d.text().contains("\u0000"));
    }
}
