package org.noisegate.rules.mangled;

import java.util.List;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleModule;

/** Rules for text broken by encoding errors, machine translation or stray characters. */
public final class MangledModule implements RuleModule {
    @Override
    public List<Rule> rules(RuleData data) {
        ForeignScriptRule foreign = new ForeignScriptRule(data);
        return List.of(
                new InvalidEncodingRule(),
                new ReplacementCharRule(),
                new ControlCharRule(),
                new InvisibleCharRule(),
                new OrphanMarkRule(),
                new WedgedLatinRule(data, foreign),
                foreign,
                new IndicSyllableRule(data),
                new MojibakeRule(),
                new WordVariantRule(data),
                new TokenMarkerRule(data),
                new DetokenizationRule(data),
                new MixedScriptRule(),
                new ZawgyiRule());
    }
}
