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

    private final ForeignScriptRule foreign;
    /** Common English words and the frequent words of every language written in Latin letters. */
    private final Set<String> common = new HashSet<>();

    WedgedLatinRule(RuleData data, ForeignScriptRule foreign) {
        super("mangled.wedged-latin", Category.MANGLED, Severity.WARNING,
                "Lower-case Latin words left inside text of another script (half-translated words), any script, any position.");
        this.foreign = foreign;
        org.noisegate.lang.LanguageIdentifier languages = org.noisegate.lang.LanguageIdentifier.of(data);
        for (String code : languages.languages()) {
            org.noisegate.lang.LanguageProfile p = languages.profile(code);
            if (p.scripts().contains(UScript.LATIN) && !code.equals("la")) {
                common.addAll(p.words());
            }
        }
        for (RuleData.DataLine l : data.readAll("mangled", "latin-allowed*.txt")) {
            allowed.add(l.text().strip());
        }
        for (RuleData.DataLine l : data.readAll("mangled", "english-common*.txt")) {
            common.add(l.text().strip());
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        int script = doc.script();
        if (script == UScript.LATIN || script == UScript.COMMON) {
            return;
        }
        String t = doc.text();
        java.util.Set<Integer> cuts = new java.util.HashSet<>();
        List<Token> tokens = doc.tokens();
        // a word cut in two by a Latin word: "দৃ solid ়" (the next word starts with a detached mark)
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token w = tokens.get(k);
            Token prev = tokens.get(k - 1);
            Token next = tokens.get(k + 1);
            if (w.script() == UScript.LATIN && w.isAsciiLower() && w.text().length() >= 2 && prev.script() == script
                    && Scripts.isMark(next.text().codePointAt(0)) && spacesOnly(t, prev.end(), w.start())
                    && spacesOnly(t, w.end(), next.start())) {
                cuts.add(w.start());
                ctx.report(Severity.ERROR, w.start(), next.end(), "Latin word '" + w.text() + "' wedged into "
                                + UScript.getName(script) + " text, and the word after it starts with a detached mark",
                        "translate or remove '" + w.text() + "' and restore the word it replaced");
            }
        }
        List<ScriptIslands.Island> islands = ScriptIslands.of(doc).islands();
        for (int k = 0; k < islands.size(); k++) {
            ScriptIslands.Island is = islands.get(k);
            if (is.script() != UScript.LATIN || cuts.contains(is.start()) || foreign.customary(doc.language(), UScript.LATIN)
                    || is.host() != script || sameLine(islands, k)) {
                continue; // another Latin island on the line: the text is discussing or listing words
            }
            String words = t.substring(is.start(), is.end());
            if (keyBeforeValue(t, is)) {
                continue; // "date 2025-08-15", "url: …": a field name (boilerplate.metadata-header's)
            }
            if (!lowerCaseWords(words) || Glosses.bracketed(t, is.start(), is.end()) || Glosses.quoted(t, is.start(), is.end())
                    || Glosses.identifier(t, is.start(), is.end())) {
                continue; // names, acronyms and brands; glosses, citations, addresses, units
            }
            ctx.report(is.start(), is.end(), "Latin " + (is.words() > 1 ? "words" : "word") + " '" + words
                            + "' wedged into " + UScript.getName(is.host()) + " text (left untranslated)",
                    "translate '" + words + "' or remove it");
        }
    }

    /**
     * Every word is in lower case and at least one is a word (not a unit, abbreviation or internet
     * word of the allowed list, and of two letters or more).
     */
    private boolean lowerCaseWords(String words) {
        boolean word = false;
        for (String w : words.split("[^\\p{L}\\p{M}'’-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
            if (w.codePointCount(0, w.length()) >= 2 && !allowed.contains(w) && common.contains(w)) {
                word = true; // a common word of English or of a language written in Latin letters
            }
        }
        return word;
    }

    /** The island opens its line and a digit or a colon follows it: the name of a leaked field. */
    private static boolean keyBeforeValue(String t, ScriptIslands.Island is) {
        int a = is.start();
        while (a > 0 && t.charAt(a - 1) != '\n' && Character.isWhitespace(t.charAt(a - 1))) {
            a--;
        }
        if (a > 0 && t.charAt(a - 1) != '\n') {
            return false;
        }
        int b = is.end();
        while (b < t.length() && t.charAt(b) == ' ') {
            b++;
        }
        return b < t.length() && (Character.isDigit(t.charAt(b)) || t.charAt(b) == ':' || t.charAt(b) == '=');
    }

    /** Another Latin island stands on the same line. */
    private static boolean sameLine(List<ScriptIslands.Island> islands, int k) {
        ScriptIslands.Island is = islands.get(k);
        for (ScriptIslands.Island o : islands) {
            if (o != is && o.line() == is.line() && o.script() == UScript.LATIN) {
                return true;
            }
        }
        return false;
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
