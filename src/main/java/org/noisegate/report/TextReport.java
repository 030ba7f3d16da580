package org.noisegate.report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;

/**
 * The console report, for people: per file its score and its findings as {@code path:line:col:
 * severity rule message "text"} with the line shown in context (the offending text between
 * {@value #OPEN} and {@value #CLOSE}, brackets that mojibake does not produce, unlike «»; or
 * highlighted in colour on a terminal), what each rule took off; then a table of the files, worst
 * first (unreadable files, then audited files by score, then skipped ones; path, language, score,
 * worst category, findings, the rules that took most), and a one-line summary. {@code quiet}
 * prints only the failing files and the summary.
 */
public final class TextReport implements ReportSink {
    private static final int MAX_SHOWN = 80;
    private static final int CONTEXT = 40;
    private static final int MAX_TABLE = 200;
    private static final int TOP_RULES = 3;
    /** Marks of the offending text in the context line when there is no colour. */
    public static final String OPEN = "⟦";
    public static final String CLOSE = "⟧";
    private final PrintWriter out;
    private final ReportOptions options;
    /** The worst rows seen so far, the best of them first, so that it is dropped when the table is full. */
    private final java.util.PriorityQueue<Row> table = new java.util.PriorityQueue<>(Row.WORST_FIRST.reversed());
    private int rowsLeftOut;
    private long arrived;

    /** A line of the table and where it sorts: unreadable files, then by score, then skipped files. */
    private record Row(int rank, double score, String path, long order, String[] cells) {
        static final java.util.Comparator<Row> WORST_FIRST = java.util.Comparator.comparingInt(Row::rank)
                .thenComparingDouble(Row::score).thenComparingLong(Row::order);
    }

    public TextReport(OutputStream stream) {
        this(stream, ReportOptions.DEFAULT);
    }

    public TextReport(OutputStream stream, ReportOptions options) {
        this.out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
        this.options = options;
    }

    private String paint(String code, String s) {
        return options.color() ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }

    private String severity(Severity s) {
        return switch (s) {
            case ERROR -> paint("1;31", "error");
            case WARNING -> paint("33", "warning");
            case INFO -> paint("36", "info");
        };
    }

    private String score(double v) {
        String s = fmt(v);
        return v >= 90 ? paint("32", s) : v >= 70 ? paint("33", s) : paint("31", s);
    }

