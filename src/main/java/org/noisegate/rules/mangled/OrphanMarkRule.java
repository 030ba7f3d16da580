package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import java.util.BitSet;
import org.noisegate.internal.CodePoints;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Scripts;

/**
 * A combining mark with nothing to combine with: after a space, a line start or punctuation, or
 * after a letter of a script the mark does not belong to ("দৃ solid ়", "राम्रोसँग िनभए").
 * A mark written on U+25CC DOTTED CIRCLE or U+00A0 is shown on purpose and not flagged, and
 * Myanmar marks inside Burmese text in the Zawgyi encoding are left to {@code mangled.zawgyi}.
 */
final class OrphanMarkRule extends BaseRule {
    /** Combining marks other than variation selectors: the only characters the rule looks at. */
    private static final UnicodeSet MARKS = new UnicodeSet("[[:Mn:][:Mc:][:Me:]-[:Variation_Selector:]]").freeze();
    OrphanMarkRule() {
        super("mangled.orphan-mark", Category.MANGLED, Severity.ERROR,
                "Combining marks (vowel signs, nukta, diacritics) cut off from the letter they belong to.");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        for (int i = MARKS.span(t, 0, UnicodeSet.SpanCondition.NOT_CONTAINED); i < t.length(); ) {
            int cp = t.codePointAt(i);
            int n = Character.charCount(cp);
            if (MARKS.contains(cp)) {
                int end = i + n;
                while (end < t.length() && Scripts.isMark(t.codePointAt(end))) {
                    end += Character.charCount(t.codePointAt(end));
                }
                String why = orphaned(t, i, cp);
                if (why != null && ZawgyiRule.MYANMAR.contains(cp) && ZawgyiRule.inZawgyi(doc, i)) {
                    why = null; // Zawgyi puts vowel sign E and medials first; mangled.zawgyi reports the run once
                }
                if (why != null) {
                    Severity s = UScript.getScript(cp) == UScript.INHERITED ? Severity.WARNING : Severity.ERROR;
                    ctx.report(s, i, end, "combining mark " + CodePoints.describe(cp) + " " + why,
                            "join it to its letter or remove it");
                }
                i = MARKS.span(t, end, UnicodeSet.SpanCondition.NOT_CONTAINED);
                continue;
            }
            i = MARKS.span(t, i + n, UnicodeSet.SpanCondition.NOT_CONTAINED);
        }
    }

    /** Why the mark at i has no base, or null when it has one. */
    private static String orphaned(String t, int i, int mark) {
        if (i == 0) {
            return "at the start of the text";
        }
        int base = t.codePointBefore(i);
        if (base == 0x25CC || base == 0x00A0 || base == 0x200D || base == 0x200C) {
            return null;
        }
        if (Character.isWhitespace(base)) {
            return "after a space: its letter is missing";
        }
        if ((base == '-' || base == '\u2010') && i >= 2 && UCharacter.isDigit(t.codePointBefore(i - 1))) {
            return null; // an ordinal suffix after a number: Malayalam 2-ാം
        }
        if (!Scripts.isLetter(base) && !UCharacter.isDigit(base)) {
            int markScript = UScript.getScript(mark);
            if (markScript == UScript.INHERITED || markScript == UScript.COMMON) {
                return null; // diacritics and keycaps combine with symbols too
            }
            return "after '" + new String(Character.toChars(base)) + "': its letter is missing";
        }
        int markScript = UScript.getScript(mark);
        if (markScript == UScript.INHERITED || markScript == UScript.COMMON) {
            return null;
        }
        BitSet ext = new BitSet();
        UScript.getScriptExtensions(mark, ext);
        int baseScript = UScript.getScript(base);
        if (ext.get(baseScript) || baseScript == UScript.COMMON || baseScript == UScript.INHERITED) {
            return null;
        }
        return "after a " + UScript.getName(baseScript) + " letter: it belongs to " + UScript.getName(markScript);
    }
}
