package org.noisegate.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines of UTF-8 bytes with a size limit: a line longer than the limit is streamed past
 * (its bytes counted, never stored), so one huge line or a decompressed stream that never ends
 * a line cannot exhaust memory. Line ends are {@code \n}, {@code \r\n} and {@code \r}, as in
 * {@link java.io.BufferedReader#readLine()}; invalid UTF-8 becomes U+FFFD.
 */
final class LineReader {
    /** One line: its text, or, when it was over the limit, null and how many bytes it had. */
    record Line(String text, long bytes) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final long max;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean skipLf;
    private byte[] line = new byte[1 << 10];
    private int len;

    LineReader(InputStream in, long max) {
        if (max < 1) {
            throw new IllegalArgumentException("the line size limit must be at least 1 byte, not " + max);
        }
        this.in = in;
        this.max = max;
    }

    /** The next line without its line end, or null at the end of the input. */
    Line next() throws IOException {
        long count = 0;
        len = 0;
        boolean any = false;
        while (true) {
            if (pos == lim && !fill()) {
                return any ? done(count) : null;
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int i = pos;
            while (i < lim && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            count = keep(count, i - pos);
            if (i < lim) {
                skipLf = buf[i] == '\r';
                pos = i + 1;
                return done(count);
            }
            pos = lim;
        }
    }

    /** Stores the chunk buf[pos, pos + n) while the line is within the limit; returns the new count. */
    private long keep(long count, int n) {
        long total = count + n;
        if (total <= max) {
            if (len + n > line.length) {
                byte[] bigger = new byte[(int) Math.min(Math.max((long) line.length * 2, len + n), max)];
                System.arraycopy(line, 0, bigger, 0, len);
                line = bigger;
            }
            System.arraycopy(buf, pos, line, len, n);
            len += n;
        } else if (len > 0) {
            len = 0;
            line = new byte[1 << 10]; // let the long line's bytes go at once
        }
        return total;
    }

    private Line done(long count) {
        if (count > max) {
            return new Line(null, count);
        }
        String s = new String(line, 0, len, StandardCharsets.UTF_8);
        if (line.length > 1 << 20) {
            line = new byte[1 << 10]; // do not keep a big buffer for the short lines that follow
        }
        return new Line(s, count);
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }
}
