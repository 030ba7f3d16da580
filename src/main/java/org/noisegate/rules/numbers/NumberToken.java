package org.noisegate.rules.numbers;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;

/**
 * A number as written: decimal digits (of any numbering system, {@code \p{Nd}}) with single
 * separators between them ({@code , . ' ٫ ٬} and no-break or thin spaces).
 *
 * @param start UTF-16 index of the first digit
 * @param end   UTF-16 index after the last digit
 * @param zeros the zero code point of each digit system used, in order of first use
 */
public record NumberToken(int start, int end, String text, List<Integer> zeros) {

    public static boolean isSeparator(int cp) {
        return cp == ',' || cp == '.' || cp == '\'' || cp == '\u066B' || cp == '\u066C' || cp == '\u00A0'
                || cp == '\u202F' || cp == '\u2009';
    }

    /** The zero of the digit's numbering system, e.g. U+09E6 for a Bengali digit. */
    public static int zeroOf(int cp) {
        return cp - UCharacter.digit(cp, 10);
    }

    public static List<NumberToken> find(String t) {
        List<NumberToken> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            if (!UCharacter.isDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            List<Integer> zeros = new ArrayList<>();
            int end = i;
            while (i < t.length()) {
                cp = t.codePointAt(i);
                if (UCharacter.isDigit(cp)) {
                    int z = zeroOf(cp);
                    if (!zeros.contains(z)) {
                        zeros.add(z);
                    }
                    i += Character.charCount(cp);
                    end = i;
                } else if (isSeparator(cp) && i + 1 < t.length() && UCharacter.isDigit(t.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            out.add(new NumberToken(start, end, t.substring(start, end), List.copyOf(zeros)));
            i = end;
        }
        return out;
    }

    /** Digit groups and the separators between them. */
    public List<String> groups() {
        List<String> g = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isSeparator(cp)) {
                g.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.appendCodePoint(cp);
            }
        });
        g.add(cur.toString());
        return g;
    }

    List<Character> separators() {
        List<Character> s = new ArrayList<>();
        for (char c : text.toCharArray()) {
            if (isSeparator(c)) {
                s.add(c);
            }
        }
        return s;
    }
}
