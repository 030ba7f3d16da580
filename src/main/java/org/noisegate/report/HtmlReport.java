package org.noisegate.report;

import com.ibm.icu.lang.UScript;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;

/**
 * One self-contained HTML page (inline CSS and JavaScript, no network): a corpus overview, then
 * per file its scores and its text with every finding highlighted.
 *
 * <p>Streaming: each file's section goes to a temporary file as it comes; only one small row per
 * file stays in memory. {@link #end} writes the head and overview, then copies the sections.
 * Everything taken from the input is escaped (only {@code & < > " '}: other characters stay as
 * they are). The output is deterministic.
 */
public final class HtmlReport implements ReportSink {
    static final String CSS = resource("report.css");
    static final String JS = resource("report.js");
    private static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    private final Writer out;
    private final List<Row> rows = new ArrayList<>();
    private final Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
    private final Map<String, long[]> byRule = new TreeMap<>();  // rule id -> {findings, files}
    private final Set<Integer> scriptsShown = new java.util.TreeSet<>();
    private RunInfo run = new RunInfo("noisegate", "dev", List.of());
    private Path sectionFile;
    private Writer sections;

    /** The overview's line for one file. */
    private record Row(int index, FileResult.Status status, String path, String note, String language,
                       String script, double score, long errors, long warnings, long infos, String topRules) {
        long findings() {
            return errors + warnings + infos;
        }
    }

    /** A stretch {@code [start, end)} of the text (UTF-16) and the findings (indices) covering it. */
    record Piece(int start, int end, List<Integer> findings) {
    }

