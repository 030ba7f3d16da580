package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Token;

/**
 * Ill-formed syllables in every Brahmic and South-East Asian script Unicode classifies (67 in
 * Unicode 16: Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam,
 * Sinhala, Tibetan, Myanmar, Khmer, Lao, Thai, Javanese, Balinese, Sundanese, Tai Tham, Chakma,
 * Limbu and all the others): the places where a shaping engine (HarfBuzz, Windows' Universal
 * Shaping Engine) would draw a dotted circle, and the slips of machine translation and legacy
 * encodings that make them.
 *
 * <p>The grammar is derived from Unicode properties ({@link SyllableClasses}: Indic syllabic and
 * positional categories, script, corrected where they misfit by
 * {@code rules/mangled/syllable-classes.tsv}) and read by {@link SyllableChecker} in one pass
 * over each word in NFC. It reports:
 * <ul>
 * <li>a dependent sign with nothing to sit on inside a word: after an independent vowel, a
 * Thai spacing vowel (ำ่), an avagraha, a virama that expects a consonant (Myanmar င္း);
 * <li>a doubled sign (ো ো, ि ि, Thai ่ ่, Tibetan ོ ོ);
 * <li>two vowel signs that do not compose in NFC, and two that would if typed the other way round;
 * <li>signs out of the order the syllable model requires: a nukta after the vowel sign, a
 * virama on a vowel, a bindu, candrabindu or visarga before the vowel sign (old Gurmukhi
 * "bindi before vowel", Khmer ឆ្នំា), Khmer register shifters after the vowel, Myanmar medials
 * and vowels out of storage order (ုိ), Thai and Lao tone marks before the vowel;
 * <li>pre-base vowel signs typed before their consonant (legacy visual order: ਸਾਿਹਤ, বাজাের);
 * <li>a Thai or Lao leading vowel with no consonant after it (เเ for แ);
 * <li>the forbidden sequences of {@code rules/mangled/sequences.tsv} (a doubled ya-phala ্য্য
 * after a consonant other than র, Khmer េា for ោ), which also lists sequences the orthography
 * allows although the grammar would not (Bengali অ্যা, Marathi अॅ).
 * </ul>
 * ZWJ and ZWNJ are transparent (they are legitimate after a virama, in Malayalam chillus in the
 * old encoding and in Sinhala conjuncts), and so are cantillation and Vedic marks.
 *
 * <p>Marks at the start of a word or after a letter of another script are left to
 * {@code mangled.orphan-mark}, so the two rules never report the same characters. The same slip
 * repeated in a document (the same signs in the same wrong sequence) is one habit of the writer
 * or of a converter: it is an error the first time and info after that.
 *
 * <p>Cost: words of other scripts are skipped on their token script; a word in NFC (nearly all,
 * told from flags in the class table) is read in place with one table look-up per code point.
 */
final class IndicSyllableRule extends BaseRule {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** No position is allowed: the checker's first reading of a word. */
    private static final boolean[] NONE_ALLOWED = null;

    private record Sequence(int script, Pattern pattern, String message) {
    }

    private static final Sequence[] NONE = {};

    /** Forbidden and allowed sequences by UScript code. */
    private final Sequence[][] forbidden = new Sequence[UScript.CODE_LIMIT][];
    private final Sequence[][] allowed = new Sequence[UScript.CODE_LIMIT][];
    private final SyllableClasses classes;

