package org.noisegate.rules.numbers;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * Digit grouping that is wrong for the document's language, by CLDR's conventions (ICU): Indian
 * grouping (12,34,567) in a language that groups by thousands, thousands grouping with two or more
 * separators in a language that groups the Indian way (bn: ১,২৩,৪৫,৬৭৮), the decimal separator
 * used to group (1.000.000 in English, 1,000,000 in German), and groups of impossible sizes
 * (1,000,00). Only numbers with two or more separators count: one separator is ambiguous
 * between grouping and a decimal mark, and professional text uses both conventions for it.
 */
final class GroupingRule extends BaseRule {
    /**
     * @param contested in some region where it is the main language, the language writes numbers
     *                  the other way round by CLDR (Spanish: es 1.234,5 but es-MX 1,234.5), so the
     *                  other convention is wrong only in a document that also uses this one
     */
    private record Convention(char group, char decimal, boolean indian, boolean contested) {
    }

    private final Map<String, Convention> conventions = new ConcurrentHashMap<>();

    GroupingRule() {
        super("number.grouping", Category.NUMBER, Severity.WARNING,
                "Digit grouping that is wrong for the document's language (CLDR conventions).");
    }

    private Convention convention(String lang) {
        return conventions.computeIfAbsent(lang, l -> {
            ULocale loc = new ULocale(l);
            DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(loc);
            NumberFormat nf = NumberFormat.getInstance(loc);
            boolean indian = nf instanceof DecimalFormat df && df.getSecondaryGroupingSize() == 2;
            char group = sym.getGroupingSeparator();
            char decimal = sym.getDecimalSeparator();
            boolean contested = false;
            for (ULocale regional : ULocale.getAvailableLocales()) {
                // only regions where this is the main language (es-MX, not en-DE)
                if (regional.getLanguage().equals(loc.getLanguage()) && !regional.getCountry().isEmpty()
                        && ULocale.addLikelySubtags(new ULocale("und", regional.getCountry())).getLanguage()
                        .equals(loc.getLanguage())) {
                    DecimalFormatSymbols r = DecimalFormatSymbols.getInstance(regional);
                    contested |= r.getGroupingSeparator() == decimal && r.getDecimalSeparator() == group;
                }
            }
            return new Convention(group, decimal, indian, contested);
        });
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        if (doc.language().equals("und")) {
            return;
        }
        Convention c = convention(doc.language());
        List<NumberToken> numbers = NumberToken.find(doc.text());
        // where a region writes numbers the other way round, only a document that also uses this
        // language's own convention shows that the other one is a slip
        boolean otherWayWrong = !c.contested() || numbers.stream().anyMatch(n -> n.separators().size() >= 2
                && n.separators().get(0) == c.group());
        for (NumberToken n : numbers) {
            List<Character> seps = n.separators();
            if (seps.size() >= 2 && otherWayWrong && swapped(n, c)) {
                ctx.report(n.start(), n.end(), "number '" + n.text() + "': '" + seps.get(0) + "' groups and '"
                        + seps.get(seps.size() - 1) + "' marks decimals, the other way round from " + doc.language()
                        + " ('" + c.group() + "' groups, '" + c.decimal() + "' marks decimals)", null);
                continue;
            }
            if (seps.size() < 2 || seps.stream().distinct().count() != 1) {
                continue;
            }
            List<String> groups = n.groups();
            if (!looksGrouped(groups)) {
                continue;
            }
            char sep = seps.get(0);
            String problem = null;
            boolean western = western(groups);
            boolean indian = indian(groups);
            if (!western && !indian) {
                problem = "digit groups of uneven size";
            } else if (sep == c.decimal() && sep != c.group() && otherWayWrong) {
                problem = "'" + sep + "' is the decimal separator in " + doc.language() + "; groups are separated by '"
                        + c.group() + "'";
            } else if (indian && !western && !c.indian()) {
                problem = "Indian digit grouping, but " + doc.language() + " groups by thousands";
            } else if (western && !indian && c.indian()) {
                problem = "thousands grouping, but " + doc.language() + " groups the Indian way (1,23,45,678)";
            }
            if (problem != null) {
                ctx.report(n.start(), n.end(), "number '" + n.text() + "': " + problem, null);
            }
        }
    }

    /**
     * A grouped number with a decimal part (1,250,000.50; 1,250.5) whose grouping separator is the
     * language's decimal separator: the other convention (1,250,000.50 in German).
     */
    private static boolean swapped(NumberToken n, Convention c) {
        List<Character> seps = n.separators();
        char group = seps.get(0);
        char decimal = seps.get(seps.size() - 1);
        if (group == decimal || group != c.decimal() || decimal == c.decimal()) {
            return false;
        }
        for (int i = 1; i < seps.size() - 1; i++) {
            if (seps.get(i) != group) {
                return false;
            }
        }
        List<String> g = n.groups();
        return looksGrouped(g.subList(0, g.size() - 1)) && western(g.subList(0, g.size() - 1));
    }

    /**
     * What grouping looks like: a first group of 1-3 digits, then groups of 2 or 3 with at least
     * one of 3 (all-2 groups are dates, times and codes such as 15.08.25).
     */
    private static boolean looksGrouped(List<String> g) {
        if (g.get(0).isEmpty() || len(g.get(0)) > 3) {
            return false;
        }
        boolean three = false;
        for (int i = 1; i < g.size(); i++) {
            int len = len(g.get(i));
            if (len != 2 && len != 3) {
                return false;
            }
            three |= len == 3;
        }
        return three;
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    private static boolean western(List<String> g) {
        for (int i = 1; i < g.size(); i++) {
            if (len(g.get(i)) != 3) {
                return false;
            }
        }
        return len(g.get(0)) <= 3;
    }

    private static boolean indian(List<String> g) {
        if (len(g.get(g.size() - 1)) != 3 || len(g.get(0)) > 2) {
            return false;
        }
        for (int i = 1; i < g.size() - 1; i++) {
            if (len(g.get(i)) != 2) {
                return false;
            }
        }
        return true;
    }
}
