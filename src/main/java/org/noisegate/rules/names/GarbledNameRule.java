package org.noisegate.rules.names;

import java.util.List;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Token;

/**
 * A garbled transliteration of a known person's name: where the family name of a gazetteer
 * name occurs (بوتين), the words before it should be the rest of the name (فلاديمير). Words
 * there that are neither the name nor a title, whose letters are close to it (similarity of the
 * joined letters at least {@value #MIN_SIMILARITY}), and that split it into another number of
 * words (لاي ديمر, Vladi Mir) or lost its first letter (لاديمير), are a garbled form of it.
 * Other close spellings (Rəcəp for Rəcəb) are accepted variants of transliteration.
 */
final class GarbledNameRule extends BaseRule {
    static final double MIN_SIMILARITY = 0.55;
    private static final int SHORT_NAME = 3;
    private static final double MIN_SIMILARITY_SHORT = 0.75;
    private final Gazetteer gazetteer;

    GarbledNameRule(Gazetteer gazetteer) {
        super("name.garbled-transliteration", Category.NAME, Severity.ERROR,
                "Garbled transliterations of known names (لاي ديمر بوتين for فلاديمير بوتين).");
        this.gazetteer = gazetteer;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String lang = gazetteer.languageFor(doc.language(), doc.script());
        java.util.Map<String, List<Gazetteer.Name>> byLast = gazetteer.byLastPart(lang);
        if (byLast.isEmpty()) {
            return;
        }
        List<Gazetteer.Name> names = gazetteer.names(lang);
        List<Token> tokens = doc.tokens();
        List<String> forms = NameForms.of(doc);
        String text = doc.text();
        for (int i = 1; i < tokens.size(); i++) {
            String last = forms.get(i);
            for (Gazetteer.Name name : byLast.getOrDefault(last, List.of())) {
                List<String> nt = name.tokens();
                if (nt.size() < 2 || !name.kind().equals("person") || !nt.get(nt.size() - 1).equals(last)
                        || NameForms.length(last) < 3) {
                    continue;
                }
                Token anchor = tokens.get(i);
                if (anchor.end() + 1 < text.length() && text.charAt(anchor.end()) == '-'
                        && Character.isLetter(text.charAt(anchor.end() + 1))) {
                    continue; // part of a longer hyphenated name (Jong-un), not this name's end
                }
                String expected = String.join("", nt.subList(0, nt.size() - 1));
                int before = nt.size() - 1;
                // the actual words before it (same line, spaces only), up to one more than expected
                String best = null;
                double bestSim = 0;
                int bestFrom = -1;
                StringBuilder joined = new StringBuilder();
                for (int k = 1; k <= before + 1 && i - k >= 0; k++) {
                    Token p = tokens.get(i - k);
                    Token after = tokens.get(i - k + 1);
                    if (!text.substring(p.end(), after.start()).isBlank()
                            || text.substring(p.end(), after.start()).contains("\n")) {
                        break;
                    }
                    String pn = forms.get(i - k);
                    if (k == 1 && (gazetteer.isTitle(lang, pn) || matchesKnownPrefix(names, nt, pn))) {
                        break;
                    }
                    if (nt.contains(pn)) {
                        break; // a real part of the name: a shorter or another form of it (Kim for Kim Yo-jong)
                    }
                    joined.insert(0, pn);
                    String cand = joined.toString();
                    if (cand.equals(expected)) {
                        if (k == before) {
                            best = null; // the name as it should be
                            break;
                        }
                        best = cand; // the right letters, split into the wrong number of words
                        bestSim = 1;
                        bestFrom = i - k;
                        break;
                    }
                    double sim = similarity(cand, expected);
                    if (sim > bestSim) {
                        bestSim = sim;
                        best = cand;
                        bestFrom = i - k;
                    }
                }
                boolean split = best != null && bestFrom != i - before;
                boolean firstLetterLost = best != null && best.codePointAt(0) != expected.codePointAt(0);
                // a short family name (Сен, Un) is also a common syllable of other names: ask for closer letters
                double need = NameForms.length(last) <= SHORT_NAME ? MIN_SIMILARITY_SHORT : MIN_SIMILARITY;
                if (best != null && bestSim >= need && NameForms.length(best) >= 3 && (split || firstLetterLost)) {
                    Token from = tokens.get(bestFrom);
                    Token to = tokens.get(i - 1);
                    ctx.report(from.start(), to.end(), "'" + text.substring(from.start(), to.end())
                            + "' looks like a garbled form of '" + name.written() + "'", name.written());
                    break;
                }
            }
        }
    }

    /** The word is the expected last-but-one part of some known name with the same last part. */
    private static boolean matchesKnownPrefix(List<Gazetteer.Name> names, List<String> nt, String word) {
        for (Gazetteer.Name n : names) {
            List<String> t = n.tokens();
            if (t.size() >= 2 && t.get(t.size() - 1).equals(nt.get(nt.size() - 1)) && t.get(t.size() - 2).equals(word)) {
                return true;
            }
        }
        return false;
    }

    static double similarity(String a, String b) {
        int max = Math.max(NameForms.length(a), NameForms.length(b));
        return max == 0 ? 1 : 1.0 - NameForms.distance(a, b, max) / (double) max;
    }
}
