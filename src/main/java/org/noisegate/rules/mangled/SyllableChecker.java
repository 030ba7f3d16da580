package org.noisegate.rules.mangled;

import static org.noisegate.rules.mangled.SyllableClasses.BASE;
import static org.noisegate.rules.mangled.SyllableClasses.FOREIGN;
import static org.noisegate.rules.mangled.SyllableClasses.HALANT;
import static org.noisegate.rules.mangled.SyllableClasses.INDIC;
import static org.noisegate.rules.mangled.SyllableClasses.JOINER;
import static org.noisegate.rules.mangled.SyllableClasses.KHMER;
import static org.noisegate.rules.mangled.SyllableClasses.KILLER;
import static org.noisegate.rules.mangled.SyllableClasses.LEADING;
import static org.noisegate.rules.mangled.SyllableClasses.MEDIAL;
import static org.noisegate.rules.mangled.SyllableClasses.MYANMAR;
import static org.noisegate.rules.mangled.SyllableClasses.NUKTA;
import static org.noisegate.rules.mangled.SyllableClasses.OTHER;
import static org.noisegate.rules.mangled.SyllableClasses.PASSIVE;
import static org.noisegate.rules.mangled.SyllableClasses.PRE;
import static org.noisegate.rules.mangled.SyllableClasses.PREFIX;
import static org.noisegate.rules.mangled.SyllableClasses.SPACING;
import static org.noisegate.rules.mangled.SyllableClasses.STACKER;
import static org.noisegate.rules.mangled.SyllableClasses.TAI_THAM;
import static org.noisegate.rules.mangled.SyllableClasses.THAI;
import static org.noisegate.rules.mangled.SyllableClasses.TIBETAN;
import static org.noisegate.rules.mangled.SyllableClasses.VMOD;
import static org.noisegate.rules.mangled.SyllableClasses.VOWEL;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.util.List;
import org.noisegate.internal.CodePoints;

/**
 * One pass over the code points of a word (in NFC) that finds where a shaping engine would have
 * to insert a dotted circle: the cluster model of the Universal Shaping Engine, with the
 * stricter rules the Indic, Thai/Lao, Khmer and Myanmar shaping models and orthographies add.
 *
 * <p>A syllable is a base (consonant, independent vowel, placeholder), optionally preceded by a
 * prefix or a leading vowel, then consonants stacked with a virama or stacker, then marks in a
 * fixed order of ranks (see {@link SyllableClasses}): consonant modifiers, medials, vowel signs
 * (pre, above, below, post), vowel modifiers, finals, syllable modifiers. A mark that comes out
 * of rank, twice, after a virama that expects a consonant, or after a letter that cannot carry it
 * is a violation. After a violation the rest of the broken cluster is skipped, so one slip gives
 * one finding.
 *
 * <p>Marks at the start of a word, or after a letter of another script, are left to
 * {@code mangled.orphan-mark}; marks after digits are accepted (USE counts numbers as bases).
 */
final class SyllableChecker {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /** A violation between UTF-16 indices of the checked word. */
    record Violation(int start, int end, String message, String suggestion) {
    }

    private final SyllableClasses classes;
    private final List<Violation> out;
    private String word;
    private boolean[] allowed;

    // the cluster being read
    private boolean inCluster;
    private boolean broken;
    private int family;
    private int baseScript;
    private int baseAt;
    private int baseCls;
    private int rank;
    private int lastPos;
    private int vowels;
    private boolean afterHalant;
    private boolean coengAfterVowel;
    private boolean myanmarPost;
    private int myanmarPostRank;
    private int modifiers;
    // the previous code point that counts (joiners and passive marks do not)
    private int prevAt;
    private int prevCp;
    private int prevCls;
    private int leadingAt;

    /** A checker that adds the violations it finds to {@code out}; one per thread. */
    SyllableChecker(SyllableClasses classes, List<Violation> out) {
        this.classes = classes;
        this.out = out;
    }

    /**
     * Adds the violations of {@code word} (NFC) to the list; {@code allowed} marks the positions
     * of sequences the orthography allows (null: none).
     */
    void check(String word, boolean[] allowed) {
        this.word = word;
        this.allowed = allowed;
        inCluster = false;
        broken = false;
        afterHalant = false;
        prevAt = -1;
        prevCp = -1;
        prevCls = 0;
        leadingAt = -1;
        run();
    }

