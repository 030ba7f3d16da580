package org.noisegate.text;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/** Splits text into word-character runs in one cheap pass over code points. */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Scripts.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int script = UScript.COMMON;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!Scripts.isWordChar(cp)) {
                    break;
                }
                if (Scripts.isLetter(cp)) {
                    int s = Scripts.scriptOf(cp);
                    if (s != UScript.COMMON) {
                        if (script == UScript.COMMON) {
                            script = s;
                        } else if (script != Token.MIXED && !Scripts.compatible(script, s)) {
                            script = Token.MIXED;
                        }
                    }
                }
                i += Character.charCount(cp);
            }
            out.add(new Token(start, i, text.substring(start, i), script));
        }
        return out;
    }
}
