package org.noisegate.rules.names;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Token;

/**
 * A name cut short: words followed by a dangling hyphen or dash right before the sentence ends
 * ("كيم جونغ -."), or the first parts of a known name of three or more parts with the sentence
 * ending where its last part should be ("Kim Jong." is not enough; "Ali Akbar Hashemi." for a
 * four-part name is).
 */
final class TruncatedNameRule extends BaseRule {
    /** A dash right before the sentence ends; the words before it are found from the tokens. */
    private static final Pattern DANGLING = Pattern.compile("[-‐‑–—][ \\t]*[.!?؟।。]");
    private final Gazetteer gazetteer;

    TruncatedNameRule(Gazetteer gazetteer) {
        super("name.truncated", Category.NAME, Severity.ERROR,
                "Names cut short: a dangling hyphen before the full stop (كيم جونغ -.), or a known name missing its last part.");
        this.gazetteer = gazetteer;
    }

    /** Index of the last token ending at or before the position, or -1. */
    private static int lastTokenBefore(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= pos) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String text = doc.text();
        List<Token> tokens = doc.tokens();
        Matcher m = DANGLING.matcher(text);
        while (m.find()) {
            int k = lastTokenBefore(tokens, m.start());
            if (k < 0 || !tokens.get(k).hasLetters() || !text.substring(tokens.get(k).end(), m.start()).isBlank()) {
                continue; // a number range (5-.) or punctuation before the dash
            }
            int from = k;
            if (k > 0 && text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).matches("[ \\t]+")
                    && tokens.get(k - 1).hasLetters()) {
                from = k - 1;
            }
            String cut = text.substring(tokens.get(from).start(), m.end());
            ctx.report(tokens.get(from).start(), m.end(), "'" + cut + "' ends in a dangling hyphen: a name or word was cut off",
                    "complete the name");
        }
        List<String> forms = NameForms.of(doc);
        java.util.Map<String, List<Gazetteer.Name>> byFirst = gazetteer.byFirstPart(gazetteer.languageFor(doc.language(), doc.script()));
        for (int i = 0; i < tokens.size(); i++) {
            for (Gazetteer.Name name : byFirst.getOrDefault(forms.get(i), List.of())) {
                List<String> nt = name.tokens();
                int k = 0;
                while (k < nt.size() - 1 && i + k < tokens.size() && forms.get(i + k).equals(nt.get(k))) {
                    k++;
                }
                if (k != nt.size() - 1) {
                    continue;
                }
                Token lastSeen = tokens.get(i + k - 1);
                String rest = text.substring(lastSeen.end(), Math.min(text.length(), lastSeen.end() + 3)).strip();
                if (rest.isEmpty() || ".!?؟।。".indexOf(rest.charAt(0)) >= 0) {
                    ctx.report(tokens.get(i).start(), lastSeen.end(), "'" + text.substring(tokens.get(i).start(),
                            lastSeen.end()) + "' is '" + name.written() + "' without its last part", name.written());
                }
            }
        }
    }
}
