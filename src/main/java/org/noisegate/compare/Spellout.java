package org.noisegate.compare;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers written out in words, through ICU's rule-based number format (CLDR spell-out rules).
 * Rather than parse every word of a text (RBNF parsing needs the number's exact extent and is
 * slow), it spells the value that the other versions write in digits, in every spell-out rule
 * set of the language (cardinal, ordinal, genders), and looks for it: "four" in English,
 * "quatre" in French, "четыр…" (any ending) in Russian. Languages whose rules ICU does not
 * have (it falls back to English) are not searched.
 */
final class Spellout {
    private static final Map<String, List<String>> RULE_SETS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<String, RuleBasedNumberFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private Spellout() {
    }

    /** Whether {@code lowerText} (lower-cased, Locale.ROOT) contains the value spelled out in the language. */
    static boolean mentions(String lowerText, String lang, BigDecimal value) {
        if (value.signum() < 0 || value.scale() > 0 && value.stripTrailingZeros().scale() > 0
                || value.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
            return false;
        }
        RuleBasedNumberFormat f = format(lang);
        if (f == null) {
            return false;
        }
        long v = value.longValue();
        for (String set : ruleSets(lang, f)) {
            String s;
            try {
                s = f.format(v, set);
            } catch (RuntimeException e) {
                continue;
            }
            s = s.replace("\u00AD", "").replace("\u200B", "").toLowerCase(Locale.ROOT);
            int n = s.codePointCount(0, s.length());
            String stem = n >= 5 ? s.substring(0, s.offsetByCodePoints(0, Math.max(3, n - 2))) : s;
            if (lowerText.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static RuleBasedNumberFormat format(String lang) {
        Map<String, RuleBasedNumberFormat> m = FORMATS.get();
        if (m.containsKey(lang)) {
            return m.get(lang);
        }
        ULocale loc = new ULocale(lang);
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(loc, RuleBasedNumberFormat.SPELLOUT);
        ULocale actual = f.getLocale(ULocale.ACTUAL_LOCALE);
        if (actual == null || !actual.getLanguage().equals(loc.getLanguage())) {
            f = null; // ICU fell back to another language's words
        }
        m.put(lang, f);
        return f;
    }

    private static List<String> ruleSets(String lang, RuleBasedNumberFormat f) {
        return RULE_SETS.computeIfAbsent(lang, l -> {
            List<String> out = new ArrayList<>();
            for (String n : f.getRuleSetNames()) {
                if (n.startsWith("%spellout") && !n.contains("year") && !n.contains("numbering")) {
                    out.add(n);
                }
            }
            return List.copyOf(out);
        });
    }
}
