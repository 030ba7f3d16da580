package org.noisegate.report;

/** Escaping for XML 1.0, which also cannot hold most control characters: those become U+FFFD. */
final class Xml {
    private Xml() {
    }

    static String text(String s) {
        return escape(s, false);
    }

    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attr) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attr ? "&quot;" : "\"");
                case '\n' -> b.append(attr ? "&#10;" : "\n");
                case '\t' -> b.append(attr ? "&#9;" : "\t");
                case '\r' -> b.append(attr ? "&#13;" : "\r");
                default -> {
                    boolean legal = cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
                    b.appendCodePoint(legal ? cp : 0xFFFD);
                }
            }
        }
        return b.toString();
    }
}
