package org.noisegate.text;

/**
 * Case-insensitive search for ASCII needles without building a lower-cased copy of the text.
 * {@code Folded.contains(t, n)} answers exactly what {@code t.toLowerCase(Locale.ROOT).contains(n)}
 * answers for a lower-case ASCII needle: the only non-ASCII characters whose lower case holds
 * ASCII are U+212A KELVIN SIGN (k) and U+0130 (i followed by U+0307, so it can match only the
 * needle's last character).
 */
public final class Folded {
    private Folded() {
    }

    /** Whether the lower case of {@code text} contains {@code needle} (lower-case ASCII). */
    public static boolean contains(String text, String needle) {
        int n = needle.length();
        if (n == 0) {
            return true;
        }
        char first = needle.charAt(0);
        for (int i = 0, last = text.length() - n; i <= last; i++) {
            if (matches(text.charAt(i), first, n == 1) && rest(text, i, needle)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower case of {@code text} ends with {@code needle} (lower-case ASCII). */
    public static boolean endsWith(String text, String needle) {
        int n = needle.length();
        int at = text.length() - n;
        if (at < 0) {
            return false;
        }
        // U+0130 lowers to i + U+0307, which no ASCII needle ends with or continues with
        for (int k = 0; k < n; k++) {
            if (!matches(text.charAt(at + k), needle.charAt(k), false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean rest(String text, int at, String needle) {
        for (int k = 1; k < needle.length(); k++) {
            if (!matches(text.charAt(at + k), needle.charAt(k), k == needle.length() - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(char c, char lower, boolean lastOfNeedle) {
        if (c < 0x80) {
            return (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == lower;
        }
        return c == '\u212A' && lower == 'k' || c == '\u0130' && lower == 'i' && lastOfNeedle;
    }
}
