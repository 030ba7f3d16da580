package org.noisegate.internal;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * windows-1252 as browsers apply it: its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
 * stand for the C1 controls of the same value, so every byte has a character and back. The
 * tables are built once; the mojibake rule encodes with it and noise injection decodes with it.
 */
public final class SloppyWindows1252 {
    private static final char[] DECODE = new char[256];
    private static final Map<Character, Integer> ENCODE = new HashMap<>();

    static {
        Charset cp = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String c = new String(new byte[] {(byte) b}, cp);
            DECODE[b] = c.equals("\uFFFD") ? (char) b : c.charAt(0);
            ENCODE.put(DECODE[b], b);
        }
    }

    private SloppyWindows1252() {
    }

    /** The bytes as text. */
    public static String decode(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length);
        for (byte x : bytes) {
            b.append(DECODE[x & 0xFF]);
        }
        return b.toString();
    }

    /** The byte for the character, or -1 when the code page has none. */
    public static int encode(char c) {
        Integer b = ENCODE.get(c);
        return b == null ? -1 : b;
    }

    /** True for the five C1 controls that stand for undefined bytes. */
    public static boolean undefinedByte(char c) {
        return c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
    }
}
