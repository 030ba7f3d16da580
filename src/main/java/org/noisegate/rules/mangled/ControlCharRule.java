package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.UnicodeSet;
import org.noisegate.internal.CodePoints;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * C0 and C1 control characters (other than tab, line feed, carriage return and form feed),
 * DEL, unassigned code points and noncharacters; private-use characters as info.
 */
final class ControlCharRule extends CharacterRule {
    private static final UnicodeSet CANDIDATES = new UnicodeSet("[[:Cc:][:Cn:][:Co:][\\uFDD0-\\uFDEF]-[\\t\\n\\r\\f]]")
            .freeze();

    ControlCharRule() {
        super("mangled.control-char", Severity.WARNING,
                "Stray control characters, unassigned code points and noncharacters (private use: info).");
    }

    @Override
    UnicodeSet candidates() {
        return CANDIDATES;
    }

    @Override
    void visit(Document doc, int i, int cp, RuleContext ctx) {
        int n = Character.charCount(cp);
        int type = UCharacter.getType(cp);
        if (type == UCharacterCategory.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
            ctx.report(i, i + n, "control character " + CodePoints.describe(cp), "remove it");
        } else if (type == UCharacterCategory.UNASSIGNED || isNonCharacter(cp)) {
            ctx.report(i, i + n, "unassigned code point or noncharacter " + code(cp), "remove it or re-decode the source");
        } else if (type == UCharacterCategory.PRIVATE_USE) {
            ctx.report(Severity.INFO, i, i + n, "private-use character " + code(cp) + " (renders only with a special font)",
                    null);
        }
    }

    private static String code(int cp) {
        return String.format(java.util.Locale.ROOT, "U+%04X", cp);
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }
}
