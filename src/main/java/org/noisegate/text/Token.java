package org.noisegate.text;

/**
 * A run of word characters (letters, marks, digits, joiners) in a document.
 *
 * @param start  UTF-16 index of the first char
 * @param end    UTF-16 index after the last char
 * @param text   the token's text
 * @param script the script of its letters (ICU UScript code), COMMON when it has none, and
 *               {@link #MIXED} when letters of incompatible scripts meet in it
 */
public record Token(int start, int end, String text, int script) {
    public static final int MIXED = -2;

    public Span span() {
        return new Span(start, end);
    }

    public boolean hasLetters() {
        return text.codePoints().anyMatch(Scripts::isLetter);
    }

    public boolean isAsciiLower() {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
