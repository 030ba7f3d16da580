package org.noisegate.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.report.FileResult;
import org.noisegate.rule.Finding;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleRunner;
import org.noisegate.text.Document;
import org.noisegate.text.Span;

/**
 * Random text through every rule, as Lucene's checkRandomData does it: no exception escapes,
 * every finding lies inside the text on code point boundaries, clean keeps its promise
 * ({@link Invariants#cleans}), and no rule takes time that grows faster than the text.
 */
class RandomTextTest {
    private static final String[] LANGS = {null, "en", "bn", "ar", "hi", "ja", "zh", "th", "my", "ru", "fa", "ta",
        "pa", "km", "uz", "tr", "und"};

    @Test
    void randomTextThroughTheWholeEngine() {
        RandomSeed.run("random text", rnd -> {
            for (int round = 0; round < 1200; round++) {
                String text = RandomText.text(rnd, 60);
                String lang = LANGS[rnd.nextInt(LANGS.length)];
                try {
                    FileResult r = Engines.GATE.audit("fuzz", text, lang);
                    Invariants.audited(text, r);
                    Invariants.cleans(r);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + " [lang " + lang + ", text \"" + Invariants.escape(text)
                            + "\"]", e);
                }
            }
        });
    }

    /** Each rule alone (without the views other rules would have built first) on random documents. */
    @Test
    void everyRuleAloneOnRandomText() {
        RandomSeed.run("every rule alone", rnd -> {
            for (Rule rule : Engines.GATE.rules()) {
                for (int round = 0; round < 40; round++) {
                    String text = RandomText.text(rnd, 80);
                    checkRule(rule, document(text, LANGS[rnd.nextInt(LANGS.length)]));
                }
            }
        });
    }

    /**
     * Texts that make naive code quadratic or deep: one letter with 100k marks, 50k repeats of one
     * character or short unit. Each rule's CPU time on the text is compared with its time on a
     * quarter of it: linear code takes about 4 times as long, quadratic code 16 times.
     */
    @Test
    void pathologicalTextsStayLinear() {
        String[] units = {"a", " ", "\n", ".", "-", "ক", "্", "\u200D", "0", "০", "<", "»", "/", "a ", "ab\n",
            "word ", "Home > ", "ক্", "়", "\uD83D\uDE00", "\r\n", "Lorem ", "Share 1\n", "x.", "ـ", "ไ", "\u0000",
            "\uD800", "a\u0301"};
        List<String[]> texts = new ArrayList<>();
        texts.add(new String[] {"a" + "\u0301".repeat(25_000), "a" + "\u0301".repeat(100_000)});
        texts.add(new String[] {"ক" + "\u09BC".repeat(25_000), "ক" + "\u09BC".repeat(100_000)});
        for (String u : units) {
            texts.add(new String[] {u.repeat(12_500 / u.length()), u.repeat(50_000 / u.length())});
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<String> slow = new ArrayList<>();
        for (String[] pair : texts) {
            Document big = document(pair[1], null);
            for (Rule rule : Engines.GATE.rules()) {
                long t0 = cpu.getCurrentThreadCpuTime();
                double b;
                double a;
                try { // the quarter only when the whole took long enough to tell
                    checkRule(rule, big);
                    b = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
                    a = 0;
                    if (b > 0.5) { // measure both again, warm (the JIT compiled the rule meanwhile), on
                        // fresh documents (the views the rule built are kept per document)
                        Document small2 = document(pair[0], null);
                        Document big2 = document(pair[1], null);
                        long s0 = cpu.getCurrentThreadCpuTime();
                        checkRule(rule, small2);
                        long s1 = cpu.getCurrentThreadCpuTime();
                        checkRule(rule, big2);
                        long s2 = cpu.getCurrentThreadCpuTime();
                        a = (s1 - s0) / 1e9;
                        b = (s2 - s1) / 1e9;
                    }
                } catch (OutOfMemoryError e) {
                    slow.add(rule.id() + ": out of memory on " + pair[1].length() + " chars of \""
                            + Invariants.escape(pair[1].substring(0, 6)) + "…\"");
                    continue;
                }
                String what = String.format(Locale.ROOT, "%s: %.2f s CPU on %d chars of \"%s…\", %.2f s on a quarter",
                        rule.id(), b, pair[1].length(), Invariants.escape(pair[1].substring(0, 6)), a);
                if (b > 10 || b > 0.5 && b > 10 * Math.max(a, 0.01)) {
                    slow.add(what);
                }
            }
            FileResult r = Engines.GATE.audit("big", pair[1]);
            Invariants.audited(pair[1], r);
            Invariants.cleans(r);
        }
        assertTrue(slow.isEmpty(), () -> "time or memory grows faster than the text:\n" + String.join("\n", slow));
    }

    static Document document(String text, String lang) {
        int script = LanguageIdentifier.dominantScript(text);
        String l = lang != null ? lang : "und";
        return new Document("fuzz", text, l, script, List.of());
    }

    static void checkRule(Rule rule, Document doc) {
        List<Finding> found;
        try {
            found = RuleRunner.run(List.of(rule), doc);
        } catch (RuntimeException e) {
            throw new AssertionError(rule.id() + " threw on \"" + Invariants.escape(doc.text()) + "\": " + e, e);
        }
        String t = doc.text();
        for (Finding f : found) {
            Span s = f.span();
            if (s.end() > t.length() || Invariants.splitsPair(t, s.start()) || Invariants.splitsPair(t, s.end())
                    || !f.text().equals(t.substring(s.start(), s.end()))) {
                throw new AssertionError(rule.id() + ": finding outside the text, inside a surrogate pair or with "
                        + "the wrong text: " + f + " in \"" + Invariants.escape(t) + "\"");
            }
        }
    }

}
