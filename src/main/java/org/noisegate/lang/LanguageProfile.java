package org.noisegate.lang;

import java.util.Set;

/** A language's scripts (ICU UScript codes) and frequent words, from {@code rules/lang/<code>.txt}. */
public record LanguageProfile(String code, Set<Integer> scripts, Set<String> words) {
}
