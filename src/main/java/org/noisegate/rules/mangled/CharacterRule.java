package org.noisegate.rules.mangled;

import com.ibm.icu.text.UnicodeSet;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * A rule that judges single code points: it names the set it cares about, and ICU's
 * {@link UnicodeSet#span} skips everything else, so clean text costs one fast scan.
 */
abstract class CharacterRule extends BaseRule {
    CharacterRule(String id, Severity severity, String description) {
        super(id, Category.MANGLED, severity, description);
    }

    @Override
    public final void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        UnicodeSet wanted = candidates();
        int i = wanted.span(t, 0, UnicodeSet.SpanCondition.NOT_CONTAINED);
        while (i < t.length()) {
            int cp = t.codePointAt(i);
            visit(doc, i, cp, ctx);
            i = wanted.span(t, i + Character.charCount(cp), UnicodeSet.SpanCondition.NOT_CONTAINED);
        }
    }

    /** Every code point {@link #visit} might report (frozen); the others are never visited. */
    abstract UnicodeSet candidates();

    /** Judges the code point {@code cp} at UTF-16 index {@code i}. */
    abstract void visit(Document doc, int i, int cp, RuleContext ctx);
}
