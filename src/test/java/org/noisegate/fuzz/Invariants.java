package org.noisegate.fuzz;

import java.util.List;
import org.noisegate.Cleaner;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Category;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Severity;
import org.noisegate.text.Span;

/**
 * What must hold for every input, however hostile; shared by the random-input tests and the
 * Jazzer targets. Each check throws an {@link AssertionError} saying what broke.
 */
final class Invariants {
    private Invariants() {
    }

    /**
     * An audited result: the text is the input, every finding lies inside it and starts and ends on
     * code point boundaries (never inside a surrogate pair), its code point offsets, lines and
     * columns agree with its UTF-16 span, and the score is within 0–100.
     */
    static void audited(String input, FileResult r) {
        check(r.status() == FileResult.Status.AUDITED, () -> "not audited: " + r.status() + " " + r.note());
        check(r.failedRules().isEmpty(), () -> "rules failed: " + r.failedRules());
        findings(input, r);
    }

    /** The finding invariants of {@link #audited} for a result whose text may differ from any input (HTML). */
    static void findings(String expectedText, FileResult r) {
        String t = r.text();
        check(r.failedRules().isEmpty(), () -> "rules failed: " + r.failedRules());
        check(t.equals(expectedText), () -> "the result's text is not the input");
        check(r.score() >= 0 && r.score() <= 100, () -> "score out of range: " + r.score());
        int cps = t.codePointCount(0, t.length());
        int[] cpAt = new int[t.length() + 1]; // code point offset of every UTF-16 index
        for (int i = 0, n = 0; i <= t.length(); i++) {
            cpAt[i] = n;
            if (i < t.length() && !(Character.isLowSurrogate(t.charAt(i)) && i > 0
                    && Character.isHighSurrogate(t.charAt(i - 1)))) {
                n++;
            }
        }
        for (Located l : r.findings()) {
            Finding f = l.finding();
            Span s = f.span();
            check(0 <= s.start() && s.start() <= s.end() && s.end() <= t.length(), () -> "finding outside the text: " + f);
            check(!splitsPair(t, s.start()) && !splitsPair(t, s.end()), () -> "finding splits a surrogate pair: " + f);
            check(f.text().equals(t.substring(s.start(), s.end())), () -> "finding text is not the text at its span: " + f);
            check(l.start() == cpAt[s.start()] && l.end() == cpAt[s.end()],
                    () -> "code point offsets disagree with the span: " + l);
            check(0 <= l.start() && l.start() <= l.end() && l.end() <= cps, () -> "code point offsets out of range: " + l);
            check(l.line() >= 1 && l.column() >= 1 && l.endLine() >= l.line(), () -> "bad line or column: " + l);
            check(f.message() != null && !f.message().isBlank(), () -> "finding without a message: " + f);
        }
    }

    /** True when index i falls between the two halves of a surrogate pair. */
    static boolean splitsPair(String t, int i) {
        return i > 0 && i < t.length() && Character.isHighSurrogate(t.charAt(i - 1))
                && Character.isLowSurrogate(t.charAt(i));
    }

    /**
     * What the cleaner guarantees, precisely:
     * <ol>
     * <li>the removed pieces are in text order, non-empty, apart from each other (touching pieces
     *     are merged), and each is the input's text at its offsets;</li>
     * <li>the output is the input with exactly those pieces deleted, so putting them back
     *     ({@link Cleaner#restore}) gives the input again, character for character;</li>
     * <li>only boilerplate is removed: every removed character lies in the span of a boilerplate
     *     warning or error, or in the rest of a line such a span covers up to blanks (with its line
     *     break); and every such span is removed in full;</li>
     * <li>no piece starts or ends inside a surrogate pair, so well-formed input gives well-formed
     *     output.</li>
     * </ol>
     */
    static void cleans(FileResult r) {
        String t = r.text();
        Cleaner.Cleaned c = Cleaner.clean(r);
        List<Cleaner.Removed> removed = c.removed();
        StringBuilder expected = new StringBuilder();
        int at = 0;
        for (Cleaner.Removed x : removed) {
            check(x.start() >= at && (at == 0 || x.start() > at) && x.end() > x.start() && x.end() <= t.length(),
                    () -> "removed pieces out of order, empty, touching or outside the text: " + x);
            check(x.text().equals(t.substring(x.start(), x.end())), () -> "removed piece is not the input's text: " + x);
            check(!splitsPair(t, x.start()) && !splitsPair(t, x.end()), () -> "removed piece splits a surrogate pair: " + x);
            expected.append(t, at, x.start());
            at = x.end();
        }
        expected.append(t, at, t.length());
        check(c.text().contentEquals(expected), () -> "the output is not the input minus the removed pieces");
        check(Cleaner.restore(c).equals(t), () -> "restore does not give the input back");
        boolean[] allowed = new boolean[t.length()];
        for (Located l : r.findings()) {
            Finding f = l.finding();
            if (f.category() != Category.BOILERPLATE || f.severity() == Severity.INFO) {
                continue;
            }
            Span s = f.span();
            check(covered(removed, s), () -> "a boilerplate span was not removed: " + f);
            for (int i = s.start(); i < s.end(); i++) {
                allowed[i] = true;
            }
            int ls = s.start();
            while (ls > 0 && t.charAt(ls - 1) != '\n') {
                ls--;
            }
            int le = s.end();
            while (le < t.length() && t.charAt(le) != '\n') {
                le++;
            }
            if (t.substring(ls, s.start()).isBlank() && t.substring(s.end(), le).isBlank()) {
                for (int i = ls; i < Math.min(t.length(), le + 1); i++) {
                    allowed[i] = true;
                }
            }
        }
        for (Cleaner.Removed x : removed) {
            for (int i = x.start(); i < x.end(); i++) {
                int p = i;
                check(allowed[i], () -> "removed a character no boilerplate finding covers at " + p + " in " + x);
            }
        }
    }

    private static boolean covered(List<Cleaner.Removed> removed, Span s) {
        if (s.length() == 0) {
            return true;
        }
        for (Cleaner.Removed x : removed) {
            if (x.start() <= s.start() && s.end() <= x.end()) {
                return true;
            }
        }
        return false;
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    static void check(boolean ok, java.util.function.Supplier<String> what) {
        if (!ok) {
            throw new AssertionError(what.get());
        }
    }

    /** The text with everything outside printable ASCII as {@code \\u{…}}, to paste into a test. */
    static String escape(String s) {
        if (s.length() > 2000) {
            return escape(s.substring(0, 1000)) + "…(" + s.length() + " chars)…" + escape(s.substring(s.length() - 500));
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '\\') {
                b.append("\\u").append(String.format("%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
