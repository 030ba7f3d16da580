package org.noisegate.rules.numbers;

import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/** One number written with digits of two numbering systems ("600০০"). */
final class MixedDigitsRule extends BaseRule {
    MixedDigitsRule() {
        super("number.mixed-digits", Category.NUMBER, Severity.ERROR,
                "Digits of two numbering systems inside one number, e.g. ASCII and Bengali in 600০০.");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (NumberToken n : NumberToken.find(doc.text())) {
            if (n.zeros().size() < 2) {
                continue;
            }
            int first = n.zeros().get(0);
            int second = n.zeros().get(1);
            ctx.report(n.start(), n.end(), "number '" + n.text() + "' mixes " + DigitSystems.name(first) + " and "
                            + DigitSystems.name(second) + " digits",
                    "write it in one system: " + DigitSystems.convert(n.text(), first) + " or "
                            + DigitSystems.convert(n.text(), second));
        }
    }
}