    IndicSyllableRule(RuleData data) {
        super("mangled.indic-syllable", Category.MANGLED, Severity.ERROR,
                "Ill-formed syllables in every Brahmic and South-East Asian script (Devanagari to Thai, "
                        + "Khmer, Myanmar, Tibetan, Javanese): signs with no base, doubled or out of order, where a "
                        + "shaping engine would draw a dotted circle.");
        for (RuleData.DataLine l : data.readAll("mangled", "sequences*.tsv")) {
            String[] f = l.fields(2);
            int script = UScript.getCodeFromName(f[0].strip());
            if (script == UScript.INVALID_CODE) {
                throw new RuleDataException(l.where() + ": unknown script " + f[0]);
            }
            try {
                Sequence seq = new Sequence(script, org.noisegate.rule.RegexSafety.compile(l, f[1].strip()), f.length > 2 ? f[2].strip() : "");
                if (l.section().equals("allowed")) {
                    add(allowed, seq);
                } else if (l.section().equals("forbidden")) {
                    add(forbidden, seq);
                } else {
                    throw new RuleDataException(l.where() + ": expected section [forbidden] or [allowed]");
                }
            } catch (PatternSyntaxException e) {
                throw new RuleDataException(l.where() + ": bad pattern: " + e.getDescription());
            }
        }
        Map<Integer, int[]> corrections = new HashMap<>();
        for (RuleData.DataLine l : data.readAll("mangled", "syllable-classes*.tsv")) {
            String[] f = l.fields(3);
            int isc = value(l, UProperty.INDIC_SYLLABIC_CATEGORY, f[1]);
            int ipc = value(l, UProperty.INDIC_POSITIONAL_CATEGORY, f[2]);
            String[] range = f[0].strip().split("\\.\\.");
            try {
                int first = Integer.parseInt(range[0], 16);
                int last = range.length > 1 ? Integer.parseInt(range[1], 16) : first;
                for (int cp = first; cp <= last; cp++) {
                    corrections.put(cp, new int[] {isc, ipc});
                }
            } catch (NumberFormatException e) {
                throw new RuleDataException(l.where() + ": expected a code point or range, found " + f[0]);
            }
        }
        classes = SyllableClasses.corrected(corrections);
    }

    /** An ICU property value by its Unicode name, or -1 for "-" (keep Unicode's). */
    private static int value(RuleData.DataLine l, int property, String name) {
        String n = name.strip();
        if (n.equals("-")) {
            return -1;
        }
        try {
            return UCharacter.getPropertyValueEnum(property, n);
        } catch (IllegalArgumentException e) {
            throw new RuleDataException(l.where() + ": unknown " + UCharacter.getPropertyName(property,
                    UProperty.NameChoice.LONG) + " value " + n);
        }
    }

    private static void add(Sequence[][] byScript, Sequence seq) {
        Sequence[] old = byScript[seq.script()] == null ? NONE : byScript[seq.script()];
        Sequence[] more = java.util.Arrays.copyOf(old, old.length + 1);
        more[old.length] = seq;
        byScript[seq.script()] = more;
    }

    private static Sequence[] of(Sequence[][] byScript, int script) {
        return script >= 0 && script < byScript.length && byScript[script] != null ? byScript[script] : NONE;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        List<SyllableChecker.Violation> found = new ArrayList<>();
        SyllableChecker checker = new SyllableChecker(classes, found);
        Map<String, Integer> firstLine = null;
        Map<Sequence, Matcher> matchers = null;
        for (Token tok : doc.tokens()) {
            org.noisegate.rule.Budget.check();
            if (!SyllableClasses.relevantScript(tok.script()) && !(tok.script() == Token.MIXED && anyRelevant(tok))) {
                continue;
            }
            Nfc word = Nfc.of(classes, tok.text());
            int script = tok.script();
            found.clear();
            for (Sequence s : of(forbidden, script)) {
                if (matchers == null) {
                    matchers = new java.util.IdentityHashMap<>();
                }
                Matcher m = matchers.computeIfAbsent(s, q -> q.pattern().matcher("")).reset(word.text);
                if (m.find()) {
                    found.add(new SyllableChecker.Violation(m.start(), m.end(), s.message(),
                            "retype the word in standard spelling"));
                }
            }
            int listed = found.size();
            checker.check(word.text, NONE_ALLOWED);
            if (found.size() > listed && of(allowed, script).length > 0) {
                // rare: read the word again, skipping the sequences the orthography allows
                found.subList(listed, found.size()).clear();
                checker.check(word.text, allowedMask(word.text, script));
            }
            for (int k = 0; k < found.size(); k++) {
                SyllableChecker.Violation v = found.get(k);
                if (k >= listed && overlapsAny(found, listed, v)) {
                    continue;
                }
                int start = tok.start() + word.start(v.start());
                int end = tok.start() + word.end(v.end());
                if (ZawgyiRule.MYANMAR.contains(t(doc).codePointAt(start)) && ZawgyiRule.inZawgyi(doc, start)) {
                    continue; // Burmese in the Zawgyi encoding: mangled.zawgyi reports the run once
                }
                String message = "ill-formed syllable in '" + quoted(tok.text(), v.start(), v.end(), word) + "': "
                        + v.message();
                if (firstLine == null) {
                    firstLine = new HashMap<>();
                }
                Integer first = firstLine.putIfAbsent(v.message(), doc.lines().line(start));
                if (first == null) {
                    ctx.report(start, end, message, v.suggestion());
                } else {
                    // the same slip again: one habit of the writer or converter, reported once
                    ctx.report(Severity.INFO, start, end, message + " (the same as on line " + first + ")",
                            v.suggestion());
                }
            }
        }
    }