    public HtmlReport(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Category c : Category.values()) {
            byCategory.put(c, new long[Severity.values().length]);
        }
    }

    @Override
    public void start(RunInfo info) {
        this.run = info;
    }

    @Override
    public void file(FileResult r) throws IOException {
        int index = rows.size();
        rows.add(new Row(index, r.status(), r.path(), r.note(), r.language(), r.script(), r.score(),
                r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.INFO), TextReport.topRules(r)));
        scripts(r.path());
        if (!r.audited()) {
            return;
        }
        scripts(r.text());
        Set<String> rulesSeen = new LinkedHashSet<>();
        for (Located l : r.findings()) {
            Finding f = l.finding();
            byCategory.get(f.category())[f.severity().ordinal()]++;
            byRule.computeIfAbsent(f.ruleId(), k -> new long[2])[0]++;
            rulesSeen.add(f.ruleId());
        }
        rulesSeen.forEach(id -> byRule.get(id)[1]++);
        if (sections == null) {
            sectionFile = Files.createTempFile("noisegate-report-", ".html.part");
            sections = Files.newBufferedWriter(sectionFile, StandardCharsets.UTF_8);
        }
        writeSection(sections, index, r);
    }

    @Override
    public void end(Summary s) throws IOException {
        Writer w = out;
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + sha256(JS) + "'\">\n");
        w.write("<meta name=\"generator\" content=\"" + esc(run.toolName() + " " + run.toolVersion()) + "\">\n");
        w.write("<title>" + esc(run.toolName()) + " report: " + plural(s.files(), "file") + " audited</title>\n");
        w.write("<style>\n" + CSS + fonts() + "</style>\n</head>\n<body>\n");
        writeTop(w, s);
        writeFilters(w);
        w.write("<main>\n<div class=\"overview\">\n<div>\n");
        writeFileTable(w);
        writeRuleTable(w);
        w.write("</div>\n<div>\n");
        writeHistogram(w);
        writeCategoryTable(w);
        writeNotAudited(w);
        w.write("</div>\n</div>\n");
        if (sections != null) {
            sections.flush();
            try (Reader in = Files.newBufferedReader(sectionFile, StandardCharsets.UTF_8)) {
                in.transferTo(w);
            }
        }
        w.write("<footer>" + esc(run.toolName() + " " + run.toolVersion()) + "</footer>\n</main>\n");
        w.write("<script>" + JS + "</script>\n</body>\n</html>\n");
        w.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            out.flush();
            if (sections != null) {
                sections.close();
            }
        } finally {
            if (sectionFile != null) {
                Files.deleteIfExists(sectionFile);
            }
        }
    }

    // ---- overview ----

    private void writeTop(Writer w, Summary s) throws IOException {
        w.write("<header class=\"top\"><div>\n<h1>Text audit report</h1>\n<div class=\"tool\">"
                + esc(run.toolName()) + " " + esc(run.toolVersion()) + "</div>\n<ul class=\"stats\">\n");
        stat(w, Integer.toString(s.files()), s.files() == 1 ? "file audited" : "files audited");
        stat(w, TextReport.fmt(s.meanScore()), "mean score");
        stat(w, TextReport.fmt(s.minScore()), "lowest score");
        for (Severity sev : SEVERITIES) {
            stat(w, Long.toString(s.findings(sev)), sev == Severity.INFO ? "info" : sev.key() + "s");
        }
        if (s.skipped() > 0) {
            stat(w, Integer.toString(s.skipped()), "skipped");
        }
        if (s.failed() > 0) {
            stat(w, Integer.toString(s.failed()), "could not be read");
        }
        w.write("</ul>\n</div></header>\n");
    }

    private static void stat(Writer w, String value, String label) throws IOException {
        w.write("<li><b>" + esc(value) + "</b><span>" + esc(label) + "</span></li>\n");
    }

    /** The audit's categories, and consistency when a comparison found something. */
    private List<Category> shownCategories() {
        List<Category> shown = new ArrayList<>(Category.audit());
        for (Category c : Category.values()) {
            if (!shown.contains(c) && total(byCategory.get(c)) > 0) {
                shown.add(c);
            }
        }
        return shown;
    }

    private void writeFilters(Writer w) throws IOException {
        w.write("<nav class=\"filters\" aria-label=\"Filters\">\n<fieldset><legend>Categories</legend>\n");
        for (Category c : shownCategories()) {
            long n = total(byCategory.get(c));
            w.write("<label><input type=\"checkbox\" data-filter=\"category\" value=\"" + c.key()
                    + "\" checked><span class=\"swatch cat-" + c.key() + "\"></span>" + c.key()
                    + " <span class=\"counts\">" + n + "</span></label>\n");
        }
        w.write("</fieldset>\n<fieldset><legend>Severities</legend>\n");
        for (Severity sev : SEVERITIES) {
            w.write("<label><input type=\"checkbox\" data-filter=\"severity\" value=\"" + sev.key()
                    + "\" checked><span class=\"sev-dot " + sev.key() + "\"></span>" + sev.key() + "</label>\n");
        }
        w.write("</fieldset>\n</nav>\n");
    }

    private void writeFileTable(Writer w) throws IOException {
        w.write("<section class=\"panel\"><h3>Files, worst first</h3>\n<table class=\"files\">\n<thead><tr>"
                + "<th data-type=\"text\">File</th><th data-type=\"text\">Language</th>"
                + "<th data-type=\"number\">Score</th><th data-type=\"number\" class=\"num\">Findings</th>"
                + "<th data-type=\"text\">Top rules</th></tr></thead>\n<tbody>\n");
        List<Row> worstFirst = new ArrayList<>(rows);
        worstFirst.sort(Comparator.comparingDouble(Row::score).thenComparingInt(Row::index));
        for (Row r : worstFirst) {
            if (r.status() != FileResult.Status.AUDITED) {
                continue;
            }
            w.write("<tr><td class=\"path\" data-sort=\"" + esc(r.path()) + "\"><a href=\"#f" + r.index() + "\">"
                    + esc(r.path()) + "</a></td><td data-sort=\"" + esc(r.language()) + "\">" + esc(r.language())
                    + " <span class=\"counts\">" + esc(r.script()) + "</span></td><td data-sort=\"" + TextReport.fmt(r.score())
                    + "\"><div class=\"bar\"><span class=\"track\"><span class=\"fill\" style=\"width:"
                    + TextReport.fmt(r.score()) + "%;background:" + scoreColour(r.score()) + "\"></span></span><b>"
                    + TextReport.fmt(r.score()) + "</b></div></td><td class=\"num\" data-sort=\"" + r.findings() + "\">"
                    + r.findings() + "<div class=\"counts\"><span class=\"e\">" + r.errors() + " err</span> · <span class=\"w\">"
                    + r.warnings() + " warn</span> · " + r.infos() + " info</div></td><td class=\"rule\" data-sort=\""
                    + esc(r.topRules()) + "\">" + esc(r.topRules()) + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private void writeNotAudited(Writer w) throws IOException {
        List<Row> rest = rows.stream().filter(r -> r.status() != FileResult.Status.AUDITED).toList();
        if (rest.isEmpty()) {
            return;
        }
        w.write("<section class=\"panel\"><h3>Not audited</h3>\n<ul class=\"notes\">\n");
        for (Row r : rest) {
            w.write("<li class=\"" + r.status().name().toLowerCase(Locale.ROOT) + "\"><b>" + esc(r.path())
                    + "</b> <span class=\"note\">" + esc(r.note()) + "</span></li>\n");
        }
        w.write("</ul>\n</section>\n");
    }

    /** Scores in ten bins of ten points (100 falls in the last one), as an inline SVG bar chart. */
    private void writeHistogram(Writer w) throws IOException {
        int[] bins = new int[10];
        rows.stream().filter(r -> r.status() == FileResult.Status.AUDITED)
                .forEach(r -> bins[Math.max(0, Math.min(9, (int) Math.floor(r.score() / 10)))]++);
        int max = Math.max(1, Arrays.stream(bins).max().orElse(0));
        StringBuilder b = new StringBuilder("<section class=\"panel hist\"><h3>Scores</h3>\n"
                + "<svg viewBox=\"0 0 300 140\" role=\"img\" aria-label=\"Histogram of file scores\">\n"
                + "<line x1=\"8\" y1=\"116\" x2=\"292\" y2=\"116\" stroke=\"#d1d9e0\"/>\n");
        for (int i = 0; i < 10; i++) {
            double x = 10 + i * 28;
            double h = 96.0 * bins[i] / max;
            b.append(String.format(Locale.ROOT, "<g><title>%d–%d: %s</title>"
                            + "<rect x=\"%.1f\" y=\"%.1f\" width=\"24\" height=\"%.1f\" rx=\"2\" fill=\"%s\"/>"
                            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>"
                            + "<text x=\"%.1f\" y=\"130\" text-anchor=\"middle\">%d</text></g>\n",
                    i * 10, i * 10 + 10, plural(bins[i], "file"), x, 116 - h, h, scoreColour(i * 10 + 5),
                    x + 12, 112 - h, bins[i] == 0 ? "" : Integer.toString(bins[i]), x + 12, i * 10));
        }
        b.append("</svg>\n</section>\n");
        w.write(b.toString());
    }

    private void writeCategoryTable(Writer w) throws IOException {
        w.write("<section class=\"panel\"><h3>Findings by category</h3>\n<table>\n<thead><tr><th>Category</th>"
                + "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Info</th></tr></thead>\n<tbody>\n");
        for (Category c : shownCategories()) {
            long[] n = byCategory.get(c);
            w.write("<tr><td><span class=\"swatch cat-" + c.key() + "\"></span> " + c.key() + "</td><td class=\"num\">"
                    + n[Severity.ERROR.ordinal()] + "</td><td class=\"num\">" + n[Severity.WARNING.ordinal()]
                    + "</td><td class=\"num\">" + n[Severity.INFO.ordinal()] + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private void writeRuleTable(Writer w) throws IOException {
        w.write("<section class=\"panel\"><h3>Findings by rule</h3>\n<table>\n<thead><tr>"
                + "<th data-type=\"text\">Rule</th><th data-type=\"number\" class=\"num\">Findings</th>"
                + "<th data-type=\"number\" class=\"num\">Files</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, long[]> e : byRule.entrySet()) {
            w.write("<tr><td class=\"rule\" data-sort=\"" + esc(e.getKey()) + "\">" + esc(e.getKey())
                    + "</td><td class=\"num\" data-sort=\"" + e.getValue()[0] + "\">" + e.getValue()[0]
                    + "</td><td class=\"num\" data-sort=\"" + e.getValue()[1] + "\">" + e.getValue()[1] + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    // ---- per file ----

    private static void writeSection(Writer w, int index, FileResult r) throws IOException {
        String id = "f" + index;
        w.write("<section class=\"file\" id=\"" + id + "\">\n<header>\n<div class=\"title\"><h2><a href=\"#" + id
                + "\">" + esc(r.path()) + "</a></h2><span class=\"badge\" style=\"background:" + scoreColour(r.score())
                + "\">" + TextReport.fmt(r.score()) + "</span></div>\n<ul class=\"meta\"><li>language <b>" + esc(r.language())
                + "</b></li><li>script <b>" + esc(r.script()) + "</b></li>");
        for (Map.Entry<Category, Double> e : r.categories().entrySet()) {
            w.write("<li class=\"chip cat-" + e.getKey().key() + "\">" + e.getKey().key() + " <b>" + TextReport.fmt(e.getValue())
                    + "</b></li>");
        }
        w.write("</ul>\n");
        if (!r.deductions().isEmpty()) {
            w.write("<p class=\"lost\">score lost to: ");
            String sep = "";
            for (Map.Entry<String, Double> e : r.deductions().entrySet()) {
                w.write(sep + "<span>" + esc(e.getKey()) + " -" + TextReport.fmt(e.getValue()) + "</span>");
                sep = ", ";
            }
            w.write("</p>\n");
        }
        w.write("</header>\n");
        writeText(w, index, r);
        List<Located> fs = r.findings();
        if (fs.isEmpty()) {
            w.write("<p class=\"clean\">No findings.</p>\n</section>\n");
            return;
        }
        w.write("<details open><summary>" + plural(fs.size(), "finding") + "</summary>\n<table class=\"findings\">\n"
                + "<thead><tr><th>Line</th><th>Severity</th><th>Rule</th><th>Message</th><th>Text</th>"
                + "<th>Suggestion</th></tr></thead>\n<tbody>\n");
        for (int k = 0; k < fs.size(); k++) {
            Located l = fs.get(k);
            Finding f = l.finding();
            w.write("<tr data-id=\"" + index + "-" + k + "\" data-rule=\"" + esc(f.ruleId()) + "\" data-category=\""
                    + f.category().key() + "\" data-severity=\"" + f.severity().key() + "\"><td class=\"loc\">"
                    + l.line() + ":" + l.column() + "</td><td><span class=\"sev " + f.severity().key() + "\">"
                    + f.severity().key() + "</span></td><td class=\"rule\">" + esc(f.ruleId()) + "</td><td class=\"msg\">"
                    + esc(f.message()) + "</td><td class=\"snip\" dir=\"auto\">" + esc(TextReport.shown(f.text()))
                    + "</td><td class=\"sug\">" + esc(orEmpty(f.suggestion())) + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n</details>\n</section>\n");
    }

    /** The text with each piece covered by findings in a {@code <mark>}: marks never nest or overlap. */
    private static void writeText(Writer w, int index, FileResult r) throws IOException {
        String text = r.text();
        w.write("<div class=\"text script-" + scriptClass(r.script()) + "\" dir=\"" + (rightToLeft(r.script()) ? "rtl" : "ltr")
                + "\" lang=\""
                + esc(r.language()) + "\">");
        int pos = 0;
        for (Piece p : pieces(text, r.findings())) {
            writeRaw(w, text, pos, p.start());
            List<Finding> fs = p.findings().stream().map(k -> r.findings().get(k).finding()).toList();
            Set<String> classes = new LinkedHashSet<>();
            fs.stream().map(f -> f.category()).sorted().forEach(c -> classes.add("cat-" + c.key()));
            fs.stream().map(f -> f.severity()).sorted().forEach(s -> classes.add("sev-" + s.key()));
            if (fs.size() > 1) {
                classes.add("multi");
            }
            if (invisible(text, p.start(), p.end())) {
                classes.add("point");
            }
            w.write("<mark class=\"" + String.join(" ", classes) + "\" data-f=\""
                    + p.findings().stream().map(k -> index + "-" + k).collect(Collectors.joining(" "))
                    + "\" data-rule=\"" + esc(fs.stream().map(Finding::ruleId).distinct().collect(Collectors.joining(" ")))
                    + "\" data-category=\"" + fs.stream().map(f -> f.category().key()).distinct().collect(Collectors.joining(" "))
                    + "\" data-severity=\"" + fs.stream().map(Finding::severity).max(Comparator.naturalOrder())
                            .orElseThrow().key()
                    + "\" title=\"" + esc(fs.stream().map(HtmlReport::title).collect(Collectors.joining("\n"))) + "\">");
            writeRaw(w, text, p.start(), p.end());
            w.write("</mark>");
            pos = p.end();
        }
        writeRaw(w, text, pos, text.length());
        w.write("</div>\n");
    }

    /**
     * Splits the text at every finding's start and end. Each piece lists the findings covering it
     * (in order); an empty finding is a piece of its own, before the piece starting where it is.
     */
    static List<Piece> pieces(String text, List<Located> findings) {
        int n = text.length();
        record Bounds(int k, int start, int end) {
        }
        List<Bounds> spans = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int k = 0; k < findings.size(); k++) {
            int s = Math.min(Math.max(0, findings.get(k).finding().span().start()), n);
            int e = Math.min(Math.max(s, findings.get(k).finding().span().end()), n);
            spans.add(new Bounds(k, s, e));
            cuts.add(s);
            cuts.add(e);
        }
        spans.sort(Comparator.comparingInt(Bounds::start).thenComparingInt(Bounds::k));
        List<Piece> pieces = new ArrayList<>();
        List<Bounds> active = new ArrayList<>();
        int next = 0;
        for (int cut : cuts) {
            active.removeIf(b -> b.end() <= cut);
            for (; next < spans.size() && spans.get(next).start() == cut; next++) {
                Bounds b = spans.get(next);
                if (b.end() == b.start()) {
                    pieces.add(new Piece(cut, cut, List.of(b.k())));
                } else {
                    active.add(b);
                }
            }
            Integer following = cuts.higher(cut);
            if (!active.isEmpty() && following != null) {
                pieces.add(new Piece(cut, following, active.stream().map(Bounds::k).sorted().toList()));
            }
        }
        return pieces;
    }

    private static String title(Finding f) {
        String s = f.ruleId() + " — " + f.message();
        return f.suggestion() == null || f.suggestion().isEmpty() ? s : s + " — " + f.suggestion();
    }

    /** Writes text[from, to) escaped; controls that would be invisible or reorder the text show as U+XXXX. */
    private static void writeRaw(Writer w, String text, int from, int to) throws IOException {
        StringBuilder b = new StringBuilder(to - from + 16);
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int len = Math.min(Character.charCount(cp), to - i);
            if (shownAsCode(cp)) {
                b.append(String.format(Locale.ROOT, "<span class=\"cp\">U+%04X</span>", cp));
            } else {
                appendEscaped(b, text, i, i + len);
            }
            i += len;
        }
        w.write(b.toString());
    }

    /** Control characters (but tab and line breaks) and bidi embeddings, overrides and isolates. */
    private static boolean shownAsCode(int cp) {
        return Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r'
                || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0xFEFF
                || (cp & 0xFFFE) == 0xFFFE;
    }

    /** True for an empty piece or one of only invisible format characters, drawn as a thin bar. */
    private static boolean invisible(String text, int from, int to) {
        return text.substring(from, to).codePoints()
                .allMatch(cp -> Character.getType(cp) == Character.FORMAT && !shownAsCode(cp));
    }

    // ---- fonts ----

    private static final String BASE_FONTS = "system-ui, -apple-system, \"Segoe UI\", \"Noto Sans\"";

    /** Remembers the scripts of text the report shows, for the font stack. */
    private void scripts(String text) {
        if (text == null) {
            return;
        }
        text.codePoints().forEach(cp -> {
            int sc = UScript.getScript(cp);
            if (sc != UScript.COMMON && sc != UScript.INHERITED && sc != UScript.UNKNOWN) {
                scriptsShown.add(sc);
            }
        });
    }

    /**
     * The font stacks: the page's names a Noto font for every script the report shows (so that a
     * machine with Noto installed, Debian's {@code fonts-noto-core} and {@code fonts-noto-cjk}, shows
     * no boxes), and each file's text prefers the Noto font of its own script.
     */
    private String fonts() {
        List<String> families = new ArrayList<>();
        for (int sc : scriptsShown) {
            for (String f : noto(sc)) {
                if (!families.contains(f)) {
                    families.add(f);
                }
            }
        }
        String all = families.stream().map(f -> "\"" + f + "\"").collect(java.util.stream.Collectors.joining(", "));
        String stack = BASE_FONTS + (all.isEmpty() ? "" : ", " + all) + ", sans-serif";
        StringBuilder b = new StringBuilder("body { font-family: " + stack + "; }\n");
        for (int sc : scriptsShown) {
            String own = noto(sc).stream().map(f -> "\"" + f + "\"").collect(java.util.stream.Collectors.joining(", "));
            b.append(".text.script-").append(UScript.getShortName(sc)).append(" { font-family: ").append(own)
                    .append(", ").append(stack).append("; }\n");
        }
        return b.toString();
    }

    /** The Noto families that cover a script, best first. */
    static List<String> noto(int script) {
        return switch (script) {
            case UScript.LATIN, UScript.CYRILLIC, UScript.GREEK -> List.of("Noto Sans");
            case UScript.ARABIC -> List.of("Noto Naskh Arabic", "Noto Sans Arabic");
            case UScript.HAN, UScript.SIMPLIFIED_HAN -> List.of("Noto Sans CJK SC", "Noto Sans SC");
            case UScript.TRADITIONAL_HAN -> List.of("Noto Sans CJK TC", "Noto Sans TC");
            case UScript.HIRAGANA, UScript.KATAKANA, UScript.JAPANESE -> List.of("Noto Sans CJK JP", "Noto Sans JP");
            case UScript.HANGUL, UScript.KOREAN -> List.of("Noto Sans CJK KR", "Noto Sans KR");
            case UScript.TIBETAN -> List.of("Noto Serif Tibetan");
            case UScript.HEBREW -> List.of("Noto Sans Hebrew");
            case UScript.ORIYA -> List.of("Noto Sans Oriya");
            case UScript.CANADIAN_ABORIGINAL -> List.of("Noto Sans Canadian Aboriginal");
            case UScript.YI -> List.of("Noto Sans Yi");
            case UScript.NKO -> List.of("Noto Sans NKo");
            default -> {
                String name = UScript.getName(script).replace('_', ' ');
                StringBuilder t = new StringBuilder();
                for (String word : name.split(" ")) {
                    if (!word.isEmpty()) {
                        t.append(t.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                                .append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }
                yield List.of("Noto Sans " + t);
            }
        };
    }

    /** A script code safe in a class name: its four letters, or Zyyy. */
    private static String scriptClass(String code) {
        return code != null && code.matches("[A-Z][a-z]{3}") ? code : "Zyyy";
    }

    static boolean rightToLeft(String scriptCode) {
        int code = UScript.getCodeFromName(scriptCode);
        return code >= 0 && UScript.isRightToLeft(code);
    }

    /**
     * Escapes {@code & < > " '} and nothing else: every other character is written as itself.
     * Control characters that HTML does not allow (all but tab and line breaks) become U+FFFD.
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        appendEscaped(b, s, 0, s.length());
        return b.toString();
    }

    private static void appendEscaped(StringBuilder b, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
                    b.append(control ? '\uFFFD' : c);
                }
            }
        }
    }

    /** Red (0) through amber to green (100). */
    static String scoreColour(double score) {
        double s = Double.isNaN(score) ? 0 : Math.max(0, Math.min(100, score));
        return String.format(Locale.ROOT, "hsl(%d, 62%%, 40%%)", Math.round(s * 1.2));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static long total(long[] counts) {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/noisegate/report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
