package org.noisegate.fuzz;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random text and bytes of the kinds that break text tools. */
final class RandomText {
    /** The code points of every script Unicode assigns (one set per script), and of no script. */
    private static final List<UnicodeSet> SCRIPTS = scripts();
    private static final UnicodeSet MARKS = new UnicodeSet("[[:Mn:][:Mc:][:Me:]]").freeze();
    private static final UnicodeSet SPECIAL = new UnicodeSet(
            "[[:Cc:][:Cf:][:Co:][:Zs:][:Zl:][:Zp:][:Nd:][:P:][:Default_Ignorable_Code_Point:]\\uFFFD\\uFEFF]").freeze();
    /** Pieces that the rules look for, so random text reaches deep into them. */
    static final String[] PIECES = {"Reklam Alanı", "দৃঢ়", "় ", "ি", "্য্য", "600০০", "١٢٣", "۴۵", "\u200D",
        "\u200C", "\u202E", "\u0000", "\r\n", "\n", "\n\n", " ", "-.", "—", "Ã©", "â€™", "РџСЂ", "Путин", "بوتين",
        "بوتن", "كيم جونغ -.", "فلاديمير بوتين", "لاي ديمر", "date 2025-01-01 ", "url: http://x.y/z", "Home > News > World",
        "be_endim", "Lorem ipsum dolor sit amet", "KCNA/EPA", ". AP", "(Photo: Reuters/John Doe)", "東京タワー", "서울",
        "ภาษาไทย", "😀\u200D👩", "e\u0301", "1,23,456", "১২,৩৪৫,৬৭৮", "1.000.000", "<unk>", "⁇", "word@@ piece",
        "do n't", "word , word", "\"", "«", "»", "\t", "\f", "Ά", "ↈ", "𝐀", "ﷺ", "\u00AD", "ေနျပည္ေတာ္", "ਜਿ਼ੰਦਗੀ",
        "ឆ្នំា", "goverment", "government", "Share 12", "Like (3)", "Read more", "Cookie Policy", "© 2025",
        "Subscribe to our newsletter", "Related: The minister spoke about the budget today", "The minister spoke.",
        "প্রায় ৬০০০০ সেনা নিহত হয়েছে।", "Москва — столица России.", "هذا نص عربي قصير.", "这是一个句子。"};

    private RandomText() {
    }

    private static List<UnicodeSet> scripts() {
        List<UnicodeSet> out = new ArrayList<>();
        for (int sc = 0; sc < UScript.CODE_LIMIT; sc++) {
            UnicodeSet s = new UnicodeSet().applyIntPropertyValue(com.ibm.icu.lang.UProperty.SCRIPT, sc);
            if (!s.isEmpty()) {
                out.add(s.freeze());
            }
        }
        out.add(new UnicodeSet("[:Cn:]").freeze()); // unassigned
        return out;
    }

    /** A random code point of a random script (or unassigned), lone surrogates excluded. */
    static int codePoint(Random rnd) {
        UnicodeSet s = SCRIPTS.get(rnd.nextInt(SCRIPTS.size()));
        int cp = s.charAt(rnd.nextInt(s.size()));
        return Character.isSurrogate((char) cp) && cp <= 0xFFFF ? 'x' : cp;
    }

    static int from(Random rnd, UnicodeSet s) {
        return s.charAt(rnd.nextInt(s.size()));
    }

    /**
     * A random text: runs of one script (as real text has), the rules' favourite pieces, marks,
     * controls, line breaks, and now and then a lone surrogate.
     */
    static String text(Random rnd, int maxParts) {
        StringBuilder b = new StringBuilder();
        int parts = rnd.nextInt(maxParts + 1);
        for (int i = 0; i < parts; i++) {
            switch (rnd.nextInt(10)) {
                case 0, 1, 2 -> b.append(PIECES[rnd.nextInt(PIECES.length)]);
                case 3 -> b.appendCodePoint(codePoint(rnd));
                case 4 -> { // a word of one script
                    UnicodeSet s = SCRIPTS.get(rnd.nextInt(SCRIPTS.size()));
                    for (int n = 1 + rnd.nextInt(12); n > 0; n--) {
                        b.appendCodePoint(from(rnd, s));
                    }
                    b.append(' ');
                }
                case 5 -> b.appendCodePoint(from(rnd, MARKS));
                case 6 -> b.appendCodePoint(from(rnd, SPECIAL));
                case 7 -> b.append(rnd.nextBoolean() ? '\n' : ' ');
                case 8 -> b.append((char) (0xD800 + rnd.nextInt(0x800))); // a lone surrogate
                default -> b.append(randomAscii(rnd, 1 + rnd.nextInt(20)));
            }
        }
        return b.toString();
    }

    static String randomAscii(Random rnd, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) (rnd.nextInt(10) == 0 ? ' ' : 0x20 + rnd.nextInt(0x5F)));
        }
        return b.toString();
    }

    /** Bytes that are mostly text with some damage: invalid UTF-8, encoded surrogates, cut sequences. */
    static byte[] damagedUtf8(Random rnd, int maxParts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int parts = rnd.nextInt(maxParts + 1);
        for (int i = 0; i < parts; i++) {
            switch (rnd.nextInt(6)) {
                case 0 -> out.writeBytes(new byte[] {(byte) 0xED, (byte) (0xA0 + rnd.nextInt(0x20)),
                    (byte) (0x80 + rnd.nextInt(0x40))}); // an encoded surrogate (CESU-8)
                case 1 -> out.write(0x80 + rnd.nextInt(0x80)); // a stray continuation or lead byte
                case 2 -> { // a sequence cut short
                    byte[] e = new String(Character.toChars(codePoint(rnd))).getBytes(StandardCharsets.UTF_8);
                    out.write(e, 0, Math.max(1, e.length - 1));
                }
                case 3 -> out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0xAF}); // overlong
                default -> out.writeBytes(text(rnd, 4).replace("\uFFFD", "").getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
