package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.IndicPositionalCategory;
import com.ibm.icu.lang.UCharacter.IndicSyllabicCategory;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.BitSet;

/**
 * The part each character plays in a syllable of the Brahmic and South-East Asian scripts,
 * derived once from Unicode's Indic_Syllabic_Category, Indic_Positional_Category, general
 * category and script, in the manner of the Universal Shaping Engine (USE) character classes:
 * bases, prefixes (repha), consonant modifiers (nukta), viramas and stackers, subjoined and
 * medial consonants, vowel signs by position (pre, above, below, post), vowel modifiers
 * (bindu, visarga, tone marks), finals and syllable modifiers.
 *
 * <p>A script takes part when Unicode gives any of its characters an Indic_Syllabic_Category:
 * that is every Brahmic script and the scripts of South-East Asia (67 in Unicode 16), none of
 * them listed here. Each script belongs to a family whose syllable model
 * {@link SyllableChecker} follows: the Indic scripts HarfBuzz's Indic shaper handles (and
 * Sinhala), Thai and Lao, Khmer, Myanmar, Tibetan, and the USE model for all the others.
 *
 * <p>The classes are packed into one int per code point ({@link #of}), kept in 256-entry pages
 * for the blocks of those scripts only; everything else is classified on the fly, which only
 * happens in the few tokens that mix such a script with another.
 */
final class SyllableClasses {
    // kinds
    static final int OTHER = 0;
    /** A consonant, an independent vowel, a placeholder: what a syllable is built on. */
    static final int BASE = 1;
    /** A vowel written (and stored) before its consonant: Thai and Lao เ แ โ ใ ไ. */
    static final int LEADING = 2;
    /** A consonant form stored before its base: repha, consonant with stacker. */
    static final int PREFIX = 3;
    static final int NUKTA = 4;
    static final int HALANT = 5;
    /** An invisible stacker: Khmer coeng, Myanmar virama, Tai Tham sakot. */
    static final int STACKER = 6;
    static final int SUB = 7;
    static final int MEDIAL = 8;
    static final int VOWEL = 9;
    static final int KILLER = 10;
    static final int VMOD = 11;
    static final int FINAL = 12;
    static final int FMOD = 13;
    /** ZWJ and ZWNJ: legitimate inside syllables, transparent to the grammar. */
    static final int JOINER = 14;
    /** Marks that may sit anywhere in a syllable: cantillation, Vedic accents, variation selectors. */
    static final int PASSIVE = 15;
    static final int NUMBER = 16;
    /** A spacing vowel letter that carries no marks: Thai and Lao ะ า ำ. */
    static final int SPACING = 17;
    /** A combining mark of a script outside these families (mangled.orphan-mark's business). */
    static final int FOREIGN = 18;

    // families
    static final int NONE = 0;
    static final int INDIC = 1;
    static final int THAI = 2;
    static final int KHMER = 3;
    static final int MYANMAR = 4;
    static final int TIBETAN = 5;
    static final int USE = 6;
    /** Tai Tham: USE classes, but its storage order is unsettled (HarfBuzz issue 2061), so no order checks. */
    static final int TAI_THAM = 7;

    // positions
    static final int POS_NONE = 0;
    static final int PRE = 1;
    static final int ABOVE = 2;
    static final int BELOW = 3;
    static final int POST = 4;

    private static final int FLAG_INDEPENDENT = 1 << 15;
    private static final int FLAG_DEAD = 1 << 16;
    /** NFC_Quick_Check = No: never in NFC. */
    private static final int FLAG_NFC_NO = 1 << 17;
    /** NFC_Quick_Check = Maybe: may compose with what precedes it. */
    private static final int FLAG_NFC_MAYBE = 1 << 18;
    /** A non-zero canonical combining class: canonical order matters. */
    private static final int FLAG_CCC = 1 << 19;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final boolean[] RELEVANT_SCRIPT = new boolean[UScript.CODE_LIMIT];
    /** The classes from Unicode's properties alone, shared by every instance. */
    private static final int[][] UNICODE_PAGES = new int[0x20000 >> 8][];

    static {
        build();
    }

    private final int[][] pages;

    private SyllableClasses(int[][] pages) {
        this.pages = pages;
    }

