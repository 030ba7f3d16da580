package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.UnicodeSet;
import org.noisegate.internal.CodePoints;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Scripts;

/**
 * Invisible characters where they do not belong: bidi embeddings, overrides and isolates, byte
 * order marks inside the text and Hangul or Khmer fillers are warnings. Zero width spaces,
 * joiners and non-joiners outside words, LRM/RLM and soft hyphens are info only: professional
 * text is full of them and they do not change what a reader sees. Legitimate uses (ZWNJ inside
 * a Persian or Bengali word, ZWJ in emoji sequences, ZWSP in Thai or Khmer) are not reported.
 */
final class InvisibleCharRule extends CharacterRule {
    private static final UnicodeSet CANDIDATES = new UnicodeSet("[[:Bidi_Control:][:Default_Ignorable_Code_Point:]"
            + "\\u00AD\\u061C\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u3164\\uFFA0\\u17B4\\u17B5]").freeze();

    InvisibleCharRule() {
        super("mangled.invisible-char", Severity.WARNING,
                "Bidi controls, inner byte order marks and fillers (stray zero-width characters: info).");
    }

    @Override
    UnicodeSet candidates() {
        return CANDIDATES;
    }

    @Override
    void visit(Document doc, int i, int cp, RuleContext ctx) {
        int n = Character.charCount(cp);
        Severity s = severity(cp, doc.text(), i, n, doc.script());
        if (s != null) {
            ctx.report(s, i, i + n, "invisible character " + CodePoints.describe(cp) + advice(cp),
                    s == Severity.INFO ? null : "remove it");
        }
    }

    private static String advice(int cp) {
        if (UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL)) {
            return " (bidi control: it can reorder the text around it)";
        }
        return cp == 0x200C || cp == 0x200D ? " outside a word" : "";
    }

    /** The severity for the code point, or null when it is fine here. */
    private static Severity severity(int cp, String t, int i, int n, int docScript) {
        switch (cp) {
            case 0x200E: case 0x200F: case 0x061C:
                return Severity.INFO; // marks used to fix up bidi text
            case 0x00AD: case 0x2060:
                return Severity.INFO; // soft hyphen, word joiner: harmless
            case 0xFEFF:
                return i == 0 ? Severity.INFO : Severity.WARNING;
            case 0x200B:
                return Scripts.isSpaceless(docScript) ? null : Severity.INFO; // a line-break hint, common in clean text
            case 0x200C: case 0x200D:
                return insideWord(t, i, n) ? null : Severity.INFO;
            case 0x2061: case 0x2062: case 0x2063: case 0x2064:
                return Severity.INFO; // invisible math operators: harmless in prose
            case 0x3164: case 0xFFA0: case 0x17B4: case 0x17B5:
                return Severity.WARNING; // fillers and deprecated inherent vowels: spoofing or broken input
            default:
                break;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL)) {
            return Severity.WARNING;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.VARIATION_SELECTOR)) {
            return null;
        }
        if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
            return Severity.INFO;
        }
        return null;
    }

    private static boolean insideWord(String t, int i, int n) {
        if (i == 0 || i + n >= t.length()) {
            return false;
        }
        int before = t.codePointBefore(i);
        int after = t.codePointAt(i + n);
        if (UCharacter.hasBinaryProperty(before, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(after, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(before, UProperty.VARIATION_SELECTOR)
                || UCharacter.hasBinaryProperty(before, UProperty.EMOJI_MODIFIER)) {
            return true;
        }
        boolean wordBefore = Scripts.isLetter(before) || Scripts.isMark(before);
        boolean wordAfter = Scripts.isLetter(after) || Scripts.isMark(after)
                || after == 0x200C || after == 0x200D;
        return wordBefore && wordAfter;
    }
}
