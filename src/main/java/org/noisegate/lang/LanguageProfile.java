package org.noisegate.lang;

import java.util.Set;

/**
 * A language's scripts (ICU UScript codes), frequent words and flags, from
 * {@code rules/lang/<code>.txt}. Flags: {@code nouns-capitalised} (German: capitals do not mark
 * names).
 */
public record LanguageProfile(String code, Set<Integer> scripts, Set<String> words, Set<String> flags) {
    public boolean has(String flag) {
        return flags.contains(flag);
    }
}