    /** The classes from Unicode's properties. */
    static SyllableClasses unicode() {
        return new SyllableClasses(UNICODE_PAGES);
    }

    /**
     * The classes with corrections: for each code point (key) a syllabic category and a
     * positional category (ICU property values; -1 keeps Unicode's). Only the pages touched are
     * copied.
     */
    static SyllableClasses corrected(java.util.Map<Integer, int[]> corrections) {
        int[][] pages = UNICODE_PAGES.clone();
        boolean[] copied = new boolean[pages.length];
        for (java.util.Map.Entry<Integer, int[]> e : corrections.entrySet()) {
            int cp = e.getKey();
            int p = cp >> 8;
            if (p >= pages.length || pages[p] == null) {
                continue; // not a character of these scripts
            }
            if (!copied[p]) {
                pages[p] = pages[p].clone();
                copied[p] = true;
            }
            pages[p][cp & 0xFF] = classify(cp, e.getValue()[0], e.getValue()[1]) | normalizationFlags(cp);
        }
        return new SyllableClasses(pages);
    }

    /** The packed class of a code point. */
    int of(int cp) {
        if (cp < 0x20000) {
            int[] page = pages[cp >> 8];
            if (page != null) {
                return page[cp & 0xFF];
            }
        }
        return outside(cp);
    }

    static int kind(int c) {
        return c & 0x1F;
    }

    static int slot(int c) {
        return (c >> 5) & 0xF;
    }

    static int pos(int c) {
        return (c >> 9) & 0x7;
    }

    static int family(int c) {
        return (c >> 12) & 0x7;
    }

    static boolean independent(int c) {
        return (c & FLAG_INDEPENDENT) != 0;
    }

    static boolean dead(int c) {
        return (c & FLAG_DEAD) != 0;
    }

    /** The UScript code of a character of these scripts; 0 (COMMON) for the others. */
    static int script(int c) {
        return (c >>> 20) & 0xFF;
    }

    static boolean isMark(int kind) {
        return kind >= NUKTA && kind <= FMOD;
    }

    /** Whether tokens of this script (a {@code Token.script()}) can hold the syllables checked here. */
    static boolean relevantScript(int script) {
        return script >= 0 && script < RELEVANT_SCRIPT.length && RELEVANT_SCRIPT[script];
    }

    private static int pack(int kind, int slot, int pos, int family, int flags, int script) {
        return kind | slot << 5 | pos << 9 | family << 12 | flags | script << 20;
    }

    private static void build() {
        UnicodeSet classified = new UnicodeSet()
                .applyIntPropertyValue(UProperty.INDIC_SYLLABIC_CATEGORY, IndicSyllabicCategory.OTHER)
                .complement();
        for (UnicodeSetIterator it = new UnicodeSetIterator(classified); it.next(); ) {
            int s = UScript.getScript(it.codepoint);
            if (s != UScript.COMMON && s != UScript.INHERITED && s != UScript.UNKNOWN) {
                RELEVANT_SCRIPT[s] = true;
            }
        }
        if (UScript.CODE_LIMIT > 256) {
            throw new IllegalStateException("script codes no longer fit in 8 bits: " + UScript.CODE_LIMIT);
        }
        for (int s = 0; s < RELEVANT_SCRIPT.length; s++) {
            if (!RELEVANT_SCRIPT[s]) {
                continue;
            }
            UnicodeSet chars = new UnicodeSet().applyIntPropertyValue(UProperty.SCRIPT, s);
            for (int r = 0; r < chars.getRangeCount(); r++) {
                int last = Math.min(chars.getRangeEnd(r) >> 8, UNICODE_PAGES.length - 1);
                for (int p = chars.getRangeStart(r) >> 8; p <= last; p++) {
                    if (UNICODE_PAGES[p] == null) {
                        int[] page = new int[256];
                        for (int i = 0; i < 256; i++) {
                            int cp = (p << 8) | i;
                            page[i] = classify(cp, -1, -1) | normalizationFlags(cp);
                        }
                        UNICODE_PAGES[p] = page;
                    }
                }
            }
        }
    }

