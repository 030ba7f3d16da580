package org.noisegate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {
    /** Every occurrence by a naive scan: by end position, then keyword order, whole words if asked. */
    private static List<String> naive(List<String> keywords, String text, boolean whole) {
        List<String> out = new ArrayList<>();
        TreeSet<String> sorted = new TreeSet<>(keywords);
        for (int end = 1; end <= text.length(); end++) {
            for (String k : sorted) {
                int start = end - k.length();
                if (k.isEmpty() || start < 0 || !text.startsWith(k, start)) {
                    continue;
                }
                if (whole && (start > 0 && Character.isAlphabetic(text.charAt(start - 1))
                        || end < text.length() && Character.isAlphabetic(text.charAt(end)))) {
                    continue;
                }
                out.add(k + "@" + start + "-" + end);
            }
        }
        return out;
    }

    private static List<String> found(KeywordAutomaton a, String text, boolean whole) {
        List<String> out = new ArrayList<>();
        a.find(text, whole, (k, s, e) -> out.add(k + "@" + s + "-" + e));
        return out;
    }

    @Test
    void overlappingAndNestedKeywordsInOrder() {
        KeywordAutomaton a = KeywordAutomaton.of(List.of("he", "she", "his", "hers", "e"));
        assertEquals(List.of("e@2-3", "he@1-3", "she@0-3", "hers@1-5"), found(a, "shers", false));
        assertEquals(naive(List.of("he", "she", "his", "hers", "e"), "ushers his", false), found(a, "ushers his", false));
    }

    @Test
    void wholeWordsSkipMatchesInsideWords() {
        KeywordAutomaton a = KeywordAutomaton.of(List.of("share", "share this", "this"));
        assertEquals(List.of("share@0-5", "share this@0-10", "this@6-10"), found(a, "share this", true));
        assertEquals(List.of(), found(a, "shared thistle", true));
        assertEquals(List.of("this@4-8"), found(a, "1234this", true)); // digits are not alphabetic
    }

    @Test
    void agreesWithANaiveScanOnRandomText() {
        Random r = new Random(42);
        String alphabet = "ab c\u0928\u093fx\uD83D\uDE00";
        for (int round = 0; round < 300; round++) {
            List<String> kws = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(8); i++) {
                kws.add(random(r, alphabet, 1 + r.nextInt(4)));
            }
            String text = random(r, alphabet, r.nextInt(40));
            KeywordAutomaton a = KeywordAutomaton.of(kws);
            for (boolean whole : new boolean[] {false, true}) {
                assertEquals(naive(kws, text, whole), found(a, text, whole), "keywords " + kws + " text '" + text + "'");
            }
        }
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
