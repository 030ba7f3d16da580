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

    /** Joins numbers into one expression: a time, a range, a date, a score, a phone number ("১১:00", "5-0-൦"). */
    private static boolean joiner(String t, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = t.charAt(from);
        return c == ':' || c == '-' || c == '–' || c == '/';
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        java.util.List<NumberToken> numbers = NumberToken.find(t);
        // expressions of several numbers, each in one system but not all in the same
        for (int i = 0; i < numbers.size(); ) {
            int j = i;
            while (j + 1 < numbers.size() && joiner(t, numbers.get(j).end(), numbers.get(j + 1).start())) {
                j++;
            }
            if (j > i) {
                java.util.List<Integer> zeros = new java.util.ArrayList<>();
                boolean inner = false;
                for (int k = i; k <= j; k++) {
                    inner |= numbers.get(k).zeros().size() > 1;
                    for (int z : numbers.get(k).zeros()) {
                        if (!zeros.contains(z)) {
                            zeros.add(z);
                        }
                    }
                }
                if (zeros.size() > 1 && !inner) {
                    int s = numbers.get(i).start();
                    int e = numbers.get(j).end();
                    String expr = t.substring(s, e);
                    ctx.report(s, e, "'" + expr + "' mixes " + DigitSystems.name(zeros.get(0)) + " and "
                                    + DigitSystems.name(zeros.get(1)) + " digits in one time, range or date",
                            "write it in one system: " + DigitSystems.convert(expr, zeros.get(0)) + " or "
                                    + DigitSystems.convert(expr, zeros.get(1)));
                }
            }
            i = j + 1;
        }
        for (NumberToken n : numbers) {
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
