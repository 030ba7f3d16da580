package org.noisegate.rules.mangled;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Scripts;
import org.noisegate.text.Token;

/**
 * One word spelled two ways in one document, for every word and not only names: a long word the
 * document uses at least twice, written once with a letter dropped, doubled or two letters
 * swapped ("government" ×3, "goverment" once), or split by a space into two pieces that are not
 * words of the language ("Kasab lanka" beside "Kasablanka"). The change must lie inside the word,
 * away from its end, where inflection works: and where the document's own words show many
 * endings for the same stem, a change near the end is taken for one. Names are
 * {@code name.variant-spelling}'s.
 */
final class WordVariantRule extends BaseRule {
    /** Words shorter than this (in code points) differ by one letter too often by chance. */
    static final int MIN_LENGTH = 8;
    /** The form must be used at least this often for the rare one to be its misspelling. */
    static final int MIN_USES = 2;
    /** The misspelt form stands within this many words of a correct one (about two paragraphs). */
    static final int NEAR = 300;
    /** The change must lie at least this far from the end of the word (endings inflect). */
    static final int FROM_END = 3;
    /** ... and from its start. */
    static final int FROM_START = 2;
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private final LanguageIdentifier languages;
    private final org.noisegate.lang.Trigrams trigrams;

    WordVariantRule(RuleData data) {
        super("mangled.word-variant", Category.MANGLED, Severity.WARNING,
                "A word the document uses several times, spelled once with a letter dropped, doubled or swapped, or split in two.");
        this.languages = LanguageIdentifier.of(data);
        this.trigrams = org.noisegate.lang.Trigrams.of(data);
    }

    /**
     * Whether the document is in the language it was identified as: its letters fit that
     * language's trigram profile about as well as any other's (where there is one; a language
     * alone in its script is known by its script).
     */
    private boolean isKnown(Document doc, Boolean[] memo) {
        if (memo[0] == null) {
            memo[0] = known(doc);
        }
        return memo[0];
    }

    private boolean known(Document doc) {
        String t = doc.text();
        org.noisegate.lang.Trigrams.LanguageFit f = trigrams.fitLanguage(t.length() > 4000 ? t.substring(0, 4000) : t,
                doc.language());
        return f.coverage() < 0 || f.plausible();
    }

    private static String form(String token) {
        String t = NFC.isNormalized(token) ? token : NFC.normalize(token);
        return t.toLowerCase(Locale.ROOT);
    }

    private static boolean lettersOnly(String t) {
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (!Scripts.isLetter(cp) && !Scripts.isMark(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        List<Token> tokens = doc.tokens();
        if (tokens.size() < 20) {
            return;
        }
        LanguageProfile profile = languages.profile(doc.language());
        if (profile == null) {
            return; // a language noisegate does not know: its morphology cannot be told from misspelling
        }
        Set<String> stop = profile.words();
        Boolean[] knownLanguage = new Boolean[1]; // computed once, and only when a candidate turns up
        Map<String, Integer> uses = new HashMap<>();
        Set<String> lowerCase = new HashSet<>(); // forms written in lower case somewhere: words, not names
        List<String> forms = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            // only words long enough to be judged need a form now (the halves of a split word are read later)
            String f = t.text().length() >= MIN_LENGTH - 1 && lettersOnly(t.text()) ? form(t.text()) : "";
            forms.add(f);
            if (!f.isEmpty()) {
                uses.merge(f, 1, Integer::sum);
                if (!Character.isUpperCase(t.text().codePointAt(0))) {
                    lowerCase.add(f);
                }
            }
        }
        Set<String> frequent = new HashSet<>();
        Map<String, String> deletions = new HashMap<>(); // a frequent form with one inner letter dropped -> the form
        Set<Long> outlines = new HashSet<>(); // of the frequent forms: a cheap screen for variantOf
        for (Map.Entry<String, Integer> e : uses.entrySet()) {
            String f = e.getKey();
            if (e.getValue() >= MIN_USES && f.codePointCount(0, f.length()) >= MIN_LENGTH) {
                frequent.add(f);
                int[] cps = f.codePoints().toArray();
                outlines.add(outline(cps, cps.length));
                for (int p = FROM_START; p < cps.length - FROM_END; p++) {
                    if (Scripts.isMark(cps[p])) {
                        continue;
                    }
                    deletions.putIfAbsent(drop(cps, p), f);
                }
            }
        }
        if (frequent.isEmpty()) {
            return;
        }
        Set<String> stems = null; // computed when a first candidate needs them
        Set<String> reported = new HashSet<>();
        for (int k = 0; k < tokens.size(); k++) {
            String v = forms.get(k);
            if (v.isEmpty() || uses.get(v) != 1 || stop.contains(v)) {
                continue;
            }
            String target = variantOf(v, frequent, deletions, outlines);
            Token t = tokens.get(k);
            if (target != null && !lowerCase.contains(target) && !profile.has("nouns-capitalised")) {
                continue; // a name: name.variant-spelling judges names
            }
            if (target != null && !near(forms, k, target)) {
                continue; // far from every use of the word: in a long text, a word of its own
            }
            if (target != null && stems == null) {
                stems = stems(uses.keySet());
            }
            if (target != null && !inflected(v, target, stems) && isKnown(doc, knownLanguage) && reported.add(v)) {
                ctx.report(t.start(), t.end(), "'" + t.text() + "' is written '" + target + "' " + uses.get(target)
                        + " times elsewhere in the document (a letter " + how(v, target) + ")", "write '" + target + "'");
            }
        }
        // a word split by a space: "Kasab lanka" where the document writes "Kasablanka"
        Set<String> heads = new HashSet<>(); // the first two letters of the words used often enough
        for (String f : frequent) {
            if (uses.get(f) >= MIN_USES && f.length() >= MIN_LENGTH + 1) {
                heads.add(f.substring(0, 2));
            }
        }
        Map<String, Integer> pieces = new HashMap<>();
        for (int k = 0; k + 1 < tokens.size() && !heads.isEmpty(); k++) {
            Token a = tokens.get(k);
            Token b = tokens.get(k + 1);
            if (a.text().length() < 2 || b.text().length() < 2 || a.text().length() + b.text().length() < MIN_LENGTH + 1
                    || b.start() - a.end() != 1 || doc.text().charAt(a.end()) != ' '
                    || !heads.contains(a.text().substring(0, 2).toLowerCase(Locale.ROOT))
                    || !lettersOnly(a.text()) || !lettersOnly(b.text())) {
                continue;
            }
            String fa = form(a.text());
            String fb = form(b.text());
            String joined = fa + fb;
            if (uses.getOrDefault(joined, 0) >= MIN_USES && joined.codePointCount(0, joined.length()) >= MIN_LENGTH + 1
                    && !stop.contains(fa) && !stop.contains(fb) && occurrences(tokens, fa, pieces) == 1
                    && occurrences(tokens, fb, pieces) == 1
                    && fa.codePointCount(0, fa.length()) >= 2 && fb.codePointCount(0, fb.length()) >= 2
                    && isKnown(doc, knownLanguage)) {
                ctx.report(a.start(), b.end(), "'" + a.text() + " " + b.text() + "' is one word elsewhere in the document ('"
                        + joined + "'): a word split in two", "write '" + joined + "'");
            }
        }
    }

    /** How often the form stands as a word of its own in the document (counted once per form, when asked). */
    private static int occurrences(List<Token> tokens, String form, Map<String, Integer> memo) {
        return memo.computeIfAbsent(form, f -> {
            int n = 0;
            for (Token t : tokens) {
                if (t.text().length() == f.length() && form(t.text()).equals(f)) {
                    n++;
                }
            }
            return n;
        });
    }

    /** The form is used within {@value #NEAR} words of position k. */
    private static boolean near(List<String> forms, int k, String target) {
        for (int j = Math.max(0, k - NEAR); j < Math.min(forms.size(), k + NEAR); j++) {
            if (forms.get(j).equals(target)) {
                return true;
            }
        }
        return false;
    }

    private static String drop(int[] cps, int p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (i != p) {
                b.appendCodePoint(cps[i]);
            }
        }
        return b.toString();
    }

