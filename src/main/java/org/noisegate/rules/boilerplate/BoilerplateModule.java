package org.noisegate.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleModule;

/** Rules for web-page boilerplate that a scraper or converter left in the text. */
public final class BoilerplateModule implements RuleModule {
    /** The sections of the phrase lists; each is one rule {@code boilerplate.<section>}. */
    static final List<String> SECTIONS = List.of("ad", "social", "form", "navigation", "legal", "cms");

    @Override
    public List<Rule> rules(RuleData data) {
        PhraseMatcher phrases = new PhraseMatcher(data);
        List<Rule> rules = new ArrayList<>();
        rules.add(new PhraseRule(phrases, "ad", "advertisement slot", "Advertisement slots and labels."));
        rules.add(new PhraseRule(phrases, "social", "share or reaction widget",
                "Share, follow and reaction widgets (Share, Bu Yazıyı Paylaş, Beğendim)."));
        rules.add(new PhraseRule(phrases, "form", "comment, login, newsletter or chat form",
                "Comment, login, newsletter and chat forms and their messages."));
        rules.add(new PhraseRule(phrases, "navigation", "site navigation",
                "Navigation: menus, 'related articles', 'read more', 'back to top'."));
        rules.add(new PhraseRule(phrases, "legal", "legal notice", "Disclaimers, copyright and cookie notices."));
        rules.add(new PhraseRule(phrases, "cms", "CMS label", "Labels a CMS or theme leaks into the text (Featured, Print)."));
        rules.add(new MetadataHeaderRule(data));
        FillerRule filler = new FillerRule(data);
        rules.add(filler);
        CreditRule credit = new CreditRule(data);
        rules.add(credit);
        BreadcrumbRule breadcrumb = new BreadcrumbRule(phrases);
        rules.add(breadcrumb);
        WidgetRule widget = new WidgetRule(phrases, data);
        rules.add(widget);
        rules.add(new BlockRule(phrases, data, widget, credit, breadcrumb, filler));
        rules.add(new DomRule());
        rules.add(new RepeatedLineRule());
        return rules;
    }
}
