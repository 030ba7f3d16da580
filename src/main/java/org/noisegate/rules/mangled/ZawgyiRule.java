package org.noisegate.rules.mangled;

import com.google.myanmartools.ZawgyiDetector;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.LineMap;
import org.noisegate.text.Scripts;

/**
 * Burmese written in the legacy Zawgyi font encoding instead of Unicode: it puts the vowel sign
 * E before its consonant, uses the Unicode medials for other medials and the Shan and extended
 * code points for stacked letters, so it reads as garbage in a Unicode font, and search, sorting
 * and language models get other words than the writer typed.
 *
 * <p>Each run of Myanmar-script text in a line is judged by Google's {@code myanmar-tools}
 * detector (a Markov model that gives a calibrated probability of Zawgyi). A run is flagged when
 * that probability is at least {@link #THRESHOLD} and ICU's {@code Zawgyi-my} conversion changes
 * it: text made only of letters and marks that both encodings share (many short words) is the same
 * in both, so there is nothing to fix. Text without a code point of the Myanmar blocks costs one
 * {@link UnicodeSet#span} scan.
 */
final class ZawgyiRule extends BaseRule {
    /**
     * Measured: whole Unicode lines score at most 1e-10 (FLORES-200 Burmese devtest, 506 lines) and
     * 0.004 (UDHR in Burmese, Shan and Mon); their Zawgyi conversions (Rabbit) score 1.0. Single
     * Unicode words are where a threshold matters: of 5388 FLORES words, 2 that the conversion would
     * change score 0.999 or more (18 at 0.95, 1 at 0.9999) and no three-word fragment does, while 89%
     * of the Zawgyi words still do (87% at 0.9999).
     */
    static final double THRESHOLD = 0.999;

    /** The Myanmar block and Myanmar Extended-A and -B: the detector reads nothing else. */
    static final UnicodeSet MYANMAR = new UnicodeSet("[\\u1000-\\u109F\\uAA60-\\uAA7F\\uA9E0-\\uA9FF]").freeze();

    /**
     * Words of another script that end a run: a clause in another language does, names and terms
     * inside Burmese text do not (FLORES-200 Burmese has names and titles of up to 5 words between
     * Burmese words, such as "Room of the Three Windows").
     */
    private static final int GAP_WORDS = 8;

    /** Longest conversion shown in a suggestion, in code points. */
    private static final int MAX_SUGGESTION = 80;

    /** Length (UTF-16) after which a run is converted only up to the next space, for the suggestion. */
    private static final int HEAD = MAX_SUGGESTION;

    /** Thread-safe: the model is read only after it is loaded. */
    private static final ZawgyiDetector DETECTOR = new ZawgyiDetector();

    private static final ThreadLocal<Transliterator> TO_UNICODE =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Zawgyi-my"));

    /** A run of Zawgyi text: UTF-16 span, the detector's probability and its (head in) Unicode. */
    record Run(int start, int end, double probability, String unicode) {
    }

    ZawgyiRule() {
        super("mangled.zawgyi", Category.MANGLED, Severity.ERROR,
                "Burmese text in the legacy Zawgyi font encoding instead of Unicode.");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Run r : runs(doc)) {
            ctx.report(r.start(), r.end(), "Burmese text in the Zawgyi font encoding, not Unicode (Zawgyi probability "
                    + probability(r.probability()) + ")", "convert to Unicode: " + r.unicode());
        }
    }

    /** The document's Zawgyi runs in text order, found once and shared with other rules. */
    static List<Run> runs(Document doc) {
        return doc.derived(ZawgyiRule.class, ZawgyiRule::find);
    }

    /** True when the UTF-16 index lies inside a Zawgyi run. */
    static boolean inZawgyi(Document doc, int index) {
        List<Run> runs = runs(doc);
        int lo = 0;
        int hi = runs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Run r = runs.get(mid);
            if (index < r.start()) {
                hi = mid - 1;
            } else if (index >= r.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static List<Run> find(Document doc) {
        String t = doc.text();
        int i = MYANMAR.span(t, 0, UnicodeSet.SpanCondition.NOT_CONTAINED);
        if (i >= t.length()) {
            return List.of();
        }
        List<Run> out = new ArrayList<>();
        LineMap lines = doc.lines();
        while (i < t.length()) {
            int line = lines.lineIndex(i);
            int lineEnd = lines.lineEnd(line);
            judgeLine(t, i, lineEnd, out);
            i = MYANMAR.span(t, Math.max(lineEnd, i + 1), UnicodeSet.SpanCondition.NOT_CONTAINED);
        }
        return List.copyOf(out);
    }

    /**
     * Splits the line from {@code from} (a Myanmar code point) to {@code end} into runs, each from a
     * Myanmar code point to the last Myanmar code point before {@value #GAP_WORDS} words of another
     * script, and judges each.
     */
    private static void judgeLine(String t, int from, int end, List<Run> out) {
        int runStart = from;
        int lastMyanmar = from; // end of the last Myanmar code point seen
        int gapWords = 0;
        boolean inWord = false;
        for (int i = from; i < end; ) {
            int cp = t.codePointAt(i);
            int n = Character.charCount(cp);
            if (MYANMAR.contains(cp)) {
                if (runStart < 0) {
                    runStart = i;
                }
                lastMyanmar = i + n;
                gapWords = 0;
                inWord = false;
            } else if (runStart >= 0) {
                boolean letter = Scripts.isLetter(cp);
                if (letter && !inWord && ++gapWords >= GAP_WORDS) {
                    judge(t, runStart, lastMyanmar, out);
                    runStart = -1;
                }
                inWord = letter || inWord && Scripts.isMark(cp);
            }
            i += n;
        }
        if (runStart >= 0) {
            judge(t, runStart, lastMyanmar, out);
        }
    }

    private static void judge(String t, int start, int end, List<Run> out) {
        String run = t.substring(start, end);
        double p = DETECTOR.getZawgyiProbability(run);
        if (p < THRESHOLD) { // also -Infinity: no Myanmar letter (digits, punctuation)
            return;
        }
        // ICU's conversion runs far below 1 MB/s: convert only the head the suggestion shows, cut at
        // a space (Zawgyi reorders only within a syllable), and the rest only when the head is unchanged
        String head = run;
        int cut = run.length() > HEAD ? run.indexOf(' ', HEAD) : -1;
        if (cut > 0) {
            head = run.substring(0, cut);
        }
        Transliterator toUnicode = TO_UNICODE.get();
        String unicode = toUnicode.transliterate(head);
        if (unicode.equals(head) && cut > 0) {
            head = run;
            cut = -1;
            unicode = toUnicode.transliterate(run);
        }
        if (!unicode.equals(head)) {
            out.add(new Run(start, end, p, shorten(unicode, cut > 0)));
        }
    }

    private static String probability(double p) {
        return p >= 0.99995 ? "> 0.9999" : String.format(Locale.ROOT, "%.4f", p);
    }

    /**
     * The text, cut after a space or at a character boundary when longer than the limit; "…"
     * marks a cut, or that the text is the head of a longer one ({@code more}).
     */
    static String shorten(String s, boolean more) {
        if (s.codePointCount(0, s.length()) <= MAX_SUGGESTION) {
            return more ? s + " …" : s;
        }
        int limit = s.offsetByCodePoints(0, MAX_SUGGESTION);
        int cut = s.lastIndexOf(' ', limit);
        if (cut < limit / 2) {
            BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
            clusters.setText(s);
            cut = clusters.preceding(limit + 1);
        }
        return s.substring(0, cut).strip() + " …";
    }
}
