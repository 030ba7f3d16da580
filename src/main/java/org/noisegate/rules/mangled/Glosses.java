package org.noisegate.rules.mangled;

/** Where a foreign word stands as a citation rather than as a word of the sentence. */
final class Glosses {
    private Glosses() {
    }

    /** The span is the whole content of a pair of brackets: "(毛泽东)", "[health]", "（colon）". */
    static boolean bracketed(String t, int start, int end) {
        int a = start;
        while (a > 0 && t.charAt(a - 1) == ' ') {
            a--;
        }
        int b = end;
        while (b < t.length() && (t.charAt(b) == ' ' || t.charAt(b) == ',' || t.charAt(b) == ';')) {
            b++;
        }
        if (a == 0 || b >= t.length()) {
            return false;
        }
        char open = t.charAt(a - 1);
        char close = t.charAt(b);
        return (open == '(' || open == '[' || open == '（' || open == '«' && close == '»')
                && (close == ')' || close == ']' || close == '）' || close == '»')
                || open == '(' && inBrackets(t, end);
    }

    /** The span lies inside a bracket opened before it on the same line and closed after it. */
    private static boolean inBrackets(String t, int end) {
        for (int i = end; i < t.length() && t.charAt(i) != '\n'; i++) {
            if (t.charAt(i) == ')') {
                return true;
            }
            if (t.charAt(i) == '(') {
                return false;
            }
        }
        return false;
    }

    /** The span is the whole content of quotation marks: a word cited, not used. */
    static boolean quoted(String t, int start, int end) {
        if (start == 0 || end >= t.length()) {
            return false;
        }
        char o = t.charAt(start - 1);
        char c = t.charAt(end);
        return (o == '"' || o == '“' || o == '„' || o == '«' || o == '‘' || o == '\'' || o == '「' || o == '『')
                && (c == '"' || c == '”' || c == '“' || c == '»' || c == '’' || c == '\'' || c == '」' || c == '』');
    }

    /** The word is part of an address or identifier: a URL, e-mail, file or code name. */
    static boolean identifier(String t, int start, int end) {
        char before = start > 0 ? t.charAt(start - 1) : ' ';
        char after = end < t.length() ? t.charAt(end) : ' ';
        return "./@_:=\\#".indexOf(before) >= 0 && before != ' ' || "/@_=\\#".indexOf(after) >= 0
                || after == '.' && end + 1 < t.length() && Character.isLetterOrDigit(t.charAt(end + 1))
                || after == ':' && end + 1 < t.length() && t.charAt(end + 1) == '/';
    }
}
