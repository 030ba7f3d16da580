package org.noisegate.config;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The language codes {@code --lang} and {@code lang:} accept: ISO 639 codes that CLDR (through ICU)
 * names, optionally with BCP 47 subtags ({@code ar-EG}). Three-letter codes with a two-letter
 * equivalent become the two-letter one that the rule data uses ({@code eng} → {@code en}).
 */
public final class LanguageCodes {
    private static final Map<String, String> BY_NAME = byName();

    private LanguageCodes() {
    }

    /**
     * The code in the form the rule data uses.
     *
     * @throws IllegalArgumentException naming what was expected, with a suggestion when the value is
     *                                  a language's name or close to a code
     */
    public static String check(String value) {
        String v = value == null ? "" : value.strip();
        String[] parts = v.replace('_', '-').split("-", 2);
        String primary = parts[0].toLowerCase(Locale.ROOT);
        if (known(primary) && (parts.length == 1 || parts[1].matches("[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*"))) {
            String canonical = new ULocale(primary).getLanguage();
            return parts.length == 1 ? canonical : canonical + "-" + parts[1];
        }
        throw new IllegalArgumentException("an ISO 639 language code such as en, bn, ar or zh, not '" + value + "'"
                + suggestion(v));
    }

    /** True when the code is an ISO 639 language CLDR knows by name. */
    public static boolean known(String code) {
        if (!code.matches("[a-z]{2,3}") || code.equals("und") || code.equals("mis") || code.equals("mul")
                || code.equals("zxx")) {
            return false;
        }
        String name = ULocale.getDisplayLanguage(code, ULocale.ENGLISH);
        return !name.isEmpty() && !name.equalsIgnoreCase(code);
    }

    private static String suggestion(String v) {
        String lower = v.toLowerCase(Locale.ROOT);
        String named = BY_NAME.get(lower);
        if (named != null) {
            return " (" + ULocale.getDisplayLanguage(named, ULocale.ENGLISH) + " is '" + named + "')";
        }
        LevenshteinDistance d = new LevenshteinDistance(2);
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (Map.Entry<String, String> e : BY_NAME.entrySet()) {
            int k = d.apply(lower, e.getKey());
            if (k >= 0 && k < bestD && lower.length() > 3) {
                bestD = k;
                best = e.getValue();
            }
        }
        return best == null ? "" : " (did you mean '" + best + "', "
                + ULocale.getDisplayLanguage(best, ULocale.ENGLISH) + "?)";
    }

    /** English language names, lower case, to their codes. */
    private static Map<String, String> byName() {
        Map<String, String> m = new TreeMap<>();
        for (String c : ULocale.getISOLanguages()) {
            if (known(c)) {
                m.putIfAbsent(ULocale.getDisplayLanguage(c, ULocale.ENGLISH).toLowerCase(Locale.ROOT), c);
            }
        }
        m.put("bengali", "bn");
        m.put("farsi", "fa");
        return Map.copyOf(m);
    }
}
