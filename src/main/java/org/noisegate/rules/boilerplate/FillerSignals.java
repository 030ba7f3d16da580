package org.noisegate.rules.boilerplate;

import com.ibm.icu.lang.UScript;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.CharBuffer;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.lang.Trigrams;
import org.noisegate.text.Scripts;

/**
 * The measurements behind {@code boilerplate.filler} beyond the lorem vocabulary: each one a
 * property of text that carries no message, with the thresholds measured on clean FLORES-200 and
 * UDHR text against placeholder generators (see the README's accuracy section). Immutable.
 */
final class FillerSignals {
    /** A Latin paragraph: at least this many words, and two sentences or twenty words. */
    static final int LATIN_WORDS = 15;
    /** Pseudo-Latin in a Latin document: fewer of Latin's function words than this share. */
    static final double LATIN_FLOOR = 0.12;
    /** ... and at least this share of lorem-ipsum words. */
    static final double LATIN_LOREM = 0.3;
    /** Nonsense: at least this many words... */
    static final int NONSENSE_WORDS = 50;
    /** ... whose trigrams are covered by no language's profile better than this ... */
    static final double NONSENSE_COVERAGE = 0.20;
    /** ... and with no language's frequent words above this share. */
    static final double NONSENSE_STOP = 0.15;
    /** Shuffled words: at least this many words in the line. */
    static final int SALAD_WORDS = 4;
    /** A document with more of its lines all in lower case than this writes in lower case. */
    static final double LOWER_CASE_DOCUMENT = 0.2;
    /** A line whose trigrams another language's profile covers this well is in that language. */
    static final double REAL_COVERAGE = 0.3;
    /** Shuffled words of a real language hold its frequent words at least at this share. */
    static final double SALAD_STOP = 0.1;
    /** Template sentences: a shared run of this many words, in a line of this many words. */
    static final int TEMPLATE_RUN = 6;
    static final int TEMPLATE_WORDS = 30;
    /** Word salad by function words: below this share of the language's floor. */
    static final double DENSITY_MARGIN = 0.75;
    /** Word salad by function words: at least this many words and two sentences. */
    static final int DENSITY_WORDS = 20;
    /** The function-word floor is measured only from this many clean lines on. */
    static final int MIN_DENSITY_SAMPLE = 100;
    /** Random Han: at least this many Han characters, this share outside the common tiers. */
    static final int HAN_MIN = 10;
    static final double HAN_RARE = 0.45;
    /** Japanese without particles: at least this many kana and kanji, two sentences, fewer particles. */
    static final int KANA_MIN = 30;
    static final double KANA_PARTICLES = 0.06;
    /** A line in a national filler's words: at least this many words, and this share of them. */
    static final int NATIONAL_WORDS = 4;
    static final double NATIONAL_SHARE = 0.75;
    /** ... of which at least this share are the filler's own words, not the language's frequent ones. */
    static final double NATIONAL_OWN = 0.25;

    private final Trigrams trigrams;
    private final LanguageIdentifier languages;
    private final NationalFillers national;

    FillerSignals(Trigrams trigrams, LanguageIdentifier languages, NationalFillers national) {
        this.trigrams = trigrams;
        this.languages = languages;
        this.national = national;
        // Latin's own function words: those no other language written in Latin letters has among its frequent words
        java.util.Set<String> own = new java.util.HashSet<>();
        LanguageProfile la = languages.profile("la");
        if (la != null) {
            own.addAll(la.words());
            for (String code : languages.languages()) {
                LanguageProfile p = languages.profile(code);
                if (!code.equals("la") && p.scripts().contains(UScript.LATIN)) {
                    own.removeAll(p.words());
                }
            }
        }
        this.latinOwn = java.util.Set.copyOf(own);
    }

    private final java.util.Set<String> latinOwn;