    private void run() {
        int n = word.length();
        for (int i = 0; i < n; ) {
            int cp = word.codePointAt(i);
            int len = Character.charCount(cp);
            int c = classes.of(cp);
            int kind = SyllableClasses.kind(c);
            if (kind == JOINER || kind == PASSIVE) {
                i += len;
                continue;
            }
            if (leadingAt >= 0) {
                int lead = leadingAt;
                leadingAt = -1;
                if (kind != BASE) {
                    int leadCp = word.codePointAt(lead);
                    if (kind == LEADING && cp == leadCp) {
                        fail(lead, i + len, "the vowel " + describe(cp) + " is doubled", "remove the repeated vowel");
                    } else {
                        fail(lead, i + len, "the vowel " + describe(leadCp) + " is written before its consonant, but "
                                + describe(cp) + " follows it", "type the consonant after " + show(leadCp));
                    }
                    if (kind == LEADING) {
                        remember(i, cp, c);
                        i += len;
                        continue;
                    }
                    if (SyllableClasses.isMark(kind)) {
                        inCluster = false;
                        broken = true;
                        remember(i, cp, c);
                        i += len;
                        continue;
                    }
                }
            }
            if (kind == BASE) {
                base(i, c);
            } else if (kind == LEADING) {
                endCluster();
                leadingAt = i;
            } else if (kind == PREFIX) {
                endCluster();
            } else if (SyllableClasses.isMark(kind)) {
                mark(i, len, cp, c, kind);
            } else if (kind == FOREIGN) {
                broken = true;
            } else {
                endCluster();
            }
            remember(i, cp, c);
            i += len;
        }
        if (leadingAt >= 0) {
            int leadCp = word.codePointAt(leadingAt);
            fail(leadingAt, leadingAt + Character.charCount(leadCp), "the vowel " + describe(leadCp)
                    + " is written before its consonant, but the word ends after it",
                    "type the consonant after " + show(leadCp));
        }
        if (inCluster && !broken && afterHalant && (family == KHMER || family == MYANMAR)
                && SyllableClasses.kind(prevCls) == STACKER) {
            fail(prevAt, prevAt + Character.charCount(prevCp), describe(prevCp)
                    + " at the end of the word: it stacks the next consonant, and there is none",
                    "remove it or add the consonant");
        }
    }

    private void remember(int i, int cp, int c) {
        prevAt = i;
        prevCp = cp;
        prevCls = c;
    }

    private void endCluster() {
        inCluster = false;
        broken = false;
        afterHalant = false;
    }

    private void base(int i, int c) {
        if (inCluster && afterHalant && !broken && SyllableClasses.script(c) == baseScript) {
            // a consonant stacked under the previous one (or, Tai Tham and Khmer, after the vowel)
            afterHalant = false;
            if (rank <= 1) {
                rank = 1;
                lastPos = 0;
            }
            baseCls = c;
            return;
        }
        inCluster = true;
        broken = false;
        family = SyllableClasses.family(c);
        baseScript = SyllableClasses.script(c);
        baseAt = i;
        baseCls = c;
        rank = 0;
        lastPos = 0;
        vowels = 0;
        modifiers = 0;
        afterHalant = false;
        coengAfterVowel = false;
        myanmarPost = false;
        myanmarPostRank = 0;
    }

    private void mark(int i, int len, int cp, int c, int kind) {
        if (broken) {
            return;
        }
        if (!inCluster) {
            int pk = SyllableClasses.kind(prevCls);
            if (prevAt >= 0 && (pk == OTHER || pk == SPACING) && SyllableClasses.script(prevCls) != 0
                    && UCharacter.isLetter(prevCp)
                    && SyllableClasses.sameScript(cp, SyllableClasses.script(c), SyllableClasses.script(prevCls))) {
                fail(prevAt, i + len, describe(cp) + " after " + describe(prevCp) + ", which cannot carry it: "
                        + "the mark has no consonant", "join the mark to its consonant or remove it");
            }
            broken = true;
            return;
        }
        if (!SyllableClasses.sameScript(cp, SyllableClasses.script(c), baseScript)) {
            broken = true; // a mark of another script: mangled.orphan-mark reports it
            return;
        }
        if (prevCp == cp) {
            if (fail(prevAt, i + len, describe(cp) + " is doubled", "remove the repeated sign")) {
                return;
            }
        }
        switch (family) {
            case INDIC:
                indic(i, len, cp, c, kind);
                break;
            case THAI:
                thai(i, len, cp, c, kind);
                break;
            case KHMER:
                khmer(i, len, cp, c, kind);
                break;
            case MYANMAR:
                myanmar(i, len, cp, c, kind);
                break;
            default:
                use(i, len, cp, c, kind);
                break;
        }
    }

    // ---- the families