    /** The longest word quoted whole in a message; a longer one (a run with no spaces) is quoted around the slip. */
    static final int QUOTE = 100;

    /**
     * The word, or for a very long run (text without spaces, hostile input) the few characters
     * around the violation: quoting the whole run in every finding would make messages grow with
     * the square of its length.
     */
    private static String quoted(String text, int vStart, int vEnd, Nfc word) {
        if (text.length() <= QUOTE) {
            return text;
        }
        int a = Math.max(0, word.start(vStart) - 20);
        int b = Math.min(text.length(), word.end(vEnd) + 20);
        if (a > 0 && Character.isLowSurrogate(text.charAt(a))) {
            a--;
        }
        if (b < text.length() && Character.isLowSurrogate(text.charAt(b))) {
            b++;
        }
        return (a > 0 ? "…" : "") + text.substring(a, b) + (b < text.length() ? "…" : "");
    }

    private boolean anyRelevant(Token tok) {
        String t = tok.text();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (SyllableClasses.relevantScript(SyllableClasses.script(classes.of(cp)))) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String t(Document doc) {
        return doc.text();
    }

    private static boolean overlapsAny(List<SyllableChecker.Violation> found, int upTo, SyllableChecker.Violation v) {
        for (int k = 0; k < upTo; k++) {
            SyllableChecker.Violation f = found.get(k);
            if (f.start() < v.end() && v.start() < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** Which UTF-16 positions of the word lie inside an allowed sequence. */
    private boolean[] allowedMask(String word, int script) {
        boolean[] mask = new boolean[word.length() + 1];
        for (Sequence s : of(allowed, script)) {
            Matcher m = s.pattern().matcher(word);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    mask[i] = true;
                }
            }
        }
        return mask;
    }

    /**
     * A word in NFC with the way back to the original: normalised one normalisation segment at a
     * time, each NFC char maps to the original span of its segment. A word already in NFC (the
     * usual case) maps to itself.
     */
    private static final class Nfc {
        final String text;
        private final int[] from;
        private final int[] to;

        private Nfc(String text, int[] from, int[] to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        static Nfc of(SyllableClasses classes, String s) {
            if (classes.isNfc(s, 0, s.length())) {
                return new Nfc(s, null, null);
            }
            StringBuilder out = new StringBuilder(s.length() + 8);
            int[] from = new int[s.length() * 2 + 8];
            int[] to = new int[from.length];
            int segStart = 0;
            for (int i = 0; i <= s.length(); ) {
                int cp = i < s.length() ? s.codePointAt(i) : -1;
                if (i == s.length() || i > segStart && NFC.hasBoundaryBefore(cp)) {
                    boolean same = classes.isNfc(s, segStart, i);
                    CharSequence seg = same ? s.subSequence(segStart, i) : NFC.normalize(s.subSequence(segStart, i));
                    if (out.length() + seg.length() > from.length) {
                        from = java.util.Arrays.copyOf(from, (out.length() + seg.length()) * 2);
                        to = java.util.Arrays.copyOf(to, from.length);
                    }
                    for (int k = 0; k < seg.length(); k++) {
                        // an untouched segment maps char by char, a normalised one as a whole
                        from[out.length() + k] = same ? segStart + k : segStart;
                        to[out.length() + k] = same ? segStart + k + 1 : i;
                    }
                    out.append(seg);
                    segStart = i;
                }
                if (i == s.length()) {
                    break;
                }
                i += Character.charCount(cp);
            }
            return new Nfc(out.toString(), from, to);
        }

        /** Original offset of the start of NFC index i. */
        int start(int i) {
            return from == null ? i : from[i];
        }

        /** Original offset of the end of an NFC span ending at i. */
        int end(int i) {
            return to == null ? i : i == 0 ? 0 : to[i - 1];
        }
    }
}
