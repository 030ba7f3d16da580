package org.noisegate.rules.boilerplate;

import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * Page furniture found by its shape and its context rather than by a phrase: menus, teasers,
 * footers, bylines and the prose that stands among them, outside the main text of a page dumped as
 * plain text (see {@link PageLayout}). Lines a phrase list or the widget rule already names are
 * left to those rules.
 */
final class BlockRule extends BaseRule {
    private final PhraseMatcher phrases;
    private final LanguageIdentifier languages;
    private final WidgetRule widget;

    private final CreditRule credit;

    private final BreadcrumbRule breadcrumb;
    private final FillerRule filler;

    BlockRule(PhraseMatcher phrases, RuleData data, WidgetRule widget, CreditRule credit, BreadcrumbRule breadcrumb,
              FillerRule filler) {
        super("boilerplate.block", Category.BOILERPLATE, Severity.WARNING,
                "Menus, teasers, footers and other page furniture, by their shape and their place outside the main text.");
        this.phrases = phrases;
        this.languages = LanguageIdentifier.of(data);
        this.widget = widget;
        this.credit = credit;
        this.breadcrumb = breadcrumb;
        this.filler = filler;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        PageLayout page = PageLayout.of(doc, phrases, languages.profile(doc.language()));
        boolean[] widgets = widget.flags(doc);
        boolean[] credits = credit.lines(doc);
        boolean[] trails = breadcrumb.lines(doc);
        String[] filled = filler.verdicts(doc);
        for (PageLayout.Judged j : page.lines()) {
            int i = j.line().index();
            if (!j.boilerplate() || widgets[i] || credits[i] || trails[i] || filled[i] != null
                    || "a known boilerplate phrase".equals(j.evidence())) {
                continue; // the rule that names the thing reports it
            }
            ctx.report(j.line().start(), j.line().end(), "page furniture: " + j.reason(), "remove the line");
        }
    }
}
