package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UScript;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Scripts;
import org.noisegate.text.Token;

/**
 * A lower-case English/Latin word wedged between two words of the document's own (non-Latin)
 * script, as machine translation leaves it when it half-translates a word ("জাপানের colon
 * পনিবেশিক", "দৃ solid ়"). Names and acronyms are capitalised and not flagged; units and other
 * lower-case tokens that are fine inside any script are listed in
 * {@code rules/mangled/latin-allowed.txt}. The word must be a common English word
 * ({@code rules/mangled/english-common.txt}) and the only Latin word on its line (a line with
 * several is quoting or discussing words: "civilis, civis"), unless the next word starts with a
 * combining mark: then a word was cut in two, and that is an error whatever the Latin word.
 */
final class WedgedLatinRule extends BaseRule {
    private final Set<String> allowed = new HashSet<>();
    private final Set<String> english = new HashSet<>();

    WedgedLatinRule(RuleData data) {
        super("mangled.wedged-latin", Category.MANGLED, Severity.WARNING,
                "Lower-case Latin words wedged between words of another script (half-translated words).");
        for (RuleData.DataLine l : data.readAll("mangled", "latin-allowed*.txt")) {
            allowed.add(l.text().strip());
        }
        for (RuleData.DataLine l : data.readAll("mangled", "english-common*.txt")) {
            english.add(l.text().strip());
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        int script = doc.script();
        if (script == UScript.LATIN || script == UScript.COMMON || Scripts.isSpaceless(script)) {
            return;
        }
        String t = doc.text();
        List<Token> tokens = doc.tokens();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token w = tokens.get(k);
            if (w.script() != UScript.LATIN || w.text().length() < 2 || !w.isAsciiLower()
                    || allowed.contains(w.text())) {
                continue;
            }
            Token prev = tokens.get(k - 1);
            Token next = tokens.get(k + 1);
            boolean cut = Scripts.isMark(next.text().codePointAt(0));
            if (!cut && (!english.contains(w.text()) || otherLatinOnLine(doc, tokens, k))) {
                continue; // a cited foreign word (Latin civis, a name in lower case), or a passage about words
            }
            if (prev.script() != script || (next.script() != script && !cut)
                    || !spacesOnly(t, prev.end(), w.start()) || !spacesOnly(t, w.end(), next.start())) {
                continue;
            }
            ctx.report(cut ? Severity.ERROR : Severity.WARNING, w.start(), cut ? next.end() : w.end(),
                    "Latin word '" + w.text() + "' wedged into " + UScript.getName(script) + " text"
                            + (cut ? ", and the word after it starts with a detached mark" : ""),
                    "translate or remove '" + w.text() + "' and restore the word it replaced");
        }
    }

    /** Another Latin word on the same line: the text is quoting or discussing words. */
    private static boolean otherLatinOnLine(Document doc, List<Token> tokens, int k) {
        int line = doc.lines().lineIndex(tokens.get(k).start());
        for (int j = k - 1; j >= 0 && doc.lines().lineIndex(tokens.get(j).start()) == line; j--) {
            if (tokens.get(j).script() == UScript.LATIN) {
                return true;
            }
        }
        for (int j = k + 1; j < tokens.size() && doc.lines().lineIndex(tokens.get(j).start()) == line; j++) {
            if (tokens.get(j).script() == UScript.LATIN) {
                return true;
            }
        }
        return false;
    }

    private static boolean spacesOnly(String t, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c != ' ' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
