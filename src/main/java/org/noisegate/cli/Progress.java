package org.noisegate.cli;

import java.util.Locale;
import org.noisegate.report.FileResult;

/**
 * A progress line on standard error for runs longer than a second, only when standard error is
 * a terminal and not in CI (the CI variable is unset); never in pipes or logs.
 */
class Progress {
    private static final Progress NONE = new Progress();

    private Progress() {
    }

    static Progress forTerminal(Main.Io io) {
        boolean terminal = io.err() == System.err && System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new Live(io) : NONE;
    }

    void file(FileResult r) {
    }

    void done() {
    }

    private static final class Live extends Progress {
        private final Main.Io io;
        private final long start = System.nanoTime();
        private long last;
        private long files;
        private long chars;
        private boolean shown;

        Live(Main.Io io) {
            this.io = io;
        }

        @Override
        void file(FileResult r) {
            files++;
            chars += r.text().length();
            long now = System.nanoTime();
            if (now - start > 1_000_000_000L && now - last > 100_000_000L) {
                last = now;
                double secs = (now - start) / 1e9;
                io.err().printf(Locale.ROOT, "\r  %,d files, %.1f M chars, %.0f files/s ", files, chars / 1e6,
                        files / secs);
                io.err().flush();
                shown = true;
            }
        }

        @Override
        void done() {
            if (shown) {
                io.err().print("\r\u001b[K");
                io.err().flush();
            }
        }
    }
}
