package org.noisegate.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;

/**
 * The words that change what a number means, per language, from {@code rules/compare/}:
 * scale words ({@code scales*.tsv}: "ming" multiplies by 1000) and percent words
 * ({@code percent*.tsv}: "%", "yüzde", "درصد"). Each file documents its format in its header.
 */
final class NumberWords {
    /** A word and what it does; {@code prefix}: it matches any word that starts with it. */
    record Word(String text, boolean prefix, BigDecimal multiplier, boolean before) {
    }

    private final Map<String, List<Word>> scales = new HashMap<>();
    private final Map<String, List<Word>> percent = new HashMap<>();

    NumberWords(RuleData data) {
        for (RuleData.DataLine l : data.readAll("compare", "scales*.tsv")) {
            String[] f = l.fields(3);
            BigDecimal m;
            try {
                m = new BigDecimal(f[2].strip());
            } catch (NumberFormatException e) {
                throw new RuleDataException(l.where() + ": the multiplier '" + f[2].strip()
                        + "' is not a number; write it as 1e3, 1e5, 1e6 ...");
            }
            scales.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(word(f[1], m, false));
        }
        for (RuleData.DataLine l : data.readAll("compare", "percent*.tsv")) {
            String[] f = l.fields(3);
            String where = f[2].strip();
            if (!where.equals("after") && !where.equals("before")) {
                throw new RuleDataException(l.where() + ": the third column says where the word stands, "
                        + "'after' or 'before' the number, not '" + where + "'");
            }
            percent.computeIfAbsent(f[0].strip(), k -> new ArrayList<>()).add(word(f[1], BigDecimal.ONE,
                    where.equals("before")));
        }
        // longest first, so "pour cent" wins over a shorter word and "ملايين" over "مل…"
        scales.values().forEach(NumberWords::longestFirst);
        percent.values().forEach(NumberWords::longestFirst);
    }

    private static void longestFirst(List<Word> words) {
        words.sort((a, b) -> Integer.compare(b.text().length(), a.text().length()));
    }

    private static Word word(String raw, BigDecimal m, boolean before) {
        String w = raw.strip().toLowerCase(Locale.ROOT);
        boolean prefix = w.endsWith("*");
        if (prefix) {
            w = w.substring(0, w.length() - 1);
        }
        return new Word(w, prefix, m, before);
    }

    List<Word> scales(String lang) {
        return scales.getOrDefault(lang, List.of());
    }

    /** The percent words of the language and those of every language ({@code *}). */
    List<Word> percent(String lang) {
        List<Word> out = new ArrayList<>(percent.getOrDefault(lang, List.of()));
        out.addAll(percent.getOrDefault("*", List.of()));
        return out;
    }
}
