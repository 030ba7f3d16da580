package org.noisegate.rules.names;

import com.ibm.icu.lang.UCharacter;
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
 * কেসিএএনএ). Two word forms are variants when they differ by one edit (two from 8 letters)
 * inside the word: at least two letters agree at the start and one at the end, so inflection
 * (which changes word ends) is not mistaken for a variant. The rare form is reported when the
 * other is a known name (gazetteer or CLDR) and it is not, or when the other is used at least
 * three times and it only once. In scripts with letter case only capitalised words count;
 * frequent words of the language never do.
 */
final class VariantSpellingRule extends BaseRule {
    private static final int MIN_LETTERS = 4;
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
        Map<String, List<Token>> forms = new LinkedHashMap<>();
        for (Token t : doc.tokens()) {
            if (t.script() != doc.script() || !nameLike(t.text())) {
                continue;
            }
            String n = NameForms.normalize(t.text());
            if (NameForms.length(n) < MIN_LETTERS || stop.contains(n)) {
                continue;
            }
            forms.computeIfAbsent(n, k -> new ArrayList<>()).add(t);
        }
        Set<String> known = gazetteer.tokens(doc.language(), doc.script());
        Map<String, Set<String>> byKey = new HashMap<>();
        for (String f : forms.keySet()) {
            for (String k : deletionKeys(f)) {
                byKey.computeIfAbsent(k, x -> new HashSet<>()).add(f);
            }
        }
        Set<String> reported = new HashSet<>();
        Set<String> seenPairs = new HashSet<>();
        for (Set<String> group : byKey.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (String a : group) {
                for (String b : group) {
                    if (a.compareTo(b) >= 0 || !seenPairs.add(a + "\u0000" + b)) {
                        continue;
                    }
                    judge(a, b, forms, known, reported, ctx);
                }
            }
        }
    }

    private void judge(String a, String b, Map<String, List<Token>> forms, Set<String> known, Set<String> reported,
                       RuleContext ctx) {
        int maxLen = Math.max(NameForms.length(a), NameForms.length(b));
        int allowed = maxLen >= 8 ? 2 : 1;
        if (NameForms.distance(a, b, allowed) > allowed) {
            return;
        }
        int[] ends = NameForms.sharedEnds(a, b);
        if (ends[0] < 2 || ends[1] < 1) {
            return; // the difference touches a word end: inflection, not a variant
        }
        boolean ka = known.contains(a);
        boolean kb = known.contains(b);
        int ca = forms.get(a).size();
        int cb = forms.get(b).size();
        String rare = null;
        String main = null;
        if (ka != kb) {
            main = ka ? a : b;
            rare = ka ? b : a;
            if (forms.get(rare).size() > Math.max(2, forms.get(main).size())) {
                return;
            }
        } else if (!ka && Math.max(ca, cb) >= 3 && Math.min(ca, cb) == 1) {
            main = ca > cb ? a : b;
            rare = ca > cb ? b : a;
        }
        if (rare == null || !reported.add(rare)) {
            return;
        }
        String mainText = forms.get(main).get(0).text();
        for (Token t : forms.get(rare)) {
            ctx.report(t.start(), t.end(), "'" + t.text() + "' looks like a variant spelling of '" + mainText + "' ("
                    + forms.get(main).size() + "× in this document" + (known.contains(main) ? ", a known name" : "")
                    + ")", mainText);
        }
    }

    /** Capitalised in scripts with case; any word in scripts without. */
    private static boolean nameLike(String word) {
        int first = word.codePointAt(0);
        boolean cased = UCharacter.isUUppercase(first) || UCharacter.isULowercase(first);
        return !cased || UCharacter.isUUppercase(first) || UCharacter.isTitleCase(first);
    }

    /** The word and every form of it with one code point deleted. */
    private static List<String> deletionKeys(String w) {
        int[] cps = w.codePoints().toArray();
        List<String> keys = new ArrayList<>(cps.length + 1);
        keys.add(w);
        for (int i = 0; i < cps.length; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < cps.length; j++) {
                if (j != i) {
                    b.appendCodePoint(cps[j]);
                }
            }
            keys.add(b.toString());
        }
        return keys;
    }
}
