package org.noisegate;

import java.util.ArrayList;
import java.util.List;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Category;
import org.noisegate.rule.Severity;
import org.noisegate.text.Span;

/**
 * Removes boilerplate from an audited text and nothing else: the spans of boilerplate warnings
 * and errors, widened to the whole line (with its line break) when they cover all of a line's
 * content. The removed pieces are kept with their offsets, so that they and the output give the
 * input back ({@link #restore}).
 */
public final class Cleaner {
    private Cleaner() {
    }

    /** A removed piece: UTF-16 offsets into the input and the text that stood there. */
    public record Removed(int start, int end, String text, String rule) {
    }

    /** The cleaned text and what was taken out of it. */
    public record Cleaned(String text, List<Removed> removed) {
    }

    public static Cleaned clean(FileResult r) {
        String t = r.text();
        List<Span> spans = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (Located l : r.findings()) {
            if (l.finding().category() != Category.BOILERPLATE || l.finding().severity() == Severity.INFO) {
                continue;
            }
            spans.add(widen(t, l.finding().span()));
            rules.add(l.finding().ruleId());
        }
        // merge overlapping or touching spans, in order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a).start(), spans.get(b).start()));
        List<Removed> removed = new ArrayList<>();
        int curStart = -1;
        int curEnd = -1;
        String curRule = null;
        for (int i : order) {
            Span s = spans.get(i);
            if (curStart >= 0 && s.start() <= curEnd) {
                curEnd = Math.max(curEnd, s.end());
                continue;
            }
            if (curStart >= 0) {
                removed.add(new Removed(curStart, curEnd, t.substring(curStart, curEnd), curRule));
            }
            curStart = s.start();
            curEnd = s.end();
            curRule = rules.get(i);
        }
        if (curStart >= 0) {
            removed.add(new Removed(curStart, curEnd, t.substring(curStart, curEnd), curRule));
        }
        StringBuilder out = new StringBuilder(t.length());
        int at = 0;
        for (Removed x : removed) {
            out.append(t, at, x.start());
            at = x.end();
        }
        out.append(t.substring(at));
        return new Cleaned(out.toString(), List.copyOf(removed));
    }

    /** The span, or its whole line with the line break when it covers the line's content. */
    private static Span widen(String t, Span s) {
        int ls = s.start();
        while (ls > 0 && t.charAt(ls - 1) != '\n') {
            ls--;
        }
        int le = s.end();
        while (le < t.length() && t.charAt(le) != '\n') {
            le++;
        }
        if (!t.substring(ls, s.start()).isBlank() || !t.substring(s.end(), le).isBlank()) {
            return s;
        }
        return new Span(ls, le < t.length() ? le + 1 : le);
    }

    /** The input again: the cleaned text with the removed pieces put back. */
    public static String restore(Cleaned c) {
        StringBuilder b = new StringBuilder();
        int at = 0; // position in the cleaned text
        int pos = 0; // position in the original
        for (Removed x : c.removed()) {
            int keep = x.start() - pos;
            b.append(c.text(), at, at + keep);
            at += keep;
            b.append(x.text());
            pos = x.end();
        }
        b.append(c.text().substring(at));
        return b.toString();
    }
}
