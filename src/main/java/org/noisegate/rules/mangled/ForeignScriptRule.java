package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * Words of a non-Latin script left inside a line of another script: Chinese, Hindi or Russian
 * words in English text ("acid and 三聚氰胺 were found"), Han in Bengali, Cyrillic in Arabic (see
 * {@link ScriptIslands}). Latin words in other scripts are {@code mangled.wedged-latin}'s. Not
 * flagged: a gloss in brackets after a word ("Mao Zedong (毛泽东)"), single Greek letters of
 * science (α, μ), and the scripts a language mixes by custom ({@code rules/mangled/script-mix.tsv}).
 */
final class ForeignScriptRule extends BaseRule {
    private final Map<String, Set<Integer>> mixes = new HashMap<>();

    ForeignScriptRule(RuleData data) {
        super("mangled.foreign-script", Category.MANGLED, Severity.WARNING,
                "Words of another script left in the text (untranslated Chinese, Hindi or Russian words in English, and so on).");
        for (RuleData.DataLine l : data.readAll("mangled", "script-mix*.tsv")) {
            String[] f = l.fields(2);
            Set<Integer> s = mixes.computeIfAbsent(f[0].strip(), k -> new HashSet<>());
            for (String code : f[1].split(",")) {
                int c = UScript.getCodeFromName(code.strip());
                if (c == UScript.INVALID_CODE) {
                    throw new RuleDataException(l.where() + ": unknown script " + code);
                }
                s.add(c);
            }
        }
    }

    /** Whether islands of the script are normal in documents of the language. */
    boolean customary(String lang, int script) {
        Set<Integer> s = mixes.get(lang);
        return s != null && s.contains(script);
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        for (ScriptIslands.Island is : ScriptIslands.of(doc).islands()) {
            if (is.script() == UScript.LATIN || is.script() == ScriptIslands.systemOfScript(doc.script())
                    || customary(doc.language(), is.script())) {
                continue;
            }
            if (is.script() == UScript.GREEK && is.words() == 1 && t.codePointCount(is.start(), is.end()) <= 2) {
                continue; // α, β, μ: symbols of science
            }
            if (Glosses.bracketed(t, is.start(), is.end()) || Glosses.quoted(t, is.start(), is.end())) {
                continue;
            }
            if (Character.isUpperCase(t.codePointAt(is.start()))) {
                continue; // a name, an acronym or a brand in a script with capitals (ВІКІ, Αθήνα)
            }
            String word = t.substring(is.start(), is.end());
            ctx.report(is.start(), is.end(), UScript.getName(is.script()).replace('_', ' ') + " "
                            + (is.words() > 1 ? "words" : "word") + " '" + word + "' in " + UScript.getName(is.host())
                            .replace('_', ' ') + " text: left untranslated",
                    "translate '" + word + "' or remove it");
        }
    }
}
