package org.noisegate.rules.numbers;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;

/** Names digit systems by their zero. */
public final class DigitSystems {
    private DigitSystems() {
    }

    public static String name(int zero) {
        if (zero == '0') {
            return "ASCII";
        }
        String n = UCharacter.getName(zero);
        if (n == null) {
            return String.format(Locale.ROOT, "U+%04X", zero);
        }
        n = n.replace(" DIGIT ZERO", "").replace("DIGIT ZERO", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (String w : n.split("[ -]")) {
            if (!w.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }

    /** The number rewritten with the digits of another system. */
    static String convert(String number, int toZero) {
        StringBuilder b = new StringBuilder();
        number.codePoints().forEach(cp -> {
            int d = UCharacter.digit(cp, 10);
            if (UCharacter.isDigit(cp) && d >= 0) {
                b.appendCodePoint(toZero + d);
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
