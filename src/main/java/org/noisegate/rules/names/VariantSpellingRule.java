package org.noisegate.rules.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Token;

/**
 * One entity spelled two ways in one document (بوتين / بوتن, كورسك / كورك, কেসিএনএ /
 * কেসিএএনএ). Two word forms are variants when one is the other with one letter dropped or
 * doubled inside the word: at least two letters agree at the start and one
 * at the end, so inflection (which changes word ends) is not mistaken for a variant. The rare
 * form is reported when the other is a known one-word name and it is not (a gazetteer name, a
 * CLDR name used at least twice, or, in languages the gazetteer lacks, a word whose Latin
 * skeleton is a gazetteer name of another language). In scripts with letter case (unless the
 * language capitalises all nouns) also among capitalised words: one used once against a form
 * used at least three times, or both capitalised in the middle of sentences wherever they occur,
 * when the difference lies at least three letters from the start and one from the end, and the rare
 * form lost a letter (an added one is not enough). Frequent words never count.
 */
final class VariantSpellingRule extends BaseRule {
    private static final int MIN_LETTERS = 4;
    /**
     * Without a curated name to anchor it, a form shorter than this that lost a letter is too
     * often a word of its own (یوان "yuan" beside یونان "Greece").
     */
    private static final int SHORT = 5;
    /** A shared start this long before a change next to the end marks an inflected word. */
    private static final int LONG_STEM = 6;
    /** How close (in characters, about a news paragraph or two) two forms must stand when the evidence is weak. */
    private static final int NEAR = 1500;
    private final Gazetteer gazetteer;
    private final LanguageIdentifier languages;

    VariantSpellingRule(Gazetteer gazetteer, LanguageIdentifier languages) {
        super("name.variant-spelling", Category.NAME, Severity.WARNING,
                "One name spelled two ways in one document (بوتين / بوتن).");
        this.gazetteer = gazetteer;
        this.languages = languages;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        LanguageProfile profile = languages.profile(doc.language());
        Set<String> stop = profile == null ? Set.of() : profile.words();
        // a script with case in Unicode that the language writes in one case (Georgian): any word may be a name
        boolean unicameral = profile != null && profile.has("unicameral");
        Map<String, List<Token>> forms = new LinkedHashMap<>();
        List<String> normal = NameForms.of(doc);
        for (int ti = 0; ti < doc.tokens().size(); ti++) {
            Token t = doc.tokens().get(ti);
            boolean foreignName = t.script() == UScript.LATIN && doc.script() != UScript.LATIN
                    && UCharacter.isUUppercase(t.text().codePointAt(0));
            if (t.script() != doc.script() && !foreignName || !unicameral && !nameLike(t.text())) {
                continue;
            }
            String n = normal.get(ti);
            if (NameForms.length(n) < MIN_LETTERS || stop.contains(n)) {
                continue;
            }
            forms.computeIfAbsent(n, k -> new ArrayList<>()).add(t);
        }
        Set<String> known = gazetteer.tokens(doc.language(), doc.script());
        Set<String> curated = gazetteer.curated(doc.language());
        Set<String> reported = new HashSet<>();
        boolean latinAbroad = doc.script() != UScript.LATIN;
        int sample = scriptSample(doc);
        boolean cased = UCharacter.toUpperCase(sample) != UCharacter.toLowerCase(sample)
                && (profile == null || !profile.has("nouns-capitalised")) && !unicameral;
        // anchors: the forms a variant can be measured against; usually none or a few per document
        List<String> anchors = new ArrayList<>();
        for (Map.Entry<String, List<Token>> e : forms.entrySet()) {
            String f = e.getKey();
            int count = e.getValue().size();
            if (known.contains(f) || (cased || latinAbroad && latin(f)) && count >= 1
                    || curated.isEmpty() && count >= 2 && knownAbroad(f)) {
                anchors.add(f);
            }
        }
        // forms by first letter and length, so each anchor meets only its possible variants
        Map<Long, List<String>> byShape = new HashMap<>();
        for (String f : forms.keySet()) {
            byShape.computeIfAbsent(shape(f.codePointAt(0), NameForms.length(f)), k -> new ArrayList<>()).add(f);
        }
        misspeltPartOfKnownName(doc, normal, reported, ctx);
        Set<String> seenPairs = new HashSet<>();
        Pass pass = new Pass(forms, known, curated, reported, ctx, cased, latinAbroad, doc);
        for (String anchor : anchors) {
            int la = NameForms.length(anchor);
            for (int len : new int[] {la - 1, la + 1}) {
                for (String other : byShape.getOrDefault(shape(anchor.codePointAt(0), len), List.of())) {
                    String a = anchor.compareTo(other) < 0 ? anchor : other;
                    String b2 = a == anchor ? other : anchor;
                    if (seenPairs.add(a + "\u0000" + b2)) {
                        judge(a, b2, pass);
                    }
                }
            }
        }
    }

