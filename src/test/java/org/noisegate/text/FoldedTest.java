package org.noisegate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldedTest {
    private static final String ALPHABET = "abcdeHhIiKkLlMmOoPpRrSsTtUuWwXx.:/ \u0130\u0131\u212A\u0307\u00C5\u212B\u03A3\u00DF\uD801\uDC00";
    private static final String[] NEEDLES = {"http://", "https://", "www.", "lorem ipsum", "ki", "i", "k", "is", " images"};

    /** Agrees with lower-casing the whole text, on random text rich in the characters whose lower case is special. */
    @Test
    void agreesWithLowerCasingTheText() {
        long seed = new Random().nextLong();
        Random r = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(14);
            for (int i = 0; i < len; i++) {
                if (r.nextInt(4) == 0) {
                    String n = NEEDLES[r.nextInt(NEEDLES.length)];
                    b.append(r.nextBoolean() ? n : n.toUpperCase(Locale.ROOT));
                } else {
                    b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                }
            }
            String t = b.toString();
            for (String n : NEEDLES) {
                assertEquals(t.toLowerCase(Locale.ROOT).contains(n), Folded.contains(t, n),
                        "seed " + seed + ": '" + t + "' / '" + n + "'");
                assertEquals(t.toLowerCase(Locale.ROOT).endsWith(n), Folded.endsWith(t, n),
                        "seed " + seed + ": '" + t + "' ends with '" + n + "'");
            }
        }
    }

    @Test
    void specialCases() {
        assertEquals(true, Folded.contains("WWW.EXAMPLE", "www."));
        assertEquals(true, Folded.contains("\u212Ai", "ki"));
        assertEquals(true, Folded.contains("K\u0130", "ki"));
        assertEquals(false, Folded.contains("\u0130s", "is"));
        assertEquals(false, Folded.contains("\u0131s", "is"));
        assertEquals(true, Folded.endsWith("Getty IMAGES", " images"));
        assertEquals(false, Folded.endsWith("Getty IMAGE\u0130", " imagei"));
        assertEquals(true, Folded.endsWith("\u212A", "k"));
    }
}
