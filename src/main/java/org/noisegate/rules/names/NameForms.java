package org.noisegate.rules.names;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Normal forms for comparing names: NFC, lower case, Arabic-script letter variants unified,
 * harakat, joiners and nukta dropped.
 */
public final class NameForms {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** Every nukta (Indic_Syllabic_Category=Nukta), found once. */
    private static final java.util.BitSet NUKTA = new java.util.BitSet();

    static {
        for (int cp = 0; cp <= 0x1FFFF; cp++) {
            if (UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY)
                    == UCharacter.IndicSyllabicCategory.NUKTA) {
                NUKTA.set(cp);
            }
        }
    }

    private NameForms() {
    }

    /** The normal form of every token of the document, by token index, computed once. */
    static java.util.List<String> of(org.noisegate.text.Document doc) {
        return doc.derived(NameForms.class, d -> d.tokens().stream().map(t -> normalize(t.text())).toList());
    }

    public static String normalize(String s) {
        String n = (NFC.isNormalized(s) ? s : NFC.normalize(s)).toLowerCase(Locale.ROOT);
        StringBuilder b = null; // made at the first change: most words need none
        int last = -1;
        for (int i = 0; i < n.length(); ) {
            int at = i;
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            int out = fold(cp, last);
            if (out == cp && b == null) {
                last = cp;
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n.length()).append(n, 0, at);
            }
            if (out >= 0) {
                b.appendCodePoint(out);
                last = out;
            }
        }
        return b == null ? n : b.toString();
    }

    /** What a lower-cased code point becomes in the normal form after {@code last}, or -1 when dropped. */
    private static int fold(int cp, int last) {
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 || cp == 0x200C || cp == 0x200D) {
            return -1; // harakat, superscript alef, tatweel, joiners
        }
        if (cp == 0x0307 && last == 'i') {
            return -1; // the dot of a lower-cased Turkic İ: UMUMİY is Umumiy
        }
        if (NUKTA.get(cp)) {
            return -1; // nukta is often left out: ਅਫ਼ਗਾਨਿਸਤਾਨ / ਅਫਗਾਨਿਸਤਾਨ
        }
        switch (cp) {
            case 0x0623: case 0x0625: case 0x0622: case 0x0671:
                return 0x0627; // alef forms
            case 0x0649: case 0x06CC: case 0x064A:
                return 0x064A; // alef maksura, Farsi yeh
            case 0x0629:
                return 0x0647; // teh marbuta
            case 0x06A9:
                return 0x0643; // keheh
            case 0x2019: case 0x02BC: case 0x02BB: case 0x2018:
                return '\'';
            default:
                return cp;
        }
    }

    /** Length in code points. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Levenshtein distance, or max + 1 when it is larger than max (Commons Text). */
    static int distance(String a, String b, int max) {
        int d = new LevenshteinDistance(max).apply(a, b);
        return d < 0 ? max + 1 : d;
    }

    /** Code points shared at the start and at the end of two strings. */
    static int[] sharedEnds(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int p = 0;
        while (p < x.length && p < y.length && x[p] == y[p]) {
            p++;
        }
        int s = 0;
        while (s < x.length - p && s < y.length - p && x[x.length - 1 - s] == y[y.length - 1 - s]) {
            s++;
        }
        return new int[] {p, s};
    }
}