    /**
     * A place or organisation of several words whose other words stand right there as the
     * gazetteer writes them, with one word that lost or doubled a letter inside it
     * (الوايات المتحدة for الولايات المتحدة). Person names are left out: their transliterations
     * vary (دونلد / دونالد ترامب).
     */
    private void misspeltPartOfKnownName(Document doc, List<String> normal, Set<String> reported, RuleContext ctx) {
        Map<String, List<Gazetteer.Name>> byPart = gazetteer.byPart(doc.language());
        if (byPart.isEmpty()) {
            return;
        }
        List<Token> tokens = doc.tokens();
        String text = doc.text();
        for (int i = 0; i < tokens.size(); i++) {
            for (Gazetteer.Name name : byPart.getOrDefault(normal.get(i), List.of())) {
                List<String> parts = name.tokens();
                for (int p = 0; p < parts.size(); p++) {
                    if (!parts.get(p).equals(normal.get(i))) {
                        continue;
                    }
                    int from = i - p;
                    int to = from + parts.size() - 1;
                    if (from < 0 || to >= tokens.size() || !adjacent(tokens, from, to, text)) {
                        continue;
                    }
                    int wrong = -1;
                    for (int q = 0; q < parts.size() && wrong != -2; q++) {
                        String want = parts.get(q);
                        String got = normal.get(from + q);
                        if (!want.equals(got)) {
                            wrong = wrong == -1 && lostOrDoubled(want, got) ? from + q : -2;
                        }
                    }
                    if (wrong >= 0 && reported.add(normal.get(wrong))) {
                        Token t = tokens.get(wrong);
                        ctx.report(t.start(), t.end(), "'" + t.text() + "' looks like a misspelling of '"
                                + name.written() + "', a known name whose other words stand beside it",
                                name.written());
                    }
                }
            }
        }
    }

    /** The tokens from..to follow each other on one line, separated by spaces or hyphens only. */
    private static boolean adjacent(List<Token> tokens, int from, int to, String text) {
        for (int k = from; k < to; k++) {
            for (int c = tokens.get(k).end(); c < tokens.get(k + 1).start(); c++) {
                char ch = text.charAt(c);
                if (ch != ' ' && ch != '-' && ch != '\u00A0') {
                    return false;
                }
            }
        }
        return true;
    }

    /** The written form lost or doubled one letter well inside the word (not at its ends). */
    private static boolean lostOrDoubled(String want, String got) {
        int lw = NameForms.length(want);
        int lg = NameForms.length(got);
        if (lw < MIN_LETTERS || Math.abs(lw - lg) != 1 || NameForms.distance(want, got, 1) != 1) {
            return false;
        }
        int[] ends = NameForms.sharedEnds(want, got);
        int changed = changedLetter(want, got, ends);
        return ends[0] >= 2 && ends[1] >= 1 && (lg < lw || doubling(want, got)) && !MATRES.contains(changed);
    }

    /** The letter the longer of two forms has and the shorter lacks (forms one letter apart). */
    private static int changedLetter(String a, String b, int[] ends) {
        String longer = NameForms.length(a) > NameForms.length(b) ? a : b;
        return longer.codePointAt(longer.offsetByCodePoints(0, ends[0]));
    }

    /** Cyrillic soft and hard signs: transliterations of one foreign name differ by them (Чарлз / Чарльз). */
    private static final Set<Integer> SIGNS = Set.of(0x044C, 0x042C, 0x044A, 0x042A);

    /**
     * Letters that write long vowels in abjads (alef, waw, yeh; Hebrew alef, vav, yod): words of
     * these scripts gain and lose them in inflection (ایالات / ایالت), so their loss is no misspelling.
     */
    private static final Set<Integer> MATRES = Set.of(0x0627, 0x0648, 0x064A, 0x0649, 0x06CC, 0x05D0, 0x05D5, 0x05D9);

