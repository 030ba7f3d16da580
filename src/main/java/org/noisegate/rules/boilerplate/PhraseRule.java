package org.noisegate.rules.boilerplate;

import java.util.List;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * Lines that are a known boilerplate phrase of one section of the phrase lists (ads, social
 * widgets, forms, navigation, legal notices, CMS labels), in any of the languages of
 * {@code rules/boilerplate/phrases/}.
 */
final class PhraseRule extends BaseRule {
    private final PhraseMatcher matcher;
    private final String section;
    private final String label;

    PhraseRule(PhraseMatcher matcher, String section, String label, String description) {
        super("boilerplate." + section, Category.BOILERPLATE, Severity.WARNING, description);
        this.matcher = matcher;
        this.section = section;
        this.label = label;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        List<List<PhraseMatcher.Entry>> all = matcher.matches(doc);
        for (LineInfo line : LineInfo.of(doc)) {
            org.noisegate.rule.Budget.check();
            List<PhraseMatcher.Entry> hits = all.get(line.index());
            // a line matching phrases of several sections or lists is reported once, by the entry of
            // the document's language if there is one, else by the first
            PhraseMatcher.Entry e = hits.stream().filter(h -> h.lang().equals(doc.language())).findFirst()
                    .orElse(hits.isEmpty() ? null : hits.get(0));
            if (e != null && e.section().equals(section)) {
                ctx.report(line.start(), line.end(), label + ": '" + e.phrase() + "' (" + e.lang() + " phrase list)",
                        "remove the line");
            }
        }
    }
}
