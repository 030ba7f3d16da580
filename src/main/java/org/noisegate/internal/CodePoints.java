package org.noisegate.internal;

import com.ibm.icu.lang.UCharacter;
import java.util.Locale;

/** Small helpers for messages about characters. */
public final class CodePoints {
    private CodePoints() {
    }

    /** "U+200B ZERO WIDTH SPACE". */
    public static String describe(int cp) {
        String name = UCharacter.getExtendedName(cp);
        return String.format(Locale.ROOT, "U+%04X %s", cp, name == null ? "" : name).strip();
    }
}