    /** Why the line is filler, or null. */
    String judge(String text, Shape s, String lang, LanguageProfile profile, FillerRule.Counts c, double minDensity,
                 boolean lowerCaseDocument) {
        if (s.letters() == 0) {
            return null;
        }
        String w;
        if ((w = national(text, lang, c)) != null) {
            return w;
        }
        if (s.han() >= HAN_MIN && s.rareHan() >= HAN_RARE * s.han()) {
            return "random Han characters (" + Math.round(100.0 * s.rareHan() / s.han())
                    + "% of them outside the common tiers of GB 2312, Big5 and JIS X 0208)";
        }
        if (s.kana() > 0 && s.kana() + s.han() >= KANA_MIN) {
            if (s.badSmallKana() >= 2) {
                return "random kana (" + s.badSmallKana() + " small ゃ/ゅ/ょ where no syllable can take them)";
            }
            if (s.sentences() >= 2 && s.particles() < KANA_PARTICLES * (s.kana() + s.han())) {
                return "random kana and kanji (sentences without Japanese particles)";
            }
        }
        if (s.script() == UScript.LATIN && (w = latin(text, lang, c, s)) != null) {
            return w;
        }
        if (c.words() >= NONSENSE_WORDS && (s.script() == UScript.LATIN || s.script() == UScript.CYRILLIC)
                && c.stopShare() < NONSENSE_STOP && (w = nonsense(text, s)) != null) {
            return w;
        }
        if (s.cased() && !lowerCaseDocument && c.words() >= SALAD_WORDS && s.upper() == 0 && s.lowerStarts() > 0
                && s.lowerStarts() == s.sentences() && s.endsSentence() && realLanguage(text, lang, profile, c)) {
            return "shuffled words (" + (s.sentences() == 1 ? "a sentence that starts" : "sentences that start")
                    + " in lower case, with no capital letter anywhere)";
        }
        if (s.sentences() >= 3 && c.words() >= TEMPLATE_WORDS && (w = template(text)) != null) {
            return w;
        }
        if (minDensity > 0 && c.words() >= DENSITY_WORDS && s.sentences() >= 2
                && c.stopShare() < DENSITY_MARGIN * minDensity && fits(text, lang)) {
            return String.format(Locale.ROOT, "word salad (%.0f%% of the words are %s function words; clean prose "
                    + "has at least %.0f%%)", 100 * c.stopShare(), lang, 100 * minDensity);
        }
        return null;
    }

    /**
     * The line is in a real, known language written with case: its trigrams fit the document's
     * language or another profiled one, or (where no trigram profile tells) it holds the
     * language's frequent words.
     */
    private boolean realLanguage(String text, String lang, LanguageProfile profile, FillerRule.Counts c) {
        if (profile != null && profile.has("unicameral")) {
            return false;
        }
        if (!trigrams.isEmpty()) {
            Trigrams.LanguageFit f = trigrams.fitLanguage(text, lang);
            if (f.coverage() >= 0 && f.plausible() && profile != null) {
                return true;
            }
            // another language noisegate knows (its capitals are known to mark sentences)
            for (String code : languages.languages()) {
                LanguageProfile p = languages.profile(code);
                if (code.equals(lang) || p.has("unicameral")) {
                    continue;
                }
                Trigrams.LanguageFit o = trigrams.fitLanguage(text, code);
                if (o.coverage() >= REAL_COVERAGE && o.plausible()) {
                    return true;
                }
            }
            if (f.coverage() >= 0) {
                return false;
            }
        }
        return profile != null && c.stopShare() >= SALAD_STOP;
    }

    /** The line's letters fit the document's language (else its words cannot be judged by that language's). */
    private boolean fits(String text, String lang) {
        if (trigrams.isEmpty()) {
            return true;
        }
        Trigrams.LanguageFit f = trigrams.fitLanguage(text, lang);
        return f.coverage() < 0 || f.plausible();
    }

    private String national(String text, String lang, FillerRule.Counts c) {
        if (national.isEmpty() || c.words() < NATIONAL_WORDS) {
            return null;
        }
        NationalFillers.Match m = national.match(c.tokens(), lang, languages);
        if (m != null && m.share() >= NATIONAL_SHARE && m.own() >= NATIONAL_OWN) {
            return "placeholder text: the words of the " + m.language() + " filler text (" + m.source() + ")";
        }
        return null;
    }

    private String latin(String text, String lang, FillerRule.Counts c, Shape s) {
        if (c.words() < LATIN_WORDS || trigrams.isEmpty()) {
            return null;
        }
        LanguageProfile la = languages.profile("la");
        if (la == null) {
            return null;
        }
        int latinWords = 0;
        for (String w : c.tokens()) {
            latinWords += la.words().contains(w) ? 1 : 0;
        }
        double latinShare = latinWords / (double) c.words();
        if (lang.equals("la")) {
            return latinShare < LATIN_FLOOR && c.fillerShare() >= LATIN_LOREM
                    ? String.format(Locale.ROOT, "pseudo-Latin (%.0f%% Latin function words; Latin prose has more)",
                    100 * latinShare) : null;
        }
        if (s.sentences() < 2 && c.words() < 20) {
            return null; // a Latin quotation or motto
        }
        int own = 0;
        for (String w : c.tokens()) {
            own += latinOwn.contains(w) ? 1 : 0;
        }
        if (own < 2 && c.filler() < 3) {
            return null; // the cheap test first: no word only Latin has, and no lorem words
        }
        Trigrams.Fit fit = trigrams.fit(text, "Latn");
        if (fit.best() != null && fit.best().code().equals("lat")) {
            return "a Latin paragraph in a document in " + lang + " (pseudo-Latin or Latin filler; its letters fit "
                    + "Latin best)";
        }
        return null;
    }

