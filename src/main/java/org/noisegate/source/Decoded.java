package org.noisegate.source;

import java.util.List;
import org.noisegate.text.Span;

/**
 * Bytes turned into text.
 *
 * @param text         the decoded text, BOM removed; each invalid byte run is one U+FFFD
 * @param encoding     the encoding used (UTF-8, UTF-16LE, UTF-16BE)
 * @param invalidRuns  where invalid byte runs were replaced (UTF-16 spans into {@code text})
 * @param invalidBytes how many input bytes were invalid
 * @param binary       true when the bytes are mostly not text; {@code text} is then empty
 * @param reason       why the input counts as binary, or empty
 */
public record Decoded(String text, String encoding, List<Span> invalidRuns, long invalidBytes, boolean binary, String reason) {
    /** Text that needs no decoding (a String, or text extracted from HTML). */
    public static Decoded of(String text, String encoding) {
        return new Decoded(text, encoding, List.of(), 0, false, "");
    }

    static Decoded binary(String reason) {
        return new Decoded("", "binary", List.of(), 0, true, reason);
    }
}