    private static long shape(int firstCodePoint, int length) {
        return ((long) firstCodePoint << 16) | (length & 0xFFFF);
    }

    /** What one check of one document knows; rules keep no state between documents. */
    private record Pass(Map<String, List<Token>> forms, Set<String> known, Set<String> curated, Set<String> reported,
                        RuleContext ctx, boolean cased, boolean latinAbroad, Document doc) {
        /** Where tokens start in the middle of a sentence (char offsets); computed only when a pair needs it. */
        java.util.BitSet midSentence() {
            return doc.derived(MidSentence.class, MidSentence::starts);
        }

        /** The normal forms that occur written in lower case somewhere in the document. */
        Set<String> lowerCase() {
            return doc.derived(LowerCase.class, LowerCase::forms);
        }
    }

    /** Token starts not preceded by a sentence boundary since the previous token. */
    private static final class MidSentence {
        static java.util.BitSet starts(Document doc) {
            java.util.BitSet out = new java.util.BitSet(doc.text().length());
            List<Token> all = doc.tokens();
            String text = doc.text();
            for (int k = 1; k < all.size(); k++) {
                boolean boundary = false;
                for (int i = all.get(k - 1).end(); i < all.get(k).start() && !boundary; i++) {
                    char c = text.charAt(i);
                    boundary = c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“'
                            || c == '”' || c == '«' || c == '»';
                }
                if (!boundary) {
                    out.set(all.get(k).start());
                }
            }
            return out;
        }
    }

    /** Normal forms of the tokens that start with a lower-case letter. */
    private static final class LowerCase {
        static Set<String> forms(Document doc) {
            Set<String> out = new HashSet<>();
            List<Token> all = doc.tokens();
            List<String> normal = NameForms.of(doc);
            for (int ti = 0; ti < all.size(); ti++) {
                if (UCharacter.isULowercase(all.get(ti).text().codePointAt(0))) {
                    out.add(normal.get(ti));
                }
            }
            return out;
        }
    }

    private void judge(String a, String b, Pass p) {
        Map<String, List<Token>> forms = p.forms();
        Set<String> known = p.known();
        Set<String> curated = p.curated();
        boolean cased = p.cased();
        int la = NameForms.length(a);
        int lb = NameForms.length(b);
        int diff = Math.abs(la - lb);
        // one letter dropped or doubled; a letter replaced by another is how different words
        // differ (علاقة / علامة), not how one name is misspelt
        if (diff != 1 || NameForms.distance(a, b, diff) != diff) {
            return;
        }
        int[] ends = NameForms.sharedEnds(a, b);
        if (ends[0] < 2 || ends[1] < 1) {
            return; // the difference touches a word end: inflection, not a variant
        }
        // well inside the word: three letters agree at the start (both uses below also require the
        // rare form to be the shorter one: a letter lost, as machine translation loses them)
        boolean deepInside = ends[0] >= 3 && ends[1] >= 1;
        boolean ka = known.contains(a) || curated.isEmpty() && knownAbroad(a);
        boolean kb = known.contains(b) || curated.isEmpty() && knownAbroad(b);
        int ca = forms.get(a).size();
        int cb = forms.get(b).size();
        String rare = null;
        String main = null;
        if (ka != kb) {
            main = ka ? a : b;
            rare = ka ? b : a;
            if (forms.get(rare).size() > Math.max(1, forms.get(main).size() / 2)) {
                return; // used as often as the known form: a spelling of its own
            }
            if (!curated.contains(main) && (forms.get(main).size() < 2 && !(deepInside && rare.length() < main.length())
                    || NameForms.length(rare) < SHORT)) {
                return; // CLDR's many short place names collide with ordinary words: ask for more evidence
            }
        } else if (!ka && !suffixAlternation(ends) && !SIGNS.contains(changedLetter(a, b, ends)) && (cased || p.latinAbroad() && latin(a) && latin(b)) && Math.min(ca, cb) == 1
                && !shouted(forms.get(a)) && !shouted(forms.get(b))
                && !p.lowerCase().contains(a) && !p.lowerCase().contains(b) // also written in lower case: a word
                && (Math.max(ca, cb) >= 3 && anyMidSentence(forms.get(ca >= cb ? a : b), p.midSentence())
                || midSentence(forms.get(a), p.midSentence()) && midSentence(forms.get(b), p.midSentence()))) {
            // the longer form is the name, the shorter one lost a letter; or the more frequent one
            String longer = NameForms.length(a) > NameForms.length(b) ? a : b;
            main = ca == cb ? longer : ca > cb ? a : b;
            rare = main.equals(a) ? b : a;
            if (NameForms.length(rare) > NameForms.length(main)) {
                rare = null; // an added letter without a known form: too often another word
            } else if ((!deepInside || NameForms.length(rare) < 5 || ca == cb) && !near(forms.get(rare), forms.get(main))) {
                rare = null; // weaker evidence (a short word, a change near the start, one use of each): only in one passage
            }
        }
        if (rare == null || NameForms.length(rare) > NameForms.length(main) && !doubling(main, rare)
                || !p.reported().add(rare)) {
            return; // an added letter that doubles no neighbour makes another word (پیرس / پیٹرس)
        }
        String mainText = forms.get(main).get(0).text();
        for (Token t : forms.get(rare)) {
            p.ctx().report(t.start(), t.end(), "'" + t.text() + "' looks like a variant spelling of '" + mainText + "' ("
                    + forms.get(main).size() + "× in this document" + (known.contains(main) ? ", a known name" : "")
                    + ")", mainText);
        }
    }

