package org.noisegate.rules.names;

import com.ibm.icu.text.Transliterator;

/**
 * Latin skeletons of names, so that one name compares across scripts: ICU's
 * {@code Any-Latin; Latin-ASCII; Lower} with letters other than a-z dropped (پۇتىن, Путин and
 * Putin all give "putin"). Transliteration is slow, so callers use it on few candidate words.
 */
public final class Skeletons {
    private static final ThreadLocal<Transliterator> LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));

    private Skeletons() {
    }

    private static final int CACHE_LIMIT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The skeleton, remembered: words recur across the documents of a corpus. */
    public static String of(String word) {
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        String s = compute(word);
        CACHE.put(word, s);
        return s;
    }

    private static String compute(String word) {
        String latin = LATIN.get().transliterate(word);
        StringBuilder b = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