    private static int familyOf(int script) {
        switch (script) {
            case UScript.DEVANAGARI: case UScript.BENGALI: case UScript.GURMUKHI: case UScript.GUJARATI:
            case UScript.ORIYA: case UScript.TAMIL: case UScript.TELUGU: case UScript.KANNADA:
            case UScript.MALAYALAM: case UScript.SINHALA:
                return INDIC;
            case UScript.THAI: case UScript.LAO:
                return THAI;
            case UScript.KHMER:
                return KHMER;
            case UScript.MYANMAR:
                return MYANMAR;
            case UScript.TIBETAN:
                return TIBETAN;
            case UScript.LANNA:
                return TAI_THAM;
            default:
                return USE;
        }
    }

    /**
     * Whether a word is in NFC, from the flags of its characters: true for nearly every word at
     * the cost of one look-up per code point (ICU's isNormalized is slower on Indic text, where
     * many vowel signs have NFC_Quick_Check = Maybe).
     */
    boolean isNfc(String s, int start, int end) {
        int prev = -1;
        int prevCcc = 0;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            int c = of(cp);
            if ((c & (FLAG_NFC_NO | FLAG_NFC_MAYBE | FLAG_CCC)) != 0) {
                if ((c & FLAG_NFC_NO) != 0) {
                    return false;
                }
                int ccc = (c & FLAG_CCC) != 0 ? UCharacter.getCombiningClass(cp) : 0;
                if (ccc != 0 && prevCcc > ccc) {
                    return false;
                }
                if ((c & FLAG_NFC_MAYBE) != 0) {
                    // a starter composes only with the code point right before it; others: ask ICU
                    if (ccc != 0) {
                        return NFC.isNormalized(s.subSequence(start, end));
                    }
                    if (prev >= 0 && NFC.composePair(prev, cp) >= 0) {
                        return false;
                    }
                }
                prevCcc = ccc;
            } else {
                prevCcc = 0;
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        return true;
    }

    private static int normalizationFlags(int cp) {
        int flags = 0;
        int qc = UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK);
        if (qc == 0) {
            flags |= FLAG_NFC_NO;
        } else if (qc == 2) {
            flags |= FLAG_NFC_MAYBE;
        }
        if (UCharacter.getCombiningClass(cp) != 0) {
            flags |= FLAG_CCC;
        }
        return flags;
    }

    /** Characters outside the pages: joiners, digits, inherited marks, other scripts. */
    private static int outside(int cp) {
        return cp < 0x80 ? outsideClass(cp) : outsideClass(cp) | normalizationFlags(cp);
    }

