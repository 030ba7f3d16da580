package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.BitSet;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Scripts;
import org.noisegate.text.Token;

/**
 * Words whose letters come from scripts that do not mix: Latin with Cyrillic look-alikes
 * ("Рutin", "Mоsкva"), or scripts interleaved inside one word ("সরকারgovernmentের"). A word
 * that ICU's {@link SpoofChecker} finds confusable with a single-script word is a spoof or OCR
 * look-alike: an error. A single switch of script is how many languages attach their affixes to
 * a foreign acronym (NASAর, የWiFi, وCity) and is not flagged. Japanese kana with kanji and Korean
 * Hangul with Hanja are one writing system.
 */
final class MixedScriptRule extends BaseRule {
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.MIXED_SCRIPT_CONFUSABLE).build();

    MixedScriptRule() {
        super("mangled.mixed-script", Category.MANGLED, Severity.WARNING,
                "Words mixing letters of scripts that do not mix, such as Cyrillic look-alikes in a Latin word.");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Token tok : doc.tokens()) {
            org.noisegate.rule.Budget.check();
            if (tok.script() != Token.MIXED) {
                continue;
            }
            String scripts = scriptNames(tok.text());
            boolean lookAlike = lookAlike(tok.text());
            if (!lookAlike && (switches(tok.text()) < 2 || spaceless(tok.text()))) {
                continue; // an affix on a foreign word (NASAর, የWiFi, وCity); Latin inside Japanese or Thai
            }
            ctx.report(lookAlike ? Severity.ERROR : Severity.WARNING, tok.start(), tok.end(),
                    (lookAlike ? "look-alike letters from several scripts in '" : "letters of several scripts in '")
                            + tok.text() + "' (" + scripts + ")",
                    lookAlike ? "retype the word in one script" : "separate or transliterate the parts");
        }
    }

    /** True when the letters of the minority script all have look-alikes in the majority one. */
    private static boolean lookAlike(String word) {
        String skeleton = SPOOF.getSkeleton(SpoofChecker.ANY_CASE, word);
        BitSet seen = new BitSet();
        skeleton.codePoints().filter(Scripts::isLetter).map(Scripts::scriptOf)
                .filter(s -> s != UScript.COMMON).forEach(seen::set);
        return seen.cardinality() == 1;
    }

    /** Has letters of a script written without spaces, where a token is a whole phrase. */
    private static boolean spaceless(String word) {
        return word.codePoints().filter(Scripts::isLetter).anyMatch(cp -> Scripts.isSpaceless(Scripts.scriptOf(cp)));
    }

    /** How often the script changes from one letter to the next (other characters skipped). */
    private static int switches(String word) {
        int last = UScript.COMMON;
        int n = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (!Scripts.isLetter(cp)) {
                continue;
            }
            int s = Scripts.scriptOf(cp);
            if (s == UScript.COMMON) {
                continue;
            }
            if (last != UScript.COMMON && !Scripts.compatible(last, s)) {
                n++;
            }
            last = s;
        }
        return n;
    }

    private static String scriptNames(String word) {
        BitSet seen = new BitSet();
        word.codePoints().filter(Scripts::isLetter).map(Scripts::scriptOf)
                .filter(s -> s != UScript.COMMON).forEach(seen::set);
        StringBuilder b = new StringBuilder();
        seen.stream().forEach(s -> b.append(b.length() == 0 ? "" : " + ").append(UScript.getName(s)));
        return b.toString();
    }
}
