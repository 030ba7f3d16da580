package org.noisegate.rules.boilerplate;

import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.CorpusStats;
import org.noisegate.text.Document;

/**
 * Lines that recur across many documents of the corpus (site navigation, footers, bylines):
 * only when a first pass counted the corpus ({@code gate --corpus-stats}). A line counts when it
 * occurs in at least {@value #MIN_DOCUMENTS} documents and in at least
 * {@value #MIN_SHARE_PERCENT}% of them.
 */
final class RepeatedLineRule extends BaseRule {
    static final int MIN_DOCUMENTS = 3;
    static final double MIN_SHARE_PERCENT = 1.0;

    RepeatedLineRule() {
        super("boilerplate.repeated", Category.BOILERPLATE, Severity.WARNING,
                "Lines that recur across many documents of the corpus (with gate --corpus-stats).");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        CorpusStats c = doc.corpus();
        if (c == null) {
            return;
        }
        long need = Math.max(MIN_DOCUMENTS, (long) Math.ceil(c.documents() * MIN_SHARE_PERCENT / 100.0));
        for (LineInfo line : LineInfo.of(doc)) {
            org.noisegate.rule.Budget.check();
            if (line.blank()) {
                continue;
            }
            int n = c.documentsWith(line.text());
            if (n >= need) {
                ctx.report(line.start(), line.end(), "line repeated in " + n + " of " + c.documents() + " documents",
                        "remove the line");
            }
        }
    }
}