    /** Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala. */
    private void indic(int i, int len, int cp, int c, int kind) {
        boolean iv = SyllableClasses.independent(baseCls);
        boolean dead = SyllableClasses.dead(baseCls);
        switch (kind) {
            case NUKTA:
                if (afterHalant) {
                    order(i, len, cp);
                } else if (rank >= 3 && SyllableClasses.kind(prevCls) == VOWEL) {
                    fail(prevAt, i + len, "the nukta " + describe(cp) + " comes after the vowel sign " + describe(prevCp)
                            + ": it belongs right after its consonant", "type the nukta before the vowel sign");
                } else if (rank >= 2) {
                    order(i, len, cp);
                } else if (iv || dead) {
                    fail(prevAt, i + len, "the nukta " + describe(cp) + " is not after a consonant but after "
                            + describe(prevCp), "remove the nukta");
                } else {
                    rank = 1;
                }
                return;
            case HALANT:
                if (afterHalant) {
                    fail(prevAt, i + len, describe(cp) + " after the virama " + describe(prevCp),
                            "remove one virama");
                } else if (rank == 3) {
                    fail(prevAt, i + len, "the virama " + describe(cp) + " comes after the vowel sign "
                            + describe(prevCp) + ": a virama can only follow a consonant",
                            "remove the virama or the vowel sign");
                } else if (rank >= 4) {
                    fail(prevAt, i + len, "the virama " + describe(cp) + " comes after " + describe(prevCp)
                            + ": a virama can only follow a consonant", "retype the word in standard spelling");
                } else if (iv) {
                    // (a dead consonant may take one: Malayalam writes nta as chillu n + virama + rra)
                    fail(prevAt, i + len, "the virama " + describe(cp) + " is on the independent vowel "
                            + describe(prevCp) + ": a virama can only follow a consonant", "remove the virama");
                } else {
                    afterHalant = true;
                }
                return;
            case VOWEL:
                if (afterHalant) {
                    fail(prevAt, i + len, "the vowel sign " + describe(cp) + " comes after the virama "
                            + describe(prevCp), "remove the virama or the vowel sign");
                } else if (iv) {
                    fail(baseAt, i + len, "the vowel sign " + describe(cp) + " follows the independent vowel "
                            + describe(word.codePointAt(baseAt)), "write the vowel as one independent vowel letter");
                } else if (dead) {
                    fail(baseAt, i + len, "the vowel sign " + describe(cp) + " follows "
                            + describe(word.codePointAt(baseAt)) + ", which takes no vowel", "retype the word");
                } else if (rank == 3) {
                    twoVowels(i, len, cp, c);
                } else if (rank >= 4) {
                    vowelAfterModifier(i, len, cp, c);
                } else {
                    rank = 3;
                    vowels++;
                }
                return;
            case MEDIAL:
                if (afterHalant || rank >= 3) {
                    order(i, len, cp);
                } else {
                    rank = 2;
                }
                return;
            case VMOD:
                afterHalant = false;
                if (++modifiers > 2) {
                    fail(prevAt, i + len, describe(cp) + " after " + describe(prevCp)
                            + ": too many signs on one syllable", "remove the extra sign");
                }
                rank = Math.max(rank, 4);
                return;
            default:
                afterHalant = false;
                rank = Math.max(rank, 5);
        }
    }

    /** Thai and Lao: a consonant carries one below or above vowel, then one tone mark, then a killer. */
    private void thai(int i, int len, int cp, int c, int kind) {
        int r = SyllableClasses.slot(c);
        if (kind == VMOD && r == 3 && rank == 4 && isSaraAa(nextSignificant(i + len))) {
            return; // ํา after the tone mark: ำ decomposed by NFKC/NFKD (น้ํา)
        }
        if (r < rank) {
            order(i, len, cp);
        } else if (r == rank || kind == VOWEL && vowels > 0) {
            String what = kind == VOWEL ? "two vowel signs" : "two marks of one kind";
            fail(prevAt, i + len, what + " on one consonant: " + describe(cp) + " after " + describe(prevCp),
                    "keep the mark that belongs here");
        } else {
            rank = r;
            if (kind == VOWEL) {
                vowels++;
            }
        }
    }

