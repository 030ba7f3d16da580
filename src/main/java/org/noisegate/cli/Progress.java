package org.noisegate.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.noisegate.report.FileResult;

/**
 * A progress line on standard error for runs longer than a second, only on a terminal (see
 * {@link Main#main}: not in CI, not with {@code TERM=dumb}); never in pipes or logs.
 *
 * <p>The line lives in a {@link Line} that the run's standard output and standard error are
 * {@linkplain Line#guard guarded} by: whatever any command writes to either stream first erases the
 * progress line, so a report line never starts with it. The next file redraws it.
 */
class Progress {
    private static final Progress NONE = new Progress();

    private Progress() {
    }

    /** Progress for the run's streams: live when they belong to a terminal, else silent. */
    static Progress forTerminal(Main.Io io) {
        return io.status() == null ? NONE : new Live(io.status());
    }

    /** Called after each file's report has been written. */
    void file(FileResult r) {
    }

    /** Erases the line at the end of the run. */
    void done() {
    }

    /**
     * The status line of one terminal: drawn on the raw standard error, erased before any write to
     * a stream it guards. Thread-safe.
     */
    static final class Line {
        private static final byte[] ERASE = "\r\u001b[K".getBytes(StandardCharsets.US_ASCII);
        private final PrintStream terminal;
        private final LongSupplier clock;
        private final long delayNanos;
        private final long intervalNanos;
        private boolean shown;

        /**
         * @param terminal      the raw standard error the line is drawn on
         * @param clock         nanoseconds, {@link System#nanoTime} but in tests
         * @param delayNanos    nothing is drawn before the run is this old
         * @param intervalNanos the line is redrawn at most this often
         */
        Line(PrintStream terminal, LongSupplier clock, long delayNanos, long intervalNanos) {
            this.terminal = terminal;
            this.clock = clock;
            this.delayNanos = delayNanos;
            this.intervalNanos = intervalNanos;
        }

        static Line of(PrintStream terminal) {
            return new Line(terminal, System::nanoTime, 1_000_000_000L, 100_000_000L);
        }

        synchronized void draw(String text) {
            terminal.print("\r" + text + "\u001b[K");
            terminal.flush();
            shown = true;
        }

        /** Erases the line when it is shown. */
        synchronized void clear() {
            if (shown) {
                terminal.write(ERASE, 0, ERASE.length);
                terminal.flush();
                shown = false;
            }
        }

        synchronized boolean shown() {
            return shown;
        }

        /** A stream that erases the line before every write to {@code target}. */
        PrintStream guard(PrintStream target) {
            OutputStream clearing = new FilterOutputStream(target) {
                @Override
                public void write(int b) {
                    synchronized (Line.this) {
                        clear();
                        target.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (Line.this) {
                        clear();
                        target.write(b, off, len);
                    }
                }

                @Override
                public void flush() {
                    target.flush();
                }

                @Override
                public void close() throws IOException {
                    flush(); // standard streams stay open
                }
            };
            return new PrintStream(clearing, true, StandardCharsets.UTF_8);
        }
    }

    private static final class Live extends Progress {
        private final Line line;
        private final long start;
        private long last = Long.MIN_VALUE;
        private long files;
        private long chars;

        Live(Line line) {
            this.line = line;
            this.start = line.clock.getAsLong();
        }

        @Override
        void file(FileResult r) {
            files++;
            chars += r.text().length();
            long now = line.clock.getAsLong();
            if (now - start >= line.delayNanos && (last == Long.MIN_VALUE || now - last >= line.intervalNanos)) {
                last = now;
                double secs = Math.max(1e-9, (now - start) / 1e9);
                line.draw(String.format(Locale.ROOT, "  %,d files, %.1f M chars, %.0f files/s", files, chars / 1e6,
                        files / secs));
            }
        }

        @Override
        void done() {
            line.clear();
        }
    }
}
