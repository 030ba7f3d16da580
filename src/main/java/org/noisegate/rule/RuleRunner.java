package org.noisegate.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.noisegate.text.Document;

/** Runs rules over a document and returns their findings in text order. */
public final class RuleRunner {
    private RuleRunner() {
    }

    public static List<Finding> run(List<Rule> rules, Document doc) {
        RuleContext ctx = new RuleContext(doc);
        for (Rule r : rules) {
            ctx.using(r);
            try {
                r.check(doc, ctx);
            } catch (RuntimeException e) {
                throw new IllegalStateException("rule " + r.id() + " failed on " + doc.id() + ": " + e, e);
            }
        }
        List<Finding> out = new ArrayList<>(new LinkedHashSet<>(ctx.findings()));
        out.sort(Comparator.comparingInt((Finding f) -> f.span().start())
                .thenComparingInt(f -> f.span().end())
                .thenComparing(Finding::ruleId));
        return out;
    }
}
