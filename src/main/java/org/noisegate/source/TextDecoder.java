package org.noisegate.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.noisegate.text.Span;

/**
 * Decodes input bytes: honours UTF-8 and UTF-16 byte order marks, recognises BOM-less UTF-16,
 * keeps going past invalid UTF-8 (recording each bad byte run), and tells binary data from
 * text. "Binary" means mostly non-text bytes or a well-known binary signature; a text file
 * with a stray NUL or control character is text.
 */
public final class TextDecoder {
    /** Share of control bytes above which the input counts as binary (random bytes have 11%). */
    private static final double BINARY_SHARE = 0.05;
    private static final int SAMPLE = 64 * 1024;

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return decodeWith(bytes, 3, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return decodeWith(bytes, 2, StandardCharsets.UTF_16BE);
        }
        String signature = binarySignature(bytes);
        if (signature != null) {
            return Decoded.binary(signature);
        }
        Charset utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return decodeWith(bytes, 0, utf16);
        }
        Decoded d = decodeWith(bytes, 0, StandardCharsets.UTF_8);
        if (controlShare(bytes) > BINARY_SHARE) {
            return Decoded.binary("mostly non-text bytes");
        }
        return d;
    }

    private static Decoded decodeWith(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length - offset) + 16)));
        List<Span> runs = new ArrayList<>();
        long badBytes = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                int at = out.position();
                if (!runs.isEmpty() && runs.get(runs.size() - 1).end() == at) {
                    // one more bad sequence right after the last: the same run; the U+FFFD is there
                } else {
                    out.put('\uFFFD');
                    runs.add(new Span(at, at + 1));
                }
                badBytes += r.length();
                in.position(in.position() + r.length());
                continue;
            }
            if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            if (!in.hasRemaining()) {
                while (dec.flush(out).isOverflow()) {
                    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                    out.flip();
                    bigger.put(out);
                    out = bigger;
                }
                break;
            }
        }
        out.flip();
        return new Decoded(out.toString(), cs.name(), runs, badBytes, false, "");
    }

    private static String binarySignature(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip data";
        }
        if (startsWith(b, 0x28, 0xB5, 0x2F, 0xFD)) {
            return "Zstandard data";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "ELF executable";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 without a BOM shows as a NUL in every other byte of mostly-ASCII text. */
    private static Charset bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Share of the sample that is control bytes other than white space. Invalid UTF-8 alone does
     * not make a file binary: a legacy-encoded text file is text with encoding findings.
     */
    private static double controlShare(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        if (n == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) {
                bad++;
            }
        }
        return bad / (double) n;
    }
}
