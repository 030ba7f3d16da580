package org.noisegate.rules.numbers;

import java.util.List;
import org.noisegate.rule.Rule;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleModule;

/** Rules for malformed numbers: mixed digit systems and wrong grouping. */
public final class NumberModule implements RuleModule {
    @Override
    public List<Rule> rules(RuleData data) {
        return List.of(new MixedDigitsRule(), new DigitSystemMixRule(data), new GroupingRule());
    }
}