    /** Khmer: consonant, register shifter or robat, coeng + consonant, one vowel, nikahit/reahmuk, signs. */
    private void khmer(int i, int len, int cp, int c, int kind) {
        if (afterHalant) {
            fail(prevAt, i + len, describe(cp) + " after the coeng " + describe(prevCp)
                    + ": the coeng must be followed by the consonant it stacks", "type the subscript consonant");
            return;
        }
        int r = SyllableClasses.slot(c);
        if (kind == STACKER) {
            if (rank <= 1 || rank == 3 && !coengAfterVowel) {
                coengAfterVowel = rank == 3;
                afterHalant = true;
            } else {
                order(i, len, cp);
            }
            return;
        }
        if (kind == VOWEL && rank == 3) {
            twoVowels(i, len, cp, c);
        } else if (kind == VOWEL && rank > 3) {
            vowelAfterModifier(i, len, cp, c);
        } else if (r < rank && !canonical(cp)) {
            order(i, len, cp);
        } else {
            rank = Math.max(rank, r);
        }
    }

    /** Myanmar, after UTN #11 and the shaping model (asat may follow several of the signs). */
    private void myanmar(int i, int len, int cp, int c, int kind) {
        if (afterHalant) {
            fail(prevAt, i + len, describe(cp) + " after the virama " + describe(prevCp)
                    + ": the virama must be followed by the consonant it stacks", "type the stacked consonant");
            return;
        }
        if (kind == KILLER) {
            if (rank >= 10) {
                order(i, len, cp);
            }
            return;
        }
        if (kind == STACKER) {
            if (rank <= 1) {
                afterHalant = true;
            } else {
                order(i, len, cp);
            }
            return;
        }
        int r = SyllableClasses.slot(c);
        if (kind == MEDIAL) {
            int medialRank = SyllableClasses.pos(c);
            if (rank > 2 && !(myanmarPost && medialRank >= 4)) {
                order(i, len, cp);
            } else if (rank == 2 && medialRank <= lastPos) {
                order(i, len, cp);
            } else {
                if (rank <= 2) {
                    rank = 2;
                }
                lastPos = medialRank;
            }
            return;
        }
        if (r == 4 && rank == 5 && cp != 0x102D && cp != 0x102E) {
            // an above vowel after a below one: Mon writes -ုဲ; only Burmese ိ ီ must precede ု ူ (ို)
            return;
        }
        if (myanmarPost && (r == 4 || r == 6 || r == 7)) {
            if (r < myanmarPostRank) {
                order(i, len, cp);
            } else {
                myanmarPostRank = r;
            }
            return;
        }
        if (r == 8) {
            if (rank >= 8) {
                order(i, len, cp);
            } else {
                rank = 8;
                myanmarPost = true;
                myanmarPostRank = 0;
            }
            return;
        }
        if (r == 3 && rank == 3) {
            twoVowels(i, len, cp, c);
        } else if (r < rank || r == rank && r == 7) {
            order(i, len, cp);
        } else {
            rank = r;
        }
    }

    /** The Universal Shaping Engine's cluster, for Tibetan and every other script. */
    private void use(int i, int len, int cp, int c, int kind) {
        int r = SyllableClasses.slot(c);
        int p = SyllableClasses.pos(c);
        if (afterHalant) {
            int pk = SyllableClasses.kind(prevCls);
            boolean stacker = pk == STACKER;
            afterHalant = false;
            if (stacker || r < 4) {
                if (kind == VOWEL || kind == KILLER) {
                    fail(prevAt, i + len, "the vowel sign " + describe(cp) + " comes after the virama "
                            + describe(prevCp), "remove the virama or the vowel sign");
                } else {
                    fail(prevAt, i + len, describe(cp) + " after " + describe(prevCp)
                            + ": the virama must be followed by a consonant", "retype the word in standard spelling");
                }
                return;
            }
            rank = 3; // a virama takes the place of the vowel
        }
        if (kind == HALANT || kind == STACKER) {
            boolean sakot = cp == 0x1A60; // Tai Tham sakot may stack after the vowels (USE class Sk)
            if (rank <= 2 || sakot && rank <= 4) {
                afterHalant = true;
            } else if (SyllableClasses.kind(prevCls) == VOWEL || SyllableClasses.kind(prevCls) == KILLER) {
                fail(prevAt, i + len, "the virama " + describe(cp) + " comes after the vowel sign "
                        + describe(prevCp) + ": a virama can only follow a consonant",
                        "remove the virama or the vowel sign");
            } else {
                order(i, len, cp);
            }
            return;
        }
        if (family == TIBETAN && (kind == VOWEL || kind == KILLER)) {
            p = 0; // NFC puts Tibetan vowels in canonical order; their position says nothing
        }
        if (kind == VOWEL && SyllableClasses.kind(prevCls) == VOWEL && reversed(i, len, cp)) {
            return;
        }
        if (family == TAI_THAM) {
            rank = Math.max(rank, r);
            return;
        }
        if (r < rank && !canonical(cp)) {
            if (kind == VOWEL && rank >= 4) {
                vowelAfterModifier(i, len, cp, c);
            } else if (kind == NUKTA && SyllableClasses.kind(prevCls) == VOWEL) {
                fail(prevAt, i + len, "the nukta " + describe(cp) + " comes after the vowel sign " + describe(prevCp)
                        + ": it belongs right after its consonant", "type the nukta before the vowel sign");
            } else {
                order(i, len, cp);
            }
        } else if (r == rank && p != 0 && (p < lastPos && !canonical(cp) || kind == MEDIAL && p == lastPos)) {
            order(i, len, cp);
        } else {
            if (r > rank) {
                lastPos = 0;
            }
            rank = r;
            lastPos = Math.max(lastPos, p);
        }
    }

