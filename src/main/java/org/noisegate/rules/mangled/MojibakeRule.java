package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.UnicodeSet;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.noisegate.internal.SloppyWindows1252;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Scripts;

/**
 * Mojibake: UTF-8 bytes that were decoded with a legacy code page ("Ã©" for "é", "â€™" for
 * "’", "Ø±Ø³Ø§Ù„Ø©" for "رسالة"). A run of non-ASCII characters is mojibake when, encoded back
 * with one of the code pages, it is valid UTF-8 with at least one multi-byte sequence and
 * decodes to printable text. Requiring the whole run (less surrounding punctuation) to round-trip
 * keeps real accented text, Cyrillic and symbols from matching.
 */
final class MojibakeRule extends BaseRule {
    private static final List<Charset> CODE_PAGES = codePages();
    /** Every character {@link #suspicious} looks for: a text without any cannot hold mojibake. */
    private static final UnicodeSet TRIGGERS = new UnicodeSet(
            "[\\u0080-\\u009F\\u00AC\\u00C2-\\u00F4\\u0100-\\u017F\\u2206\\u221A\\u2248\\u25CA\\u0420-\\u043F\\u2500-\\u257F]")
            .freeze();

    MojibakeRule() {
        super("mangled.mojibake", Category.MANGLED, Severity.ERROR,
                "Mojibake: UTF-8 text decoded as a legacy code page (windows-1250 to 1257, Latin-1/2, MacRoman, cp437, KOI8-R).");
    }

    private static List<Charset> codePages() {
        List<Charset> out = new ArrayList<>();
        for (String n : new String[] {"windows-1252", "ISO-8859-1", "windows-1251", "windows-1250", "x-MacRoman",
            "ISO-8859-2", "windows-1253", "windows-1254", "windows-1256", "windows-1257", "IBM437", "KOI8-R"}) {
            if (Charset.isSupported(n)) {
                out.add(Charset.forName(n));
            }
        }
        return List.copyOf(out);
    }

    /** For each single-byte code page, the byte of every BMP character it has (-1: none), built once. */
    private static final java.util.Map<Charset, short[]> ENCODE = encodeTables();

