package org.noisegate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded line reader: the lines BufferedReader gives, without ever holding a line over the limit. */
class LineReaderTest {
    private static List<String> expected(byte[] bytes) throws IOException {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), dec));
        List<String> out = new ArrayList<>();
        for (String l = r.readLine(); l != null; l = r.readLine()) {
            out.add(l);
        }
        return out;
    }

    private static List<String> actual(InputStream in, long max) throws IOException {
        LineReader r = new LineReader(in, max);
        List<String> out = new ArrayList<>();
        for (LineReader.Line l = r.next(); l != null; l = r.next()) {
            out.add(l.tooLong() ? "<" + l.bytes() + " bytes>" : l.text());
        }
        return out;
    }

    @Test
    void sameLinesAsBufferedReaderOnRandomBytes() throws IOException {
        Random rnd = new Random(15);
        byte[] alphabet = "ab\n\r\r\n{}\"é€😀".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 500; round++) {
            byte[] b = new byte[rnd.nextInt(300_000)];
            for (int i = 0; i < b.length; i++) {
                b[i] = rnd.nextInt(4) == 0 ? (byte) rnd.nextInt(256) : alphabet[rnd.nextInt(alphabet.length)];
            }
            // read in odd chunk sizes, as a decompressor hands them on
            InputStream in = new ByteArrayInputStream(b) {
                @Override
                public synchronized int read(byte[] buf, int off, int len) {
                    return super.read(buf, off, Math.min(len, 1 + rnd.nextInt(70_000)));
                }
            };
            assertEquals(expected(b), actual(in, Long.MAX_VALUE >> 1), "round " + round);
        }
    }

    @Test
    void lineEnds() throws IOException {
        byte[] b = "a\r\nb\rc\n\nd".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("a", "b", "c", "", "d"), actual(new ByteArrayInputStream(b), 100));
        assertEquals(List.of(), actual(new ByteArrayInputStream(new byte[0]), 100));
        assertEquals(List.of("x"), actual(new ByteArrayInputStream("x\r\n".getBytes(StandardCharsets.UTF_8)), 100));
    }

    @Test
    void aLineOverTheLimitIsCountedNotKept() throws IOException {
        byte[] b = ("short\n" + "y".repeat(5000) + "\nafter\n" + "z".repeat(100) + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("short", "<5000 bytes>", "after", "z".repeat(100)), actual(new ByteArrayInputStream(b), 100));
        assertEquals(List.of("short", "<5000 bytes>", "after", "<100 bytes>"), actual(new ByteArrayInputStream(b), 99));
    }

    @Test
    void aStreamThatNeverEndsALineIsStreamedPast() throws IOException {
        long size = 3L << 30; // 3 GiB of zeros: more than a Java array holds
        InputStream zeros = new InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
        LineReader r = new LineReader(zeros, 1 << 20);
        LineReader.Line l = r.next();
        assertTrue(l.tooLong());
        assertEquals(size, l.bytes());
        assertNull(r.next());
    }
}