    /**
     * A name the gazetteer has in another language only: its Latin skeleton is a known one
     * (ፑቲን → "putin"). Only for languages the gazetteer does not cover, where nothing else
     * would anchor a variant.
     */
    private boolean knownAbroad(String form) {
        return gazetteer.skeletons().contains(Skeletons.of(form));
    }

    /**
     * A long stem with the difference next to the last letter: a case ending of its own
     * (Ştatlarına / Ştatlarında, Гренландію / Гренландією), not a lost letter.
     */
    private static boolean suffixAlternation(int[] ends) {
        return ends[1] == 1 && ends[0] >= LONG_STEM;
    }

    /** Some occurrence of the one form stands within {@value #NEAR} characters of one of the other. */
    private static boolean near(List<Token> a, List<Token> b) {
        for (Token x : a) {
            for (Token y : b) {
                if (Math.abs(x.start() - y.start()) <= NEAR) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every occurrence is capitalised in the middle of a sentence: a name, not a sentence-initial word. */
    private static boolean midSentence(List<Token> occurrences, java.util.BitSet midSentence) {
        for (Token t : occurrences) {
            if (!midSentence.get(t.start())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Some occurrence is capitalised in the middle of a sentence. A word seen capitalised only at
     * the start of sentences and headings (Article, Everyone) is no evidence of a name.
     */
    private static boolean anyMidSentence(List<Token> occurrences, java.util.BitSet midSentence) {
        return occurrences.stream().anyMatch(t -> midSentence.get(t.start()));
    }

    /** Every occurrence is written in capitals: a heading or an acronym, not a name spelled out. */
    private static boolean shouted(List<Token> occurrences) {
        return occurrences.stream().allMatch(t -> t.text().codePoints().filter(UCharacter::isLetter)
                .allMatch(UCharacter::isUUppercase));
    }

    private static boolean latin(String form) {
        return form.codePoints().filter(UCharacter::isLetter).allMatch(c -> UScript.getScript(c) == UScript.LATIN);
    }

    /** The longer form only repeats a letter of the shorter one (کেসিএনএ / কেসিএএনএ). */
    private static boolean doubling(String shorter, String longer) {
        int[] ends = NameForms.sharedEnds(shorter, longer);
        int[] l = longer.codePoints().toArray();
        int at = ends[0]; // the first differing position in the longer form
        return at < l.length && (at > 0 && l[at] == l[at - 1] || at + 1 < l.length && l[at] == l[at + 1]);
    }

    /** A letter of the document's script, to tell whether the script has case. */
    private static int scriptSample(Document doc) {
        for (Token t : doc.tokens()) {
            if (t.script() == doc.script()) {
                return t.text().codePointAt(0);
            }
        }
        return 'a';
    }

    /** Capitalised in scripts with case; any word in scripts without. */
    private static boolean nameLike(String word) {
        int first = word.codePointAt(0);
        boolean cased = UCharacter.isUUppercase(first) || UCharacter.isULowercase(first);
        return !cased || UCharacter.isUUppercase(first) || UCharacter.isTitleCase(first);
    }

}
