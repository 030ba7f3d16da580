package org.noisegate.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;

/** Script and character-class helpers over ICU properties. */
public final class Scripts {
    private Scripts() {
    }

    /** The script of every BMP code point (INHERITED folded into COMMON), looked up once. */
    private static final short[] BMP_SCRIPT = bmpScripts();

    private static short[] bmpScripts() {
        short[] out = new short[0x10000];
        for (int cp = 0; cp < out.length; cp++) {
            int s = UScript.getScript(cp);
            out[cp] = (short) (s == UScript.INHERITED ? UScript.COMMON : s);
        }
        return out;
    }

    /** ICU's general category of every BMP code point, looked up once (the hot character-class tests read it). */
    private static final byte[] BMP_TYPE = bmpTypes();

    private static byte[] bmpTypes() {
        byte[] out = new byte[0x10000];
        for (int cp = 0; cp < out.length; cp++) {
            out[cp] = (byte) UCharacter.getType(cp);
        }
        return out;
    }

    /** ICU's general category ({@link UCharacterCategory}) of a code point. */
    public static int type(int cp) {
        return cp < 0x10000 ? BMP_TYPE[cp] : UCharacter.getType(cp);
    }

    /** The script of a letter, with Han/Kana/Hangul kept apart; COMMON for non-letters. */
    public static int scriptOf(int cp) {
        if (cp < 0x80) {
            return isAsciiLetter(cp) ? UScript.LATIN : UScript.COMMON;
        }
        if (cp < 0x10000) {
            return BMP_SCRIPT[cp];
        }
        int s = UScript.getScript(cp);
        return s == UScript.INHERITED ? UScript.COMMON : s;
    }

    /** ISO 15924 code of a script, e.g. "Beng". */
    public static String code(int script) {
        return UScript.getShortName(script);
    }

    public static boolean isLetter(int cp) {
        if (cp < 0x80) {
            return isAsciiLetter(cp);
        }
        int t = type(cp); // Lu Ll Lt Lm Lo, as UCharacter.isLetter
        return t >= UCharacterCategory.UPPERCASE_LETTER && t <= UCharacterCategory.OTHER_LETTER;
    }

    private static boolean isAsciiLetter(int cp) {
        int lower = cp | 0x20;
        return lower >= 'a' && lower <= 'z';
    }

    /** Combining mark: general category Mn, Mc or Me. */
    public static boolean isMark(int cp) {
        int t = type(cp);
        return t == UCharacterCategory.NON_SPACING_MARK || t == UCharacterCategory.COMBINING_SPACING_MARK
                || t == UCharacterCategory.ENCLOSING_MARK;
    }

    /** Letters, marks, decimal digits and the joiners that live inside words. */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return isAsciiLetter(cp) || cp >= '0' && cp <= '9';
        }
        // one lookup: the letter (Lu Ll Lt Lm Lo), mark (Mn Me Mc) and digit (Nd) categories are 1-9
        int t = type(cp);
        return t >= UCharacterCategory.UPPERCASE_LETTER && t <= UCharacterCategory.DECIMAL_DIGIT_NUMBER
                || cp == 0x200C || cp == 0x200D;
    }

    /** True for Han, Hiragana, Katakana, Hangul: scripts that mix within one language. */
    public static boolean isCjk(int script) {
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.HANGUL || script == UScript.BOPOMOFO;
    }

    /** True when two scripts are used together by one writing system (Japanese, Korean). */
    public static boolean compatible(int a, int b) {
        return a == b || (isCjk(a) && isCjk(b));
    }

    /** Scripts written without spaces between words, where tokens are not words. */
    public static boolean isSpaceless(int script) {
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.THAI || script == UScript.LAO || script == UScript.KHMER
                || script == UScript.MYANMAR || script == UScript.TIBETAN;
    }

    /** Sentence-final punctuation in many scripts. */
    public static boolean isSentenceFinal(int cp) {
        switch (cp) {
            case '.': case '!': case '?': case '…': case '।': case '॥': case '؟': case '۔': case '。':
            case '！': case '？': case '።': case '፧': case '။': case '།': case '៕': case '։': case ';':
            case '჻': case '·': case ':':
                return true;
            default:
                return false;
        }
    }
}
