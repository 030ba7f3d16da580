package org.noisegate.rules.mangled;

import java.util.HashSet;
import java.util.Set;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Span;

/** U+FFFD in the text itself: an earlier step already lost characters. */
final class ReplacementCharRule extends BaseRule {
    ReplacementCharRule() {
        super("mangled.replacement-char", Category.MANGLED, Severity.ERROR,
                "U+FFFD REPLACEMENT CHARACTER in the text: characters were lost by an earlier decoding step.");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        Set<Integer> decodeErrors = new HashSet<>();
        for (Span s : doc.decodeErrors()) {
            decodeErrors.add(s.start());
        }
        for (int i = t.indexOf('\uFFFD'); i >= 0; i = t.indexOf('\uFFFD', i + 1)) {
            if (decodeErrors.contains(i)) {
                continue;
            }
            int end = i + 1;
            while (end < t.length() && t.charAt(end) == '\uFFFD') {
                end++;
            }
            ctx.report(i, end, "replacement character: text was lost before it reached this file",
                    "recover the original from the source");
            i = end - 1;
        }
    }
}
