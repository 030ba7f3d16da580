package org.noisegate.compare;

import com.ibm.icu.lang.UScript;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.StringEscapeUtils;
import org.noisegate.report.FileResult;
import org.noisegate.report.ReportSink;
import org.noisegate.report.RunInfo;
import org.noisegate.report.Summary;
import org.noisegate.text.Span;

/**
 * The HTML view of a comparison: the versions side by side, one column each, aligned by line
 * or paragraph (only the units where something disagrees when there are many), each
 * disagreeing value marked and linked to the values of the other versions it was compared
 * with, and back. One self-contained file: no script, no network; everything escaped.
 */
public final class SideBySideHtml implements ReportSink {
    /** Parallel comparisons with more units than this show only the units with findings. */
    static final int ALL_UNITS_UP_TO = 60;

    private final Writer out;
    private RunInfo run;
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<List<FileResult>> results = new ArrayList<>();

    public SideBySideHtml(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void start(RunInfo info) {
        this.run = info;
    }

    @Override
    public void file(FileResult result) {
        // the view needs whole comparisons: see comparison()
    }

    /** One set of versions and their results. */
    public void comparison(Comparison c, List<FileResult> r) {
        comparisons.add(c);
        results.add(List.copyOf(r));
    }

    @Override
    public void end(Summary summary) throws IOException {
        Writer w = out;
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"generator\" content=\"" + esc(run == null ? "noisegate" : run.toolName() + " " + run.toolVersion()) + "\">\n");
        w.write("<title>noisegate compare: " + comparisons.size() + " set" + (comparisons.size() == 1 ? "" : "s")
                + " of versions</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n");
        w.write("<h1>noisegate compare</h1>\n<p class=\"sum\">" + summary.files() + " versions in " + comparisons.size()
                + " set" + (comparisons.size() == 1 ? "" : "s") + "; " + summary.findings(org.noisegate.rule.Severity.ERROR)
                + " errors, " + summary.findings(org.noisegate.rule.Severity.WARNING) + " warnings, "
                + summary.findings(org.noisegate.rule.Severity.INFO) + " notes</p>\n");
        for (int s = 0; s < comparisons.size(); s++) {
            set(w, s, comparisons.get(s), results.get(s));
        }
        w.write("</main>\n</body>\n</html>\n");
        w.flush();
    }