    private String nonsense(String text, Shape s) {
        if (s.basicLetters() * 20 < s.letters() * 19) {
            return null; // generators of pronounceable nonsense use the script's basic letters; real orthographies more
        }
        Trigrams.Fit fit = trigrams.fit(text, null);
        if (fit.best() == null || fit.coverage() >= NONSENSE_COVERAGE) {
            return null;
        }
        List<String> words = LanguageIdentifier.words(text);
        for (String code : languages.languages()) {
            LanguageProfile p = languages.profile(code);
            int hits = 0;
            for (String w : words) {
                hits += p.words().contains(w) ? 1 : 0;
            }
            if (hits >= NONSENSE_STOP * words.size()) {
                return null;
            }
        }
        return String.format(Locale.ROOT, "nonsense syllables (its letter trigrams fit no language: at best %.0f%% "
                + "of them are common in %s; no language's frequent words)", 100 * fit.coverage(), fit.best().code());
    }

    /**
     * Sentences made from one template: at least two thirds of the line's sentences share a run of
     * {@value #TEMPLATE_RUN} words with another of its sentences.
     */
    private static String template(String text) {
        List<List<String>> sentences = new java.util.ArrayList<>();
        for (String part : text.split("(?<=[.!?])\\s+")) {
            List<String> w = LanguageIdentifier.words(part);
            if (!w.isEmpty()) {
                sentences.add(w);
            }
        }
        if (sentences.size() < 2) {
            return null;
        }
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        boolean[] shared = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            List<String> w = sentences.get(i);
            for (int j = 0; j + TEMPLATE_RUN <= w.size(); j++) {
                String key = String.join(" ", w.subList(j, j + TEMPLATE_RUN));
                Integer at = first.putIfAbsent(key, i);
                if (at != null && at != i) {
                    shared[at] = true;
                    shared[i] = true;
                }
            }
        }
        int n = 0;
        for (boolean b : shared) {
            n += b ? 1 : 0;
        }
        return sentences.size() >= 3 && n * 5 >= 4 * sentences.size() ? "generated sentences (" + n + " of " + sentences.size()
                + " repeat a run of " + TEMPLATE_RUN + " words from another: one template with the blanks filled)" : null;
    }

    /** Whether most of the document's lines of four or more words have no capital letter. */
    static boolean lowerCaseDocument(List<LineInfo> lines, Shape[] shapes) {
        int n = 0;
        int lower = 0;
        for (LineInfo l : lines) {
            if (l.blank() || shapes[l.index()] == null || l.words() < SALAD_WORDS) {
                continue;
            }
            Shape s = shapes[l.index()];
            if (!s.cased()) {
                continue;
            }
            n++;
            lower += s.upper() == 0 && s.lowerStarts() > 0 ? 1 : 0;
        }
        return lower >= 2 && lower >= LOWER_CASE_DOCUMENT * n;
    }

    /** One pass over a line's characters. */
    record Shape(int letters, int upper, int casedLetters, int script, int sentences, int lowerStarts,
                 boolean endsSentence, int han, int rareHan, int kana, int particles, int badSmallKana,
                 int basicLetters, boolean mostlyAscii, boolean combiningAfterLatin) {
        boolean cased() {
            return casedLetters * 10 >= letters * 8 && letters > 0;
        }

        private static final int UPPER = 1;
        private static final int LOWER = 2;
        /** Per BMP code point: UPPER for upper or title case, LOWER for lower case (the JDK's properties). */
        private static final byte[] CASE = cases();

        private static byte[] cases() {
            byte[] out = new byte[0x10000];
            for (int cp = 0; cp < out.length; cp++) {
                out[cp] = (byte) caseOf0(cp);
            }
            return out;
        }

        private static int caseOf0(int cp) {
            return (Character.isUpperCase(cp) || Character.isTitleCase(cp) ? UPPER : 0)
                    | (Character.isLowerCase(cp) ? LOWER : 0);
        }

        private static int caseOf(int cp) {
            return cp < 0x10000 ? CASE[cp] : caseOf0(cp);
        }

        static Shape of(String t) {
            int letters = 0;
            int upper = 0;
            int cased = 0;
            int sentences = 0;
            int lowerStarts = 0;
            boolean atStart = true;
            int han = 0;
            int rare = 0;
            int kana = 0;
            int particles = 0;
            int badSmall = 0;
            int basic = 0;
            int[] scripts = new int[4]; // Latin, Cyrillic, other
            int prev = ' ';
            int lastNonSpace = ' ';
            // FillerRule's tests, over UTF-16 units with the JDK's letters: ASCII share, NFD Latin
            int jdkLetters = 0;
            int asciiLetters = 0;
            boolean combining = false;
            int before = 0x10000; // the code point before (none yet)
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x80) {
                    int lower = cp | 0x20;
                    if (lower >= 'a' && lower <= 'z') {
                        jdkLetters++;
                        asciiLetters++;
                    }
                } else if (cp < 0x10000 && Character.isLetter(cp)) {
                    jdkLetters++;
                }
                combining |= cp >= 0x0300 && cp <= 0x036F && before < 0x0250;
                before = cp;
                if (Scripts.isLetter(cp)) {
                    letters++;
                    basic += cp < 0x80 || cp >= 0x0410 && cp <= 0x044F ? 1 : 0;
                    int caseOf = caseOf(cp);
                    boolean u = (caseOf & UPPER) != 0;
                    boolean l = (caseOf & LOWER) != 0;
                    if (u) {
                        upper++;
                    }
                    if (u || l) {
                        cased++;
                    }
                    if (atStart) {
                        sentences++;
                        lowerStarts += l ? 1 : 0;
                        atStart = false;
                    }
                    int s = Scripts.scriptOf(cp);
                    scripts[s == UScript.LATIN ? 0 : s == UScript.CYRILLIC ? 1 : 2]++;
                    if (s == UScript.HAN) {
                        han++;
                        rare += Han.common(cp) ? 0 : 1;
                    } else if (s == UScript.HIRAGANA || s == UScript.KATAKANA) {
                        kana++;
                        if ("のはをにがでと".indexOf(cp) >= 0) {
                            particles++;
                        }
                        if ("ゃゅょャュョ".indexOf(cp) >= 0 && "きしちにひみりぎじぢびぴキシチニヒミリギジヂビピ".indexOf(prev) < 0) {
                            badSmall++;
                        }
                    }
                } else if (Character.isDigit(cp)) {
                    atStart = false;
                } else if (cp == '。' || cp == '！' || cp == '？') {
                    atStart = true;
                } else if ((cp == '.' || cp == '!' || cp == '?' || cp == '؟') && (i >= t.length()
                        || Character.isWhitespace(t.codePointAt(i))) && (cp != '.' || !abbreviation(t, i - 1))) {
                    atStart = true;
                }
                prev = cp;
                if (!Character.isWhitespace(cp)) {
                    lastNonSpace = cp;
                }
            }
            int script = scripts[0] >= scripts[1] && scripts[0] >= scripts[2] ? UScript.LATIN
                    : scripts[1] >= scripts[2] ? UScript.CYRILLIC : UScript.COMMON;
            boolean ends = Scripts.isSentenceFinal(lastNonSpace) && lastNonSpace != ':' && lastNonSpace != ';';
            return new Shape(letters, upper, cased, script, sentences, lowerStarts, ends, han, rare, kana, particles,
                    badSmall, basic, jdkLetters > 0 && asciiLetters * 10 >= jdkLetters * 8, combining);
        }
    }

    /** A full stop after a short word or one with digits ("ж.", "1993-ж.", "e.g."): an abbreviation. */
    static boolean abbreviation(String t, int dot) {
        int a = dot;
        while (a > 0 && dot - a < 12 && !Character.isWhitespace(t.charAt(a - 1))) {
            char c = t.charAt(a - 1);
            if (Character.isDigit(c) || c == '.') {
                return true;
            }
            a--;
        }
        return dot - a <= 2;
    }

    /**
     * The common Han characters: level 1 of GB 2312 (3,755 characters), the frequently used tier of
     * Big5 (5,401) and level 1 of JIS X 0208 (2,965), read from the JDK's encoders.
     */
    static final class Han {
        private static final java.util.BitSet COMMON = build();

        static boolean common(int cp) {
            return cp < 0x10000 && COMMON.get(cp);
        }

        private static java.util.BitSet build() {
            java.util.BitSet out = new java.util.BitSet(0x10000);
            tier(out, "GB2312", 0xB0A1, 0xD7FE);
            tier(out, "Big5", 0xA440, 0xC67E);
            tier(out, "Shift_JIS", 0x889F, 0x9872);
            return out;
        }

        /** Marks the characters whose two-byte codes lie in [from, to]. */
        private static void tier(java.util.BitSet out, String charset, int from, int to) {
            if (!Charset.isSupported(charset)) {
                return;
            }
            CharsetEncoder enc = Charset.forName(charset).newEncoder();
            ByteBuffer b = ByteBuffer.allocate(8);
            for (char c = 0x3400; c < 0xA000; c++) {
                if (!enc.canEncode(c)) {
                    continue;
                }
                b.clear();
                enc.reset();
                try {
                    enc.encode(CharBuffer.wrap(new char[] {c}), b, true);
                } catch (IllegalStateException e) {
                    continue;
                }
                b.flip();
                if (b.remaining() == 2) {
                    int code = (b.get(0) & 0xff) << 8 | (b.get(1) & 0xff);
                    if (code >= from && code <= to) {
                        out.set(c);
                    }
                }
            }
        }

        private Han() {
        }
    }
}
