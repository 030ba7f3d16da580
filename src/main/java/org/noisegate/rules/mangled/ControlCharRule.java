package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import org.noisegate.internal.CodePoints;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * C0 and C1 control characters (other than tab, line feed, carriage return and form feed),
 * DEL, unassigned code points and noncharacters; private-use characters as info.
 */
final class ControlCharRule extends BaseRule {
    ControlCharRule() {
        super("mangled.control-char", Category.MANGLED, Severity.WARNING,
                "Stray control characters, unassigned code points and noncharacters (private use: info).");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            int n = Character.charCount(cp);
            int type = UCharacter.getType(cp);
            if (type == UCharacterCategory.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
                ctx.report(i, i + n, "control character " + CodePoints.describe(cp), "remove it");
            } else if (type == UCharacterCategory.UNASSIGNED || isNonCharacter(cp)) {
                ctx.report(i, i + n, "unassigned code point or noncharacter " + String.format(java.util.Locale.ROOT,
                        "U+%04X", cp), "remove it or re-decode the source");
            } else if (type == UCharacterCategory.PRIVATE_USE) {
                ctx.report(Severity.INFO, i, i + n, "private-use character " + String.format(java.util.Locale.ROOT,
                        "U+%04X", cp) + " (renders only with a special font)", null);
            }
            i += n;
        }
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