    /**
     * A form's outline: its length and its first and last two code points, hashed. A letter
     * doubled or two letters swapped at least {@value #FROM_START} from the start and
     * {@value #FROM_END} from the end leave the outline but for the length, so a form whose
     * outline no frequent form has (at its length or one less) has no such variant to be.
     */
    private static long outline(int[] cps, int length) {
        long h = length;
        h = h * 0x9E3779B97F4A7C15L + cps[0];
        h = h * 0x9E3779B97F4A7C15L + cps[1];
        h = h * 0x9E3779B97F4A7C15L + cps[cps.length - 2];
        return h * 0x9E3779B97F4A7C15L + cps[cps.length - 1];
    }

    /** The frequent form v is a one-letter variant of, or null. */
    private static String variantOf(String v, Set<String> frequent, Map<String, String> deletions, Set<Long> outlines) {
        String lost = deletions.get(v); // v lost a letter of f
        if (lost != null && v.codePointCount(0, v.length()) + 1 >= MIN_LENGTH) {
            return lost;
        }
        int[] cps = v.codePoints().toArray();
        if (cps.length - 1 < MIN_LENGTH
                || !outlines.contains(outline(cps, cps.length)) && !outlines.contains(outline(cps, cps.length - 1))) {
            return null;
        }
        for (int p = FROM_START; p < cps.length - FROM_END; p++) {
            if (p > 0 && cps[p] == cps[p - 1]) { // v doubled a letter of f
                String f = drop(cps, p);
                if (frequent.contains(f)) {
                    return f;
                }
            }
            if (p + 1 < cps.length - FROM_END + 1 && cps[p] != cps[p + 1]) { // v swapped two letters of f
                int[] s = cps.clone();
                s[p] = cps[p + 1];
                s[p + 1] = cps[p];
                String f = new String(s, 0, s.length);
                if (frequent.contains(f)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String how(String v, String target) {
        int lv = v.codePointCount(0, v.length());
        int lt = target.codePointCount(0, target.length());
        return lv < lt ? "dropped" : lv > lt ? "doubled" : "order swapped";
    }

    /**
     * The stems after which the document writes three or more different endings: where its words
     * inflect. A stem is a form less its last one to three letters.
     */
    private static Set<String> stems(Set<String> forms) {
        Map<String, Set<String>> endings = new HashMap<>();
        for (String f : forms) {
            int n = f.length();
            for (int k = 1; k <= 3 && n - k >= 4; k++) {
                endings.computeIfAbsent(f.substring(0, n - k), x -> new HashSet<>()).add(f.substring(n - k));
            }
        }
        Set<String> out = new HashSet<>();
        endings.forEach((s, e) -> {
            if (e.size() >= 3) {
                out.add(s);
            }
        });
        return out;
    }

    /** The change lies in an ending the document inflects. */
    private static boolean inflected(String v, String target, Set<String> stems) {
        int common = 0;
        while (common < v.length() && common < target.length() && v.charAt(common) == target.charAt(common)) {
            common++;
        }
        return target.length() - common <= 4 && stems.contains(target.substring(0, common));
    }
}
