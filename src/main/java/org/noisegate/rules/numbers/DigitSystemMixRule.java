package org.noisegate.rules.numbers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * A document whose numbers use several digit systems. Professional Bengali, Marathi or Khmer
 * text mixes ASCII and native digits across sentences, so this is an info note; but Arabic-Indic
 * (٠١٢) and Extended Arabic-Indic (۰۱۲, Persian/Urdu) digits in one document are a real error:
 * each number of the minority system gets a warning.
 */
final class DigitSystemMixRule extends BaseRule {
    private static final int ARABIC_INDIC = 0x0660;
    private static final int EXTENDED_ARABIC_INDIC = 0x06F0;

    DigitSystemMixRule() {
        super("number.digit-system-mix", Category.NUMBER, Severity.INFO,
                "The document uses several digit systems (info; Arabic-Indic with Extended Arabic-Indic: warning).");
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        List<NumberToken> numbers = NumberToken.find(doc.text());
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (NumberToken n : numbers) {
            if (n.zeros().size() == 1) {
                counts.merge(n.zeros().get(0), 1, Integer::sum);
            }
        }
        if (counts.size() < 2) {
            return;
        }
        int major = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        StringBuilder all = new StringBuilder();
        counts.forEach((z, c) -> all.append(all.length() == 0 ? "" : ", ").append(DigitSystems.name(z))
                .append(" ").append(c));
        boolean arabicClash = counts.containsKey(ARABIC_INDIC) && counts.containsKey(EXTENDED_ARABIC_INDIC);
        boolean noted = false;
        for (NumberToken n : numbers) {
            if (n.zeros().size() != 1 || n.zeros().get(0) == major) {
                continue;
            }
            int z = n.zeros().get(0);
            if (arabicClash && (z == ARABIC_INDIC || z == EXTENDED_ARABIC_INDIC)) {
                ctx.report(Severity.WARNING, n.start(), n.end(), "Arabic-Indic and Extended Arabic-Indic digits in one "
                        + "document (" + all + ")", DigitSystems.convert(n.text(), major));
            } else if (!noted) {
                ctx.report(Severity.INFO, n.start(), n.end(), "the document mixes digit systems (" + all + ")",
                        null);
                noted = true;
            }
        }
    }
}
