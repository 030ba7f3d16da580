package org.noisegate.report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;

/**
 * Markdown short enough for a pull-request comment: the summary, a table of the lowest-scoring
 * files, and the worst findings. Only small rows are kept in memory, and at most
 * {@value #MAX_FINDINGS} findings.
 */
public final class MarkdownReport implements ReportSink {
    static final int MAX_FILES = 25;
    static final int MAX_FINDINGS = 15;
    private final PrintWriter out;
    private final ReportOptions options;
    private final List<Row> rows = new ArrayList<>();
    private final List<FileResult> notAudited = new ArrayList<>();
    private final PriorityQueue<Worst> worst = new PriorityQueue<>(Worst.ORDER.reversed());
    private long sequence;

    private record Row(String path, String language, double score, String worstCategory, long errors, long warnings,
                       boolean fails) {
    }

    private record Worst(long seq, String path, double fileScore, Located located) {
        static final Comparator<Worst> ORDER = Comparator
                .comparing((Worst w) -> w.located().finding().severity(), Comparator.reverseOrder())
                .thenComparingDouble(Worst::fileScore)
                .thenComparingLong(Worst::seq);
    }

    public MarkdownReport(OutputStream out, ReportOptions options) {
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        this.options = options;
    }

    @Override
    public void file(FileResult r) {
        if (!r.audited()) {
            notAudited.add(r);
            return;
        }
        String worstCat = "";
        double min = 101;
        for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
            if (e.getValue() < min && e.getValue() < 100) {
                min = e.getValue();
                worstCat = e.getKey().key() + String.format(Locale.ROOT, " (%.1f)", e.getValue());
            }
        }
        rows.add(new Row(r.path(), r.language(), r.score(), worstCat, r.count(Severity.ERROR), r.count(Severity.WARNING),
                options.fails(r)));
        for (Located l : r.findings()) {
            if (l.finding().severity() == Severity.INFO) {
                continue;
            }
            worst.add(new Worst(sequence++, r.path(), r.score(), l));
            if (worst.size() > MAX_FINDINGS) {
                worst.poll();
            }
        }
    }

    @Override
    public void end(Summary s) {
        out.printf(Locale.ROOT, "## noisegate: %d file%s, mean score %s, lowest %s%n%n", s.files(),
                s.files() == 1 ? "" : "s", TextReport.fmt(s.meanScore()), TextReport.fmt(s.minScore()));
        out.printf(Locale.ROOT, "%d errors, %d warnings, %d info", s.findings(Severity.ERROR),
                s.findings(Severity.WARNING), s.findings(Severity.INFO));
        if (s.skipped() + s.failed() > 0) {
            out.printf(Locale.ROOT, "; %d skipped, %d could not be read", s.skipped(), s.failed());
        }
        out.printf("%n%n");
        if (!rows.isEmpty()) {
            rows.sort(Comparator.comparingDouble(Row::score).thenComparing(Row::path));
            out.println("| File | Language | Score | Worst category | Errors | Warnings |");
            out.println("| --- | --- | ---: | --- | ---: | ---: |");
            for (Row r : rows.subList(0, Math.min(MAX_FILES, rows.size()))) {
                out.printf(Locale.ROOT, "| %s | %s | %s%s | %s | %d | %d |%n", code(r.path()), r.language(),
                        r.fails() ? "❌ " : "", TextReport.fmt(r.score()), r.worstCategory(), r.errors(), r.warnings());
            }
            if (rows.size() > MAX_FILES) {
                out.printf(Locale.ROOT, "%n… and %d more files.%n", rows.size() - MAX_FILES);
            }
            out.println();
        }
        if (!worst.isEmpty()) {
            List<Worst> list = new ArrayList<>(worst);
            list.sort(Worst.ORDER);
            out.println("### Worst findings");
            out.println();
            out.println("| Where | Rule | Text | Message |");
            out.println("| --- | --- | --- | --- |");
            for (Worst w : list) {
                Located l = w.located();
                Finding f = l.finding();
                out.printf(Locale.ROOT, "| %s | %s %s | %s | %s |%n", code(w.path() + ":" + l.line() + ":" + l.column()),
                        f.severity().key(), code(f.ruleId()), code(TextReport.shown(f.text())), cell(f.message()));
            }
            out.println();
        }
        for (FileResult r : notAudited) {
            out.printf(Locale.ROOT, "- %s: %s%n", code(r.path()), cell(r.note()));
        }
        out.flush();
    }

    @Override
    public void close() {
        out.flush();
    }

    /** Inline code that survives backticks and pipes in the text. */
    static String code(String s) {
        String t = cell(s);
        String fence = t.contains("`") ? "`` " : "`";
        String close = t.contains("`") ? " ``" : "`";
        return fence + t + close;
    }

    /** A table cell: one line, pipes escaped. */
    static String cell(String s) {
        return s.replace("\r", "").replace("\n", " ⏎ ").replace("|", "\\|");
    }
}
