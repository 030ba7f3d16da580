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
    private static final Pattern DANGLING = Pattern.compile(
            "(\\p{L}[\\p{L}\\p{M}]*(?:\\s+\\p{L}[\\p{L}\\p{M}]*)?)\\s*[-‐‑–—]\\s*[.!?؟।。]");
    private final Gazetteer gazetteer;

    TruncatedNameRule(Gazetteer gazetteer) {
        super("name.truncated", Category.NAME, Severity.ERROR,
                "Names cut short: a dangling hyphen before the full stop (كيم جونغ -.), or a known name missing its last part.");
        this.gazetteer = gazetteer;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String text = doc.text();
        Matcher m = DANGLING.matcher(text);
        while (m.find()) {
            ctx.report(m.start(1), m.end(), "'" + m.group() + "' ends in a dangling hyphen: a name or word was cut off",
                    "complete the name");
        }
        List<Token> tokens = doc.tokens();
        for (Gazetteer.Name name : gazetteer.names(doc.language())) {
            List<String> nt = name.tokens();
            if (nt.size() < 3) {
                continue;
            }
            for (int i = 0; i + nt.size() - 1 <= tokens.size(); i++) {
                int k = 0;
                while (k < nt.size() - 1 && i + k < tokens.size()
                        && NameForms.normalize(tokens.get(i + k).text()).equals(nt.get(k))) {
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
