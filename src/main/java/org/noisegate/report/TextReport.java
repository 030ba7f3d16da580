package org.noisegate.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;

/**
 * The report for people: per file its score, its findings as {@code path:line:col: severity
 * rule message "text"}, what each rule took off, then a summary line.
 */
public final class TextReport implements ReportSink {
    private static final int MAX_SHOWN = 80;
    private final PrintWriter out;

    public TextReport(OutputStream stream) {
        this.out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    @Override
    public void file(FileResult r) {
        if (!r.audited()) {
            out.printf(Locale.ROOT, "%s: %s%n%n", r.path(), r.note());
            out.flush();
            return;
        }
        StringBuilder cats = new StringBuilder();
        for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
            cats.append(cats.length() == 0 ? "" : ", ").append(e.getKey().key()).append(' ')
                    .append(fmt(e.getValue()));
        }
        out.printf(Locale.ROOT, "%s  score %s  [%s]  language %s, script %s%n", r.path(), fmt(r.score()),
                cats, r.language(), r.script());
        for (Located l : r.findings()) {
            Finding f = l.finding();
            out.printf(Locale.ROOT, "%s:%d:%d: %s %s %s \"%s\"%s%n", r.path(), l.line(), l.column(),
                    f.severity().key(), f.ruleId(), f.message(), shown(f.text()),
                    f.suggestion() == null || f.suggestion().isEmpty() ? "" : " (" + f.suggestion() + ")");
        }
        if (!r.deductions().isEmpty()) {
            StringBuilder d = new StringBuilder();
            r.deductions().forEach((id, pts) -> d.append(d.length() == 0 ? "" : ", ").append(id).append(" -")
                    .append(fmt(pts)));
            out.printf(Locale.ROOT, "  score lost to: %s%n", d);
        }
        out.println();
        out.flush();
    }

    @Override
    public void end(Summary s) {
        out.printf(Locale.ROOT, "%d file%s audited, mean score %s, lowest %s; %d error%s, %d warning%s, %d info",
                s.files(), s.files() == 1 ? "" : "s", fmt(s.meanScore()), fmt(s.minScore()),
                s.findings(Severity.ERROR), s.findings(Severity.ERROR) == 1 ? "" : "s",
                s.findings(Severity.WARNING), s.findings(Severity.WARNING) == 1 ? "" : "s",
                s.findings(Severity.INFO));
        if (s.skipped() > 0) {
            out.printf(Locale.ROOT, "; %d skipped", s.skipped());
        }
        if (s.failed() > 0) {
            out.printf(Locale.ROOT, "; %d could not be read", s.failed());
        }
        out.println();
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    /** The finding's text on one line, shortened, with line breaks and controls made visible. */
    static String shown(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(MAX_SHOWN).forEach(cp -> {
            if (cp == '\n') {
                b.append("⏎");
            } else if (cp == '\r') {
                // dropped: part of a CRLF line ending
            } else if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT) {
                b.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_SHOWN) {
            b.append('…');
        }
        return b.toString();
    }
}