    private static int outsideClass(int cp) {
        if (cp == 0x200C || cp == 0x200D) {
            return JOINER;
        }
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9' ? NUMBER : OTHER;
        }
        int gc = UCharacter.getType(cp);
        if (gc == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
            return NUMBER;
        }
        if (isMarkCategory(gc)) {
            int s = UScript.getScript(cp);
            return s == UScript.INHERITED || s == UScript.COMMON ? PASSIVE : FOREIGN;
        }
        return OTHER;
    }

    private static boolean isMarkCategory(int gc) {
        return gc == UCharacterCategory.NON_SPACING_MARK || gc == UCharacterCategory.COMBINING_SPACING_MARK
                || gc == UCharacterCategory.ENCLOSING_MARK;
    }

    private static int position(int ipc) {
        switch (ipc) {
            case IndicPositionalCategory.LEFT: case IndicPositionalCategory.TOP_AND_LEFT:
            case IndicPositionalCategory.TOP_AND_LEFT_AND_RIGHT: case IndicPositionalCategory.LEFT_AND_RIGHT:
            case IndicPositionalCategory.TOP_AND_BOTTOM_AND_LEFT: case IndicPositionalCategory.VISUAL_ORDER_LEFT:
                return PRE;
            case IndicPositionalCategory.TOP: case IndicPositionalCategory.TOP_AND_BOTTOM:
            case IndicPositionalCategory.TOP_AND_BOTTOM_AND_RIGHT: case IndicPositionalCategory.TOP_AND_RIGHT:
                return ABOVE;
            case IndicPositionalCategory.BOTTOM: case IndicPositionalCategory.OVERSTRUCK:
            case IndicPositionalCategory.BOTTOM_AND_RIGHT: case IndicPositionalCategory.BOTTOM_AND_LEFT:
                return BELOW;
            case IndicPositionalCategory.RIGHT:
                return POST;
            default:
                return POS_NONE;
        }
    }

    /** The class of a code point of a script that takes part; isc and ipc override Unicode's unless -1. */
    private static int classify(int cp, int iscOverride, int ipcOverride) {
        int script = UScript.getScript(cp);
        if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN
                || !RELEVANT_SCRIPT[script]) {
            return outsideClass(cp);
        }
        int fam = familyOf(script);
        int gc = UCharacter.getType(cp);
        int isc = iscOverride >= 0 ? iscOverride
                : UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY);
        int pos = position(ipcOverride >= 0 ? ipcOverride
                : UCharacter.getIntPropertyValue(cp, UProperty.INDIC_POSITIONAL_CATEGORY));
        boolean mark = isMarkCategory(gc);
        boolean letter = gc >= UCharacterCategory.UPPERCASE_LETTER && gc <= UCharacterCategory.OTHER_LETTER;
        if (gc == UCharacterCategory.DECIMAL_DIGIT_NUMBER || isc == IndicSyllabicCategory.NUMBER
                || isc == IndicSyllabicCategory.BRAHMI_JOINING_NUMBER) {
            return pack(NUMBER, 0, 0, fam, 0, script);
        }
        if (!mark) {
            if (!letter) {
                return pack(OTHER, 0, 0, fam, 0, script);
            }
            switch (isc) {
                case IndicSyllabicCategory.VOWEL_INDEPENDENT:
                    return pack(BASE, 0, 0, fam, FLAG_INDEPENDENT, script);
                case IndicSyllabicCategory.CONSONANT_DEAD:
                    return pack(BASE, 0, 0, fam, FLAG_DEAD, script);
                case IndicSyllabicCategory.CONSONANT_PRECEDING_REPHA:
                case IndicSyllabicCategory.CONSONANT_PREFIXED:
                case IndicSyllabicCategory.CONSONANT_WITH_STACKER:
                    return pack(PREFIX, 0, 0, fam, 0, script);
                case IndicSyllabicCategory.MODIFYING_LETTER:
                case IndicSyllabicCategory.OTHER:
                    return pack(OTHER, 0, 0, fam, 0, script);
                case IndicSyllabicCategory.AVAGRAHA:
                    return pack(fam == INDIC ? OTHER : BASE, 0, 0, fam, 0, script);
                case IndicSyllabicCategory.VOWEL_DEPENDENT:
                case IndicSyllabicCategory.VOWEL:
                    // spacing vowel letters: Thai and Lao write some before their consonant
                    if (pos == PRE) {
                        return pack(LEADING, 0, PRE, fam, 0, script);
                    }
                    return pack(fam == THAI ? SPACING : BASE, 0, pos, fam, 0, script);
                default:
                    return pack(BASE, 0, 0, fam, 0, script);
            }
        }
        int kind;
        switch (isc) {
            case IndicSyllabicCategory.NUKTA:
                kind = fam == TIBETAN ? PASSIVE : NUKTA;
                break;
            case IndicSyllabicCategory.GEMINATION_MARK:
                kind = fam == INDIC ? VMOD : NUKTA; // Gurmukhi addak follows vowels: ਇੱਕ, ਚਿੱਠੀ
                break;
            case IndicSyllabicCategory.CONSONANT_KILLER:
                kind = fam == THAI || fam == KHMER ? FMOD : NUKTA;
                break;
            case IndicSyllabicCategory.VIRAMA:
                kind = HALANT;
                break;
            case IndicSyllabicCategory.INVISIBLE_STACKER:
                kind = STACKER;
                break;
            case IndicSyllabicCategory.PURE_KILLER:
                kind = fam == INDIC ? HALANT : KILLER;
                break;
            case IndicSyllabicCategory.CONSONANT_SUBJOINED:
                kind = SUB;
                break;
            case IndicSyllabicCategory.CONSONANT_MEDIAL:
            case IndicSyllabicCategory.CONSONANT_INITIAL_POSTFIXED:
                kind = MEDIAL;
                break;
            case IndicSyllabicCategory.VOWEL_DEPENDENT:
            case IndicSyllabicCategory.VOWEL:
                kind = cp == 0x17C8 ? VMOD : VOWEL; // Khmer ៈ follows the vowel like reahmuk
                break;
            case IndicSyllabicCategory.BINDU:
            case IndicSyllabicCategory.VISARGA:
            case IndicSyllabicCategory.TONE_MARK:
                kind = VMOD;
                break;
            case IndicSyllabicCategory.REGISTER_SHIFTER:
                kind = fam == KHMER ? NUKTA : VMOD; // Khmer ៉ ៊ go before the vowel
                break;
            case IndicSyllabicCategory.CONSONANT_FINAL:
            case IndicSyllabicCategory.CONSONANT_SUCCEEDING_REPHA:
                kind = fam == KHMER ? NUKTA : FINAL; // Khmer robat ៌ sits on its consonant
                break;
            case IndicSyllabicCategory.SYLLABLE_MODIFIER:
                kind = fam == TIBETAN ? PASSIVE : FMOD;
                break;
            default:
                kind = PASSIVE; // cantillation marks, Vedic accents and marks Unicode leaves unclassified
                break;
        }
        int slot = slot(fam, kind, isc, pos, cp);
        if (fam == MYANMAR && kind == MEDIAL) {
            pos = myanmarMedialRank(cp);
        }
        return pack(kind, slot, pos, fam, 0, script);
    }

    /**
     * Where a mark goes in its syllable, as a rank: marks must come in non-decreasing rank (the
     * checker adds the rules on repeats and positions).
     */
    private static int slot(int fam, int kind, int isc, int pos, int cp) {
        switch (fam) {
            case THAI:
                // consonant, medial ຼ, below vowel, above vowel or nikhahit, tone mark, thanthakhat
                switch (kind) {
                    case MEDIAL: return 1;
                    case VOWEL: return pos == BELOW ? 2 : 3;
                    case KILLER: return pos == BELOW ? 2 : 5;
                    case VMOD: return isc == IndicSyllabicCategory.TONE_MARK ? 4 : 3;
                    default: return 5;
                }
            case KHMER:
                // consonant, register shifter and robat, coeng + consonant, vowel, nikahit and reahmuk, signs
                switch (kind) {
                    case NUKTA: return 1;
                    case VOWEL: return 3;
                    case VMOD: return 4;
                    default: return 5;
                }
            case MYANMAR:
                // UTN #11 and the shaping model: medials, e, above, below, anusvara, dot below, aa,
                // tones, visarga (asat may follow several of them)
                switch (kind) {
                    case MEDIAL: return 2;
                    case VOWEL:
                        return pos == PRE ? 3 : pos == ABOVE ? 4 : pos == BELOW ? 5 : 8;
                    case VMOD:
                        if (isc == IndicSyllabicCategory.BINDU) {
                            return 6;
                        }
                        if (isc == IndicSyllabicCategory.VISARGA) {
                            return 10;
                        }
                        return pos == BELOW ? 7 : pos == ABOVE ? 4 : 9;
                    default: return 1;
                }
            default:
                // the USE cluster: consonant modifiers, medials, vowels, vowel modifiers, finals, final modifiers
                switch (kind) {
                    case NUKTA: case SUB: return 1;
                    case MEDIAL: return 2;
                    case VOWEL: case KILLER: return 3;
                    case VMOD: return 4;
                    case FINAL: return 5;
                    case FMOD: return 6;
                    default: return 0;
                }
        }
    }

    /** Myanmar medials in their storage order: ya (and Mon na, ma), ra, wa, ha, Mon la. */
    private static int myanmarMedialRank(int cp) {
        switch (cp) {
            case 0x103B: case 0x105E: case 0x105F: return 1;
            case 0x103C: return 2;
            case 0x103D: case 0x1082: return 3;
            case 0x103E: return 4;
            case 0x1060: return 5;
            default: return 3;
        }
    }

    /** Whether a mark of script {@code markScript} may sit on a base of script {@code baseScript}. */
    static boolean sameScript(int cp, int markScript, int baseScript) {
        if (markScript == baseScript || markScript == 0) {
            return true;
        }
        BitSet ext = new BitSet();
        UScript.getScriptExtensions(cp, ext);
        return ext.get(baseScript);
    }
}
