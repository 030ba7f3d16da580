package org.noisegate.rules.mangled;

import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/** A rule that judges the text one code point at a time. */
abstract class CharacterRule extends BaseRule {
    CharacterRule(String id, Severity severity, String description) {
        super(id, Category.MANGLED, severity, description);
    }

    @Override
    public final void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            visit(doc, i, cp, ctx);
            i += Character.charCount(cp);
        }
    }

    /** Judges the code point {@code cp} at UTF-16 index {@code i}. */
    abstract void visit(Document doc, int i, int cp, RuleContext ctx);
}