    @Override
    public void file(FileResult r) {
        if (!r.audited()) {
            if (!options.quiet() || r.status() == FileResult.Status.FAILED) {
                out.printf(Locale.ROOT, "%s: %s%n%n", r.path(), r.note());
            }
            addRow(r, r.path(), "-", "-", r.status().name().toLowerCase(Locale.ROOT), "", "");
            out.flush();
            return;
        }
        String worst = worstCategory(r);
        long serious = r.count(Severity.ERROR) + r.count(Severity.WARNING);
        addRow(r, r.path(), r.language(), score(r.score()), worst, serious + (r.count(Severity.INFO) > 0
                ? " (+" + r.count(Severity.INFO) + " info)" : ""), topRules(r));
        if (options.quiet()) {
            if (options.fails(r)) {
                out.printf(Locale.ROOT, "%s: %s (%s)%n", r.path(), paint("1;31", "FAILED"), options.why(r));
                out.flush();
            }
            return;
        }
        StringBuilder cats = new StringBuilder();
        for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
            cats.append(cats.length() == 0 ? "" : ", ").append(e.getKey().key()).append(' ').append(fmt(e.getValue()));
        }
        out.printf(Locale.ROOT, "%s  score %s  [%s]  language %s, script %s%n", paint("1", r.path()), score(r.score()),
                cats, r.language(), r.script());
        for (Located l : r.findings()) {
            Finding f = l.finding();
            out.printf(Locale.ROOT, "%s:%d:%d: %s %s %s \"%s\"%s%n", r.path(), l.line(), l.column(),
                    severity(f.severity()), f.ruleId(), f.message(), shown(f.text()),
                    f.suggestion() == null || f.suggestion().isEmpty() ? "" : " (" + f.suggestion() + ")");
            out.printf(Locale.ROOT, "    %s%n", context(r.text(), f));
        }
        if (!r.deductions().isEmpty()) {
            StringBuilder d = new StringBuilder();
            r.deductions().forEach((id, pts) -> d.append(d.length() == 0 ? "" : ", ").append(id).append(" -")
                    .append(fmt(pts)));
            out.printf(Locale.ROOT, "  score lost to: %s%n", d);
        }
        for (org.noisegate.rule.RuleFailure f : r.failedRules()) {
            out.printf(Locale.ROOT, "  %s rule %s failed: %s%n", paint("33", "warning:"), f.ruleId(), f.reason());
        }
        out.println();
        out.flush();
    }

    private void addRow(FileResult r, String... cells) {
        int rank = r.status() == FileResult.Status.FAILED ? 0 : r.audited() ? 1 : 2;
        table.add(new Row(rank, r.audited() ? r.score() : 0, r.path(), arrived++, cells));
        if (table.size() > MAX_TABLE) {
            table.poll();
            rowsLeftOut++;
        }
    }

    /** The rules that took most points off, largest first: "mangled.wedged-latin -18.1, …". */
    static String topRules(FileResult r) {
        StringBuilder b = new StringBuilder();
        r.deductions().entrySet().stream().limit(TOP_RULES).forEach(e -> b.append(b.length() == 0 ? "" : ", ")
                .append(e.getKey()).append(" -").append(fmt(e.getValue())));
        if (r.deductions().size() > TOP_RULES) {
            b.append(", …");
        }
        return b.toString();
    }

    private static String worstCategory(FileResult r) {
        String worst = "-";
        double min = 100;
        for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
            if (e.getValue() < min) {
                min = e.getValue();
                worst = e.getKey().key() + " " + fmt(e.getValue());
            }
        }
        return worst;
    }

    /** The finding's line around it, the finding between ⟦⟧ (or highlighted). */
    private String context(String text, Finding f) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int a = f.span().start();
        int b = f.span().end();
        int ls = text.lastIndexOf('\n', Math.max(0, a - 1)) + 1;
        if (a == 0) {
            ls = 0;
        }
        int le = text.indexOf('\n', b);
        le = le < 0 ? text.length() : le;
        int from = Math.max(ls, back(text, a, CONTEXT));
        int to = Math.min(le, forward(text, b, CONTEXT));
        String before = shown(text.substring(from, a));
        String mid = shown(text.substring(a, b));
        String after = shown(text.substring(b, to));
        String open = options.color() ? "\u001b[4;1m" : OPEN;
        String close = options.color() ? "\u001b[0m" : CLOSE;
        return (from > ls ? "…" : "") + before + open + mid + close + after + (to < le ? "…" : "");
    }

    private static int back(String t, int i, int cps) {
        for (int k = 0; k < cps && i > 0; k++) {
            i -= Character.charCount(t.codePointBefore(i));
        }
        return i;
    }

    private static int forward(String t, int i, int cps) {
        for (int k = 0; k < cps && i < t.length(); k++) {
            i += Character.charCount(t.codePointAt(i));
        }
        return i;
    }

    @Override
    public void end(Summary s) {
        if (!options.quiet() && !table.isEmpty()) {
            String[] head = {"file", "language", "score", "worst category", "findings", "top rules"};
            int n = head.length;
            int[] w = new int[n];
            List<String[]> all = new ArrayList<>();
            all.add(head);
            table.stream().sorted(Row.WORST_FIRST).forEach(row -> all.add(row.cells()));
            for (String[] row : all) {
                for (int i = 0; i < n; i++) {
                    w[i] = Math.max(w[i], visible(row[i]));
                }
            }
            out.println(rowsLeftOut > 0 ? "Files, worst first (the " + table.size() + " lowest scores):"
                    : "Files, worst first:");
            for (String[] row : all) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    b.append(row[i]).append(" ".repeat(w[i] - visible(row[i]) + 2));
                }
                out.println(b.toString().stripTrailing());
            }
            if (rowsLeftOut > 0) {
                out.printf(Locale.ROOT, "… and %d more files, none scoring lower%n", rowsLeftOut);
            }
            out.println();
        }
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

    /** Width on screen: code points, not counting colour codes. */
    private static int visible(String s) {
        String plain = s.replaceAll("\u001b\\[[0-9;]*m", "");
        return plain.codePointCount(0, plain.length());
    }

    @Override
    public void close() {
        out.flush();
    }

    /** A score as reports print it: one decimal, "-" when there is none. */
    static String fmt(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    /** Text on one line, shortened, with line breaks and controls made visible. */
    static String shown(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(MAX_SHOWN).forEach(cp -> {
            if (cp == '\n') {
                b.append("⏎");
            } else if (cp == '\r') {
                // part of a CRLF line ending
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