    private static java.util.Map<Charset, short[]> encodeTables() {
        java.util.Map<Charset, short[]> out = new java.util.HashMap<>();
        for (Charset cs : CODE_PAGES) {
            short[] t = new short[0x10000];
            java.util.Arrays.fill(t, (short) -1);
            for (int b = 0; b < 256; b++) {
                String c = new String(new byte[] {(byte) b}, cs);
                if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                    t[c.charAt(0)] = (short) b;
                }
            }
            out.put(cs, t);
        }
        return java.util.Map.copyOf(out);
    }

    /**
     * The run's bytes in the code page when they are well-formed UTF-8 with at least one multi-byte
     * sequence; null otherwise (checked byte by byte, so ordinary text fails at its first letter).
     */
    private static byte[] utf8Bytes(String run, Charset cs) {
        short[] table = ENCODE.get(cs);
        byte[] out = new byte[run.length()];
        int pending = 0;
        boolean multi = false;
        for (int i = 0; i < run.length(); i++) {
            int b = table[run.charAt(i)];
            if (b < 0) {
                return null;
            }
            out[i] = (byte) b;
            if (pending > 0) {
                if ((b & 0xC0) != 0x80) {
                    return null;
                }
                pending--;
            } else if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
                multi = true;
            } else if (b >= 0xE0 && b <= 0xEF) {
                pending = 2;
                multi = true;
            } else if (b >= 0xF0 && b <= 0xF4) {
                pending = 3;
                multi = true;
            } else if (b >= 0x80) {
                return null;
            }
        }
        return pending == 0 && multi ? out : null;
    }

    /** A run that reads as UTF-8 through a code page: where, what it reads, and through which page. */
    private record Candidate(int start, int end, String fixed, String page) {
        /** One character repaired from two: the weakest evidence. */
        boolean single() {
            return fixed.codePointCount(0, fixed.length()) == 1 && end - start <= 2;
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        if (TRIGGERS.span(t, 0, UnicodeSet.SpanCondition.NOT_CONTAINED) == t.length()) {
            return;
        }
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (t.charAt(i) < 0x80) {
                i++;
                continue;
            }
            int start = i;
            if (!repertoire(t.charAt(i))) {
                i++;
                continue;
            }
            while (i < t.length() && (t.charAt(i) >= 0x80 && repertoire(t.charAt(i)) || absorbedSpace(t, i))) {
                i++;
            }
            int end = i;
            Candidate c = end - start >= 2 ? candidate(t, start, end) : null;
            if (c == null) {
                // trim punctuation around the run: quotes and dashes are often real
                while (start < end && isPunct(t.codePointAt(start))) {
                    start += Character.charCount(t.codePointAt(start));
                }
                while (end > start && isPunct(t.codePointBefore(end))) {
                    end -= Character.charCount(t.codePointBefore(end));
                }
                c = end - start >= 2 ? candidate(t, start, end) : null;
            }
            if (c != null) {
                found.add(c);
            }
        }
        // ftfy's principle, prefer a miss to a false fix: one character repaired from two counts
        // when another run of the document confirms the code page, or when nothing else in the
        // document is correctly encoded non-ASCII text and the repair fits the word it stands in
        found.removeIf(c -> !fitsScript(doc, c, t, found));
        boolean confirmed = found.size() >= 2 || found.stream().anyMatch(c -> !c.single());
        boolean otherNonAscii = correctNonAscii(t, found);
        for (Candidate c : found) {
            // the document writing the repaired letter correctly elsewhere confirms it too ("tÉ”mbu" beside "Mɔ")
            boolean usedElsewhere = c.single() && Character.isLetter(c.fixed().codePointAt(0)) && t.contains(c.fixed());
            if (c.single() && !confirmed && !(usedElsewhere && fitsWord(t, c)) && (otherNonAscii || !fitsWord(t, c))) {
                continue;
            }
            ctx.report(c.start(), c.end(), "mojibake: UTF-8 read as " + c.page() + " (reads '" + c.fixed() + "')",
                    "replace with '" + c.fixed() + "'");
        }
    }

    /**
     * The characters the code pages turn UTF-8 bytes into: Latin-1 and Latin Extended, Greek,
     * Cyrillic, Hebrew and Arabic (windows-1253, 1251, 1255, 1256), punctuation, symbols and box
     * drawing (cp437, MacRoman). A run of mojibake is made of these, and a letter of another script
     * (Bengali, Georgian, Han) ends it.
     */
    static boolean repertoire(char c) {
        return c >= 0x80 && c <= 0x03FF || c >= 0x0400 && c <= 0x04FF || c >= 0x0590 && c <= 0x06FF
                || c >= 0x2000 && c <= 0x22FF || c >= 0x2300 && c <= 0x25FF || c == 0xFB01 || c == 0xFB02 || c == 0xF8FF;
    }

    /**
     * A whole multi-byte sequence repaired to one letter must give a letter of the document's own
     * writing system ("à¦¯" in Bengali text is য; "діє" in Ukrainian text is not the Han character
     * it would decode to); a cp437 pair ("─▒" for ı) must not stand in box-drawing art.
     */
    private static boolean fitsScript(Document doc, Candidate c, String t, List<Candidate> found) {
        if (c.fixed().codePointCount(0, c.fixed().length()) != 1) {
            return true;
        }
        int cp = c.fixed().codePointAt(0);
        if (c.end() - c.start() >= 3 && cp >= 0x0800 && (Character.isLetter(cp) || Scripts.isMark(cp))) {
            int doc0 = ScriptIslands.systemOfScript(doc.script());
            int mine = ScriptIslands.system(cp);
            return mine == doc0 || com.ibm.icu.lang.UScript.hasScript(cp, doc.script())
                    || mine == com.ibm.icu.lang.UScript.COMMON && doc0 == com.ibm.icu.lang.UScript.HAN;
        }
        if (c.page().equals("IBM437")) {
            int box = 0;
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (ch >= 0x2500 && ch <= 0x257F) {
                    final int at = i;
                    box += found.stream().anyMatch(f -> f.start() <= at && at < f.end()) ? 0 : 1;
                }
            }
            return box == 0 && cp != 0x017F;
        }
        return true;
    }

    /** Whether the document has non-ASCII letters or punctuation outside the candidate runs. */
    private static boolean correctNonAscii(String t, List<Candidate> found) {
        int k = 0;
        for (int i = 0; i < t.length(); i++) {
            while (k < found.size() && found.get(k).end() <= i) {
                k++;
            }
            if (k < found.size() && found.get(k).start() <= i) {
                continue;
            }
            char c = t.charAt(i);
            if (c >= 0x80 && c != 0x00A0 && !Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A repaired letter fits the word it stands in: a letter comes before it, and its case is the
     * case of the letters around it ("aoÃ»t" → "août", "HÃ”TEL" → "HÔTEL", but not "AHÅ™" → "AHř").
     * A repaired symbol (°, £, ’) fits anywhere.
     */
    private static boolean fitsWord(String t, Candidate c) {
        int cp = c.fixed().codePointAt(0);
        if (!Character.isLetter(cp)) {
            return true;
        }
        if (c.start() == 0 || !Character.isLetter(t.codePointBefore(c.start()))) {
            return false;
        }
        int before = t.codePointBefore(c.start());
        if (Character.isUpperCase(before)) {
            return Character.isUpperCase(cp);
        }
        return Character.isLowerCase(cp);
    }

    private static Candidate candidate(String t, int start, int end) {
        if (!suspicious(t, start, end)) {
            return null;
        }
        String run = t.substring(start, end);
        String sloppy = repairSloppy(run);
        if (sloppy != null) {
            return new Candidate(start, end, sloppy, "windows-1252");
        }
        for (Charset cs : CODE_PAGES) {
            String fixed = repair(run, cs, insideLowerCaseWord(t, start));
            if (fixed != null) {
                return new Candidate(start, end, fixed, cs.name());
            }
        }
        return null;
    }

    /**
     * A cheap test before the code-page round trips: mojibake always has a Latin-1 or windows-125x
     * punctuation character, or (windows-1251) Р/С before a character that is not a Russian letter.
     * Runs of ordinary Arabic, Bengali or Chinese letters never pass.
     */
    private static boolean suspicious(String t, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = t.charAt(i);
            char next = i + 1 < end ? t.charAt(i + 1) : ' ';
            // a UTF-8 lead byte read as Latin-1/windows-125x (Â…ô, Ă, Ĺ …) before a continuation byte
            if ((c >= 0xC2 && c <= 0xF4 || c >= 0x0100 && c <= 0x017F) && continuation(next)) {
                return true;
            }
            if (c >= 0x80 && c <= 0x9F || c == 0x25CA || c == 0x221A || c == 0x2206 || c == 0x2248 || c == 0x00AC) {
                return true; // C1 controls, MacRoman leads
            }
            if ((c == 'Р' || c == 'С') && (next < 0x0410 || next > 0x044F) && next != ' ') {
                return true;
            }
            // windows-1251: a lead byte read as Р…п before a continuation byte read as Ђ, ѓ, „, ™ …
            if (c >= 0x0420 && c <= 0x043F && cp1251Continuation(next)) {
                return true;
            }
            if (c >= 0x2500 && c <= 0x257F) {
                return true; // box drawing: cp437 and KOI8-R
            }
        }
        return false;
    }

    /** What bytes 0x80-0xBF are in windows-1251 that a Russian word would not have after a letter. */
    private static boolean cp1251Continuation(char c) {
        // the rare Cyrillic letters (Ђ Ѓ ѓ … џ Ґ ґ) and the symbols (‚ „ † ‡ € ‰ ‹ › ™ ¤ ¦ § © ¬ ® ° ± µ ¶ ·),
        // not the quotes, dashes and ellipsis that end Russian words every day
        return c >= 0x0402 && c <= 0x040F || c >= 0x0452 && c <= 0x045F || c == 0x0490 || c == 0x0491
                || "‚„†‡€‰‹›™¤¦§©¬®°±µ¶·".indexOf(c) >= 0;
    }

    /** Characters that UTF-8 continuation bytes 0x80-0xBF become in windows-1252, Latin-1 and their kin. */
    private static boolean continuation(char c) {
        return c >= 0x80 && c <= 0xBF || c >= 0x2013 && c <= 0x2122 || c >= 0x0152 && c <= 0x0192
                || c >= 0x02C6 && c <= 0x02DD || c == ' ' || c >= 0x0100 && c <= 0x017F;
    }

    /** "voilÃ le": the NBSP of "à" became a plain space, at the end of a word before a lower-case one. */
    private static boolean absorbedSpace(String t, int i) {
        if (t.charAt(i) != ' ' || i < 2 || t.charAt(i - 1) != 'Ã' || !Character.isLetter(t.charAt(i - 2))) {
            return false;
        }
        int j = i + 1;
        if (j < t.length() && t.charAt(j) == ' ') {
            j++; // "voilÃ  le": the no-break space and the space after it
        }
        return j < t.length() && Character.isLowerCase(t.charAt(j));
    }

    private static boolean isPunct(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.INITIAL_PUNCTUATION || type == UCharacterCategory.FINAL_PUNCTUATION
                || type == UCharacterCategory.START_PUNCTUATION || type == UCharacterCategory.END_PUNCTUATION
                || type == UCharacterCategory.DASH_PUNCTUATION || cp == '«' || cp == '»' || cp == '\u00A0';
    }

    /**
     * "Ã©", "Â°", "â€™": the lead is one of the Latin-1 letters UTF-8 lead bytes turn into and what
     * follows is not a letter. Real text has such pairs ("’é" in French is a valid MacRoman
     * reading of U+054E), so a single repaired character needs this shape.
     */
    private static boolean classicPair(String run, Charset cs) {
        if (!cs.name().equals("windows-1252") && !cs.name().equals("ISO-8859-1")) {
            return false;
        }
        int lead = run.codePointAt(0);
        if (lead < 0xC2 || lead > 0xEF) {
            return false;
        }
        if (run.length() > 1 && run.charAt(1) == '\u00A0' && lead != 'Ã') {
            return false; // an upper-case word before a no-break space (SELKÄ EDELLÄ)
        }
        for (int i = Character.charCount(lead); i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && cp != 'ª' && cp != 'º' && cp != 'µ' && "ŠšŒœŽžŸƒ".indexOf(cp) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Latin-1 letters and symbols, Latin Extended-A, general punctuation, € and ™: what mojibake hides. */
    private static boolean commonTarget(int cp) {
        return cp >= 0x00A0 && cp <= 0x017F || cp >= 0x02B0 && cp <= 0x02FF || cp >= 0x2010 && cp <= 0x206F
                || cp == 0x20AC || cp == 0x2122;
    }

    /**
     * windows-1252 as browsers apply it: its five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D)
     * come out as the C1 controls, so a run mixing "€" and U+008D is one code page. Only runs
     * that have such a control are tried here; the others go through the plain code pages.
     */
    private static String repairSloppy(String run) {
        if (run.chars().noneMatch(c -> SloppyWindows1252.undefinedByte((char) c))) {
            return null;
        }
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            int b = SloppyWindows1252.encode(run.charAt(i));
            if (b < 0) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        try {
            String fixed = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return fixed.length() < run.length() ? fixed : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A lower-case letter comes right before the run: "nÉ”" is inside a word, while "CAFÉ”" and
     * "ZZAJÉ’s" are capitals before a quote or an apostrophe.
     */
    private static boolean insideLowerCaseWord(String t, int start) {
        return start > 0 && Character.isLowerCase(t.codePointBefore(start));
    }

    /**
     * Letters of African and other orthographies beyond Latin-1 (ɔ ɛ ŋ ɖ ƒ ɣ ʋ: Latin Extended-B
     * and IPA Extensions). Their mojibake pairs ("É”" for ɔ) look like a capital before a quote,
     * so they count only inside a lower-case word.
     */
    private static boolean extendedTarget(int cp) {
        return cp >= 0x0180 && cp <= 0x02AF;
    }

    /**
     * The run re-decoded as UTF-8 through the code page, or null when it is not mojibake.
     *
     * @param inWord a lower-case letter comes right before the run
     */
    static String repair(String run, Charset cs, boolean inWord) {
        byte[] bytes = utf8Bytes(run.replace("Ã ", "Ã\u00A0"), cs);
        if (bytes == null) {
            return null;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String fixed;
        try {
            fixed = dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        if (fixed.length() >= run.length()) {
            return null; // no multi-byte sequence
        }
        int single = fixed.codePointAt(0);
        if (fixed.codePointCount(0, fixed.length()) == 1) {
            // one character: from three or four (a whole multi-byte sequence, "à¦¯" for য) it is
            // evidence; from two only the classic pairs giving a common character, or box drawing
            // inside a word (cp437: "─▒" for ı)
            int type = Character.getType(single);
            boolean whole = run.length() >= 3 && single >= 0x0800 && !(single >= 0x1D00 && single <= 0x1DBF)
                    && (type == Character.UPPERCASE_LETTER || type == Character.LOWERCASE_LETTER
                    || type == Character.OTHER_LETTER || Scripts.isMark(single));
            boolean classic = classicPair(run, cs) && (commonTarget(single) || inWord && extendedTarget(single));
            boolean box = cs.name().equals("IBM437") && inWord && run.chars().anyMatch(ch -> ch >= 0x2500 && ch <= 0x257F)
                    && Character.isLetter(single);
            if (!whole && !classic && !box) {
                return null;
            }
        }
        for (int k = 0; k < fixed.length(); ) {
            int cp = fixed.codePointAt(k);
            int type = UCharacter.getType(cp);
            if (type == UCharacterCategory.CONTROL || type == UCharacterCategory.UNASSIGNED
                    || type == UCharacterCategory.PRIVATE_USE || type == UCharacterCategory.SURROGATE) {
                return null;
            }
            k += Character.charCount(cp);
        }
        return fixed;
    }
}
