package org.noisegate.rules.boilerplate;

import java.util.List;
import java.util.regex.Pattern;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * Breadcrumb trails: a short line of items joined by separators ("Home › News › World", three
 * or more items, or two when the first is a navigation phrase), and the numbered trail a scraper
 * makes of an HTML list at the top of a page ("1. News / 2. World / 3. Title"), recognised when
 * its first item is a navigation phrase ("Home", "Haberler", "الرئيسية").
 */
final class BreadcrumbRule extends BaseRule {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:>|»|›|/|\\||→|::|>>|\\\\)\\s+");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\S.*");
    private final PhraseMatcher matcher;

    BreadcrumbRule(PhraseMatcher matcher) {
        super("boilerplate.breadcrumb", Category.BOILERPLATE, Severity.WARNING,
                "Breadcrumb trails: Home › News › World, or a numbered trail at the top of a page.");
        this.matcher = matcher;
    }

    /** A trail found: where, and what to say. */
    private record Trail(int start, int end, String message) {
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Trail t : trails(doc)) {
            ctx.report(t.start(), t.end(), t.message(), t.message().startsWith("numbered") ? "remove the trail"
                    : "remove the line");
        }
    }

    /** Whether the line (by index) is part of a breadcrumb trail this rule reports. */
    boolean[] lines(Document doc) {
        List<LineInfo> all = LineInfo.of(doc);
        boolean[] out = new boolean[all.size()];
        for (Trail t : trails(doc)) {
            org.noisegate.rule.Budget.check();
            // only the lines the trail can touch (all of them for every trail was quadratic)
            int last = Math.min(all.size() - 1, doc.lines().lineIndex(t.end()));
            for (int i = Math.max(0, doc.lines().lineIndex(t.start())); i <= last; i++) {
                LineInfo l = all.get(i);
                if (!l.blank() && l.start() < t.end() && t.start() < l.end()) {
                    out[l.index()] = true;
                }
            }
        }
        return out;
    }

    private List<Trail> trails(Document doc) {
        return doc.derived(this, this::find);
    }

    private List<Trail> find(Document doc) {
        List<Trail> out = new java.util.ArrayList<>();
        List<LineInfo> lines = LineInfo.of(doc);
        for (LineInfo line : lines) {
            if (line.blank() || line.text().length() > 200 || line.endsSentence()) {
                continue;
            }
            String[] items = SEPARATOR.split(line.text());
            if (items.length < 2 || !allShort(items)) {
                continue;
            }
            if (items.length >= 3 || navigation(items[0], doc.language())) {
                out.add(new Trail(line.start(), line.end(), "breadcrumb trail of " + items.length + " items"));
            }
        }
        numberedTrail(lines, doc, out);
        return List.copyOf(out);
    }

    private void numberedTrail(List<LineInfo> lines, Document doc, List<Trail> out) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                first = i;
                break;
            }
        }
        if (first < 0 || !NUMBERED.matcher(lines.get(first).text()).matches()) {
            return;
        }
        String firstItem = lines.get(first).text().replaceFirst("^\\d{1,2}[.)]\\s+", "");
        if (!lines.get(first).text().startsWith("1") || !navigation(firstItem, doc.language())) {
            return;
        }
        int last = first;
        int expected = 2;
        for (int i = first + 1; i < lines.size() && !lines.get(i).blank(); i++) {
            if (!lines.get(i).text().startsWith(expected + ".") && !lines.get(i).text().startsWith(expected + ")")) {
                break;
            }
            last = i;
            expected++;
        }
        if (last > first) {
            out.add(new Trail(lines.get(first).start(), lines.get(last).end(), "numbered breadcrumb trail at the top of the "
                    + "page"));
        }
    }

    private boolean navigation(String item, String lang) {
        return matcher.match(item, lang).stream().anyMatch(e -> e.section().equals("navigation"));
    }

    private static boolean allShort(String[] items) {
        for (String s : items) {
            String t = s.strip();
            if (t.isEmpty() || t.split("\\s+").length > 5 || t.length() > 40) {
                return false;
            }
        }
        return true;
    }
}
