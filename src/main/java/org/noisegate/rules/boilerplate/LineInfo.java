package org.noisegate.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;
import org.noisegate.text.Document;
import org.noisegate.text.LineMap;
import org.noisegate.text.Scripts;

/**
 * A line of a document with its content trimmed: the unit boilerplate rules judge.
 *
 * @param index 0-based line index
 * @param start UTF-16 index of the first non-blank char
 * @param end   UTF-16 index after the last non-blank char
 */
final class LineInfo {
    private final int index;
    private final int start;
    private final int end;
    private final String text;
    /** Cached on first use (a line is read by many rules): word count, sentence ending. */
    private int words = -1;
    private byte endsSentence = -1;
    private List<String> tokens;

    LineInfo(int index, int start, int end, String text) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = text;
    }

    int index() {
        return index;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String text() {
        return text;
    }

    /** The document's lines, computed once per document. */
    static List<LineInfo> of(Document doc) {
        return doc.derived(LineInfo.class, LineInfo::split);
    }

    private static List<LineInfo> split(Document doc) {
        LineMap m = doc.lines();
        String t = doc.text();
        List<LineInfo> out = new ArrayList<>(m.lineCount());
        for (int i = 0; i < m.lineCount(); i++) {
            org.noisegate.rule.Budget.check();
            int s = m.lineStart(i);
            int e = m.lineEnd(i);
            while (s < e && Character.isWhitespace(t.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            out.add(new LineInfo(i, s, e, t.substring(s, e)));
        }
        return List.copyOf(out);
    }

    boolean blank() {
        return start == end;
    }

    /** Runs of characters other than ASCII white space (the {@code \\s} of a regex) in the stripped text. */
    int words() {
        if (words < 0) {
            words = countWords(text);
        }
        return words;
    }

    static int countWords(String text) {
        int a = 0;
        int b = text.length();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        int n = 0;
        boolean in = false;
        for (int i = a; i < b; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    /** The line's words as {@link org.noisegate.lang.LanguageIdentifier#words} gives them (lower case), cached. */
    List<String> tokens() {
        if (tokens == null) {
            tokens = org.noisegate.lang.LanguageIdentifier.words(text);
        }
        return tokens;
    }

    /** Ends with sentence punctuation (closing quotes and brackets looked through). */
    boolean endsSentence() {
        if (endsSentence < 0) {
            endsSentence = (byte) (computeEndsSentence() ? 1 : 0);
        }
        return endsSentence == 1;
    }

    private boolean computeEndsSentence() {
        int i = text.length();
        while (i > 0) {
            int cp = text.codePointBefore(i);
            int type = Character.getType(cp);
            if (type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.END_PUNCTUATION || cp == '"'
                    || cp == '\'' || cp == '»' || cp == '«' || cp == '“' || cp == '”') {
                i -= Character.charCount(cp);
                continue;
            }
            if (cp == '|') { // a danda typed as a vertical bar, after the letters of an Indic script
                int j = i - 1;
                while (j > 0 && text.charAt(j - 1) == ' ') {
                    j--;
                }
                return j > 0 && text.codePointBefore(j) >= 0x0900 && Scripts.isWordChar(text.codePointBefore(j));
            }
            // Armenian typewriters write the full stop ։ as a colon
            return Scripts.isSentenceFinal(cp) && (cp != ':' || i > 1 && Scripts.scriptOf(text.codePointBefore(i - 1))
                    == com.ibm.icu.lang.UScript.ARMENIAN);
        }
        return false;
    }

    /** Few words and without sentence punctuation: shaped like a label, a menu item, a heading. */
    boolean labelShaped() {
        return !blank() && words() <= 6 && !endsSentence();
    }

    /** Label-shaped and at most {@code maxChars} code points long. */
    boolean shortLabel(double maxChars) {
        return labelShaped() && chars() <= maxChars;
    }

    int chars() {
        return text.codePointCount(0, text.length());
    }

    boolean hasLetters() {
        return text.codePoints().anyMatch(Scripts::isLetter);
    }
}