    // ---- shared findings

    /** Whether NFC put the mark after the previous one (two marks of non-zero, increasing class). */
    private boolean canonical(int cp) {
        int a = UCharacter.getCombiningClass(prevCp);
        int b = UCharacter.getCombiningClass(cp);
        return a != 0 && b != 0 && a < b;
    }

    private void order(int i, int len, int cp) {
        fail(prevAt, i + len, "signs out of order: " + describe(cp) + " after " + describe(prevCp)
                + "; in a syllable " + show(cp) + " comes first", "type " + show(cp) + " before " + show(prevCp));
    }

    private void twoVowels(int i, int len, int cp, int c) {
        int next = nextSignificant(i + len);
        if (SyllableClasses.pos(c) == PRE && next >= 0 && SyllableClasses.kind(classes.of(next)) == BASE) {
            fail(prevAt, i + len, "two vowel signs in a row: " + describe(cp) + " after " + describe(prevCp)
                    + "; " + show(cp) + " is drawn before its consonant but stored after it, and here it was typed "
                    + "before " + describe(next) + " (legacy visual order)",
                    "type " + show(cp) + " after the consonant it belongs to");
        } else if (!reversed(i, len, cp)) {
            fail(prevAt, i + len, "two vowel signs in a row: " + describe(cp) + " after " + describe(prevCp)
                    + ", which do not combine into one vowel", "keep the vowel sign that belongs here");
        }
    }

    /** Reports two vowel signs typed the wrong way round (the other order composes in NFC); false if not. */
    private boolean reversed(int i, int len, int cp) {
        int composed = NFC.composePair(cp, prevCp);
        if (composed < 0) {
            return false;
        }
        fail(prevAt, i + len, "the vowel signs " + show(prevCp) + " " + show(cp) + " are typed the wrong way round: "
                + show(cp) + " then " + show(prevCp) + " make the vowel " + describe(composed),
                "type " + show(composed) + " instead");
        return true;
    }

    private void vowelAfterModifier(int i, int len, int cp, int c) {
        fail(prevAt, i + len, "signs out of order: the vowel sign " + describe(cp) + " after " + describe(prevCp)
                + "; the vowel sign comes first, then bindu, visarga or tone marks",
                "type " + show(cp) + " before " + show(prevCp));
    }

    private static boolean isSaraAa(int cp) {
        return cp == 0x0E32 || cp == 0x0EB2;
    }

    private int nextSignificant(int from) {
        for (int j = from; j < word.length(); ) {
            int cp = word.codePointAt(j);
            int k = SyllableClasses.kind(classes.of(cp));
            if (k != JOINER && k != PASSIVE) {
                return cp;
            }
            j += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Records a violation from {@code start} to {@code end} unless the offending character (just
     * before {@code end}) lies in an allowed sequence; returns whether it was recorded. Either
     * way the cluster is broken: the rest of it is not checked.
     */
    private boolean fail(int start, int end, String what, String suggestion) {
        if (allowed != null && allowed[word.offsetByCodePoints(end, -1)]) {
            return false;
        }
        out.add(new Violation(Math.max(0, start), end, what, suggestion));
        broken = true;
        return true;
    }

    /** "'ি' U+09BF BENGALI VOWEL SIGN I". */
    static String describe(int cp) {
        return show(cp) + " " + CodePoints.describe(cp);
    }

    /** The character in quotes, a combining mark on a dotted circle so that it shows. */
    static String show(int cp) {
        String s = new String(Character.toChars(cp));
        int t = UCharacter.getType(cp);
        boolean mark = t == com.ibm.icu.lang.UCharacterCategory.NON_SPACING_MARK
                || t == com.ibm.icu.lang.UCharacterCategory.COMBINING_SPACING_MARK;
        return "'" + (mark ? "\u25CC" + s : s) + "'";
    }
}
