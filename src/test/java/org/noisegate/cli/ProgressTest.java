package org.noisegate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line on a terminal: drawn while files are audited, never left in front of a report line. */
class ProgressTest {

    /** One terminal that standard output and standard error both write to, and a clock that runs fast. */
    private static final class FakeTerminal {
        final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        final PrintStream raw = new PrintStream(screen, true, StandardCharsets.UTF_8);
        final AtomicLong now = new AtomicLong();
        final Progress.Line line = new Progress.Line(raw, () -> now.addAndGet(2_000_000_000L), 0, 0);

        Main.Io io() {
            return Main.Io.terminal(new ByteArrayInputStream(new byte[0]), raw, raw, line);
        }

        String bytes() {
            return screen.toString(StandardCharsets.UTF_8);
        }

        /** The lines as a terminal shows them: \r returns to column 0, ESC[K erases to the end, colours dropped. */
        List<String> lines() {
            String s = bytes();
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            int col = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\u001b' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                    int j = i + 2;
                    while (j < s.length() && !Character.isLetter(s.charAt(j))) {
                        j++;
                    }
                    if (j < s.length() && s.charAt(j) == 'K') {
                        cur.setLength(Math.min(col, cur.length()));
                    }
                    i = j;
                } else if (c == '\r') {
                    col = 0;
                } else if (c == '\n') {
                    out.add(cur.toString());
                    cur.setLength(0);
                    col = 0;
                } else {
                    if (col < cur.length()) {
                        cur.setCharAt(col, c);
                    } else {
                        cur.append(c);
                    }
                    col++;
                }
            }
            if (cur.length() > 0) {
                out.add(cur.toString());
            }
            return out;
        }
    }

    @Test
    void theProgressLineIsErasedBeforeEveryReportLine() {
        FakeTerminal t = new FakeTerminal();
        int code = Main.run(t.io(), "audit", "seeds");
        assertEquals(0, code);
        assertTrue(t.bytes().contains("files/s"), "the progress line was drawn: " + t.bytes());
        List<String> lines = t.lines();
        assertTrue(lines.stream().anyMatch(l -> l.contains("5 files audited")), String.join("\n", lines));
        for (String l : lines) {
            assertFalse(l.contains("files/s"), "a report line shows the progress line: " + l);
        }
    }

    @Test
    void writesToStandardErrorEraseTheLineToo() {
        FakeTerminal t = new FakeTerminal();
        Main.Io io = t.io();
        Progress p = Progress.forTerminal(io);
        p.file(org.noisegate.report.FileResult.skipped("a.bin", "binary"));
        assertTrue(t.line.shown());
        io.err().println("noisegate: something to say");
        assertFalse(t.line.shown());
        p.file(org.noisegate.report.FileResult.skipped("b.bin", "binary"));
        io.out().print("x");
        io.out().println();
        p.done();
        assertEquals(List.of("noisegate: something to say", "x"), t.lines());
    }

    @Test
    void nothingIsDrawnOffATerminal() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err), "audit", "seeds");
        assertEquals(0, code);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }
}