    private void set(Writer w, int s, Comparison c, List<FileResult> r) throws IOException {
        List<Version> vs = c.versions();
        List<Disagreement> ds = c.disagreements();
        // marks per version: span -> classes, id and link
        List<TreeMap<Integer, List<Mark>>> marks = new ArrayList<>();
        for (int v = 0; v < vs.size(); v++) {
            marks.add(new TreeMap<>());
        }
        TreeSet<Integer> flagged = new TreeSet<>();
        for (int k = 0; k < ds.size(); k++) {
            Disagreement d = ds.get(k);
            flagged.add(d.unit());
            String id = "s" + s + "d" + k;
            String first = d.evidence().isEmpty() ? null : id + "e0";
            marks.get(d.version()).computeIfAbsent(d.span().start(), x -> new ArrayList<>())
                    .add(new Mark(d.span(), "finding sev-" + d.severity().key(), id, first == null ? null : "#" + first,
                            d.ruleId() + ": " + d.message()));
            for (int e = 0; e < d.evidence().size(); e++) {
                Disagreement.Evidence ev = d.evidence().get(e);
                marks.get(ev.version()).computeIfAbsent(ev.span().start(), x -> new ArrayList<>())
                        .add(new Mark(ev.span(), "evidence", id + "e" + e, "#" + id,
                                "compared with " + vs.get(d.version()).path() + ": " + d.text()));
            }
        }
        w.write("<section class=\"set\" id=\"set" + s + "\">\n<h2>Set " + (s + 1) + ": " + vs.size() + " versions, aligned by "
                + c.mode().key() + " (" + c.units() + " unit" + (c.units() == 1 ? "" : "s") + ")</h2>\n");
        w.write("<table class=\"versions\">\n<thead><tr><th class=\"unit\">#</th>");
        for (int v = 0; v < vs.size(); v++) {
            FileResult fr = r.get(v);
            w.write("<th><div class=\"path\">" + esc(vs.get(v).path()) + "</div><div class=\"meta\">" + esc(vs.get(v).language())
                    + " · consistency " + esc(String.format(Locale.ROOT, "%.1f", fr.categories()
                    .getOrDefault(org.noisegate.rule.Category.CONSISTENCY, 100.0))) + " · " + c.of(v).size()
                    + " finding" + (c.of(v).size() == 1 ? "" : "s") + "</div></th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        Align.Units units = c.mode().split(vs);
        boolean onlyFlagged = c.mode() != Align.DOCUMENT && c.units() > ALL_UNITS_UP_TO;
        for (int u = 0; u < units.units().size(); u++) {
            if (onlyFlagged && !flagged.contains(u)) {
                continue;
            }
            w.write("<tr><td class=\"unit\">" + (u + 1) + "</td>");
            for (int v = 0; v < vs.size(); v++) {
                Span span = units.units().get(u)[v];
                String text = vs.get(v).text();
                boolean rtl = isRtl(vs.get(v).script());
                w.write("<td dir=\"" + (rtl ? "rtl" : "ltr") + "\" lang=\"" + esc(vs.get(v).language()) + "\">");
                w.write(marked(text, span, marks.get(v)));
                w.write("</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
        if (onlyFlagged) {
            w.write("<p class=\"note\">Showing the " + flagged.size() + " of " + c.units() + " units where a version disagrees.</p>\n");
        }
        w.write("<ol class=\"findings\">\n");
        for (int k = 0; k < ds.size(); k++) {
            Disagreement d = ds.get(k);
            w.write("<li class=\"sev-" + d.severity().key() + "\"><a href=\"#s" + s + "d" + k + "\">" + esc(vs.get(d.version()).path())
                    + "</a> <code>" + esc(d.ruleId()) + "</code> " + esc(d.message()) + "</li>\n");
        }
        w.write("</ol>\n</section>\n");
    }

    private record Mark(Span span, String cls, String id, String href, String title) {
    }

    /** The text of the span with its marks; a mark that overlaps one already open is left out. */
    static String marked(String text, Span span, TreeMap<Integer, List<Mark>> marks) {
        StringBuilder b = new StringBuilder();
        int pos = span.start();
        for (var e : marks.subMap(span.start(), true, span.end(), false).entrySet()) {
            if (e.getKey() < pos) {
                continue;
            }
            Mark m = e.getValue().get(0);
            for (Mark x : e.getValue()) {
                if (x.cls().startsWith("finding")) {
                    m = x; // a finding wins over evidence at the same place
                }
            }
            int end = Math.min(m.span().end(), span.end());
            b.append(esc(text.substring(pos, e.getKey())));
            b.append("<mark class=\"").append(m.cls()).append("\" id=\"").append(m.id()).append("\" title=\"")
                    .append(esc(m.title())).append("\">");
            String inner = esc(text.substring(e.getKey(), end));
            if (m.href() != null) {
                b.append("<a href=\"").append(m.href()).append("\">").append(inner).append("</a>");
            } else {
                b.append(inner);
            }
            b.append("</mark>");
            pos = end;
        }
        b.append(esc(text.substring(pos, span.end())));
        return b.toString();
    }

    private static boolean isRtl(int script) {
        return script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC || script == UScript.THAANA
                || script == UScript.NKO;
    }

    static String esc(String s) {
        return StringEscapeUtils.escapeHtml4(s).replace("'", "&#39;");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static final String CSS = """
            body { font: 14px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
            main { padding: 1rem 1.5rem; }
            table.versions { border-collapse: collapse; width: 100%; table-layout: fixed; }
            table.versions th, table.versions td { border: 1px solid #ddd; padding: .4rem .5rem; vertical-align: top;
              white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; }
            th.unit, td.unit { width: 3rem; color: #888; text-align: right; }
            th .path { font-weight: 600; } th .meta { font-weight: 400; color: #666; font-size: 12px; }
            mark.finding { background: #ffe08a; outline: 2px solid #c58a00; }
            mark.finding.sev-error { background: #ffc2c2; outline-color: #b4233f; }
            mark.finding.sev-info { background: #e6e6e6; outline-color: #999; }
            mark.evidence { background: #c9f0d2; }
            mark:target { box-shadow: 0 0 0 3px #2f5fb3; }
            mark a { color: inherit; text-decoration: none; }
            ol.findings li.sev-error { color: #b4233f; } ol.findings li.sev-info { color: #666; }
            .note, .sum { color: #555; }
            """;
}
