package org.noisegate.rules.names;

import java.util.List;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleModule;

/** Rules for garbled, inconsistent and truncated proper names. */
public final class NameModule implements RuleModule {
    @Override
    public List<Rule> rules(RuleData data) {
        Gazetteer g = new Gazetteer(data);
        return List.of(new VariantSpellingRule(g, LanguageIdentifier.of(data)), new GarbledNameRule(g),
                new TruncatedNameRule(g));
    }
}
