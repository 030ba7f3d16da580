package org.noisegate.rules.boilerplate;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;
import org.noisegate.text.Document;
import org.noisegate.text.KeywordAutomaton;
import org.noisegate.text.Scripts;

/**
 * The boilerplate phrase lists of {@code rules/boilerplate/phrases/<lang>.txt}, compiled into a
 * hash of whole-line phrases and two Aho-Corasick automata (with and without word boundaries,
 * the latter for scripts written without spaces). Immutable and thread-safe.
 *
 * <p>An entry is a plain phrase (the whole line is the phrase), {@code ^phrase} (the line starts
 * with it) or {@code ~phrase} (anywhere in the line; only in documents of that language or
 * English). Lines and phrases are compared by {@link #key}.
 */
final class PhraseMatcher {
    /** Lines longer than this are not flagged whole by a prefix or inner phrase. */
    static final int MAX_LINE = 300;
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    enum Mode { LINE, PREFIX, ANYWHERE }

    record Entry(String section, String lang, Mode mode, String phrase, String key) {
    }

    private final Map<String, List<Entry>> whole = new HashMap<>();
    private final Map<String, List<Entry>> inner = new HashMap<>();
    private final KeywordAutomaton bounded;
    private final KeywordAutomaton unbounded;
    /** The longest key of a whole-line phrase, in code points. */
    private final int longestWhole;

    PhraseMatcher(RuleData data) {
        List<String> b = new ArrayList<>();
        List<String> u = new ArrayList<>();
        for (RuleData.DataLine l : data.readAll("boilerplate/phrases", "*.txt")) {
            String section = l.section();
            if (!BoilerplateModule.SECTIONS.contains(section)) {
                throw new RuleDataException(l.where() + ": unknown section [" + section + "], expected one of "
                        + BoilerplateModule.SECTIONS);
            }
            String t = l.text().strip();
            Mode mode = t.startsWith("^") ? Mode.PREFIX : t.startsWith("~") ? Mode.ANYWHERE : Mode.LINE;
            String phrase = mode == Mode.LINE ? t : t.substring(1).strip();
            String key = key(phrase);
            if (key.isEmpty()) {
                throw new RuleDataException(l.where() + ": the phrase has no letters");
            }
            Entry e = new Entry(section, l.baseName(), mode, phrase, key);
            if (mode == Mode.LINE) {
                whole.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            } else {
                inner.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                if (spaceless(key)) {
                    u.add(key);
                } else {
                    b.add(key);
                }
            }
        }
        this.longestWhole = whole.keySet().stream().mapToInt(k -> k.codePointCount(0, k.length())).max().orElse(0);
        this.bounded = KeywordAutomaton.of(b);
        this.unbounded = KeywordAutomaton.of(u);
    }

    private static boolean spaceless(String s) {
        return s.codePoints().anyMatch(cp -> Scripts.isLetter(cp) && Scripts.isSpaceless(Scripts.scriptOf(cp)));
    }

    /**
     * The comparison key: NFKC case folding, Arabic harakat and tatweel removed, apostrophes
     * unified, white space collapsed, and anything but letters and marks trimmed from both ends.
     */
    static String key(String s) {
        String f = folded(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); ) {
            int cp = f.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 || cp == 0x0307) {
                continue;
            }
            if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BB || cp == 0x02BC || cp == 0x0060 || cp == 0x00B4) {
                cp = '\'';
            }
            if (Character.isWhitespace(cp) || cp == 0x00A0) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.appendCodePoint(cp);
        }
        int start = 0;
        int end = b.length();
        while (start < end && !wordy(b.codePointAt(start))) {
            start += Character.charCount(b.codePointAt(start));
        }
        while (end > start && !wordy(b.codePointBefore(end))) {
            end -= Character.charCount(b.codePointBefore(end));
        }
        return b.substring(start, end);
    }

    /** NFKC case folding, without a copy where the text is ASCII (lower case) or already folded. */
    private static String folded(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT); // NFKC_Casefold of ASCII maps A-Z to a-z and nothing else
        }
        return FOLD.spanQuickCheckYes(s) == s.length() ? s : FOLD.normalize(s);
    }

    /**
     * Whether the key of a line is surely longer than {@code max} code points: it keeps every letter
     * but tatweel, the apostrophe letters and the Hangul fillers, and composition joins at most three letters (Hangul jamo).
     */
    private static boolean keyLongerThan(String line, int max) {
        int letters = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isLetter(cp) && cp != 0x0640 && cp != 0x02BB && cp != 0x02BC && cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0
                    && ++letters > 3 * max) {
                return true;
            }
        }
        return false;
    }

    private static boolean bracketed(String line) {
        String t = line.strip();
        return t.length() > 2 && (t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')'
                || t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']');
    }

    private static boolean wordy(int cp) {
        return Scripts.isLetter(cp) || Scripts.isMark(cp);
    }

    /** The phrases of each line of the document (by line index), computed once per document. */
    List<List<Entry>> matches(Document doc) {
        return doc.derived(this, d -> {
            List<List<Entry>> out = new ArrayList<>();
            for (LineInfo l : LineInfo.of(d)) {
                out.add(l.blank() ? List.of() : match(l.text(), d.language()));
            }
            return List.copyOf(out);
        });
    }

    /** The phrases that make this line boilerplate in a document of the language. */
    List<Entry> match(String line, String docLang) {
        if (bracketed(line)) {
            return List.of(); // "(Applause)", "[Music]": a transcript's stage direction, not a widget
        }
        if (line.length() > MAX_LINE && keyLongerThan(line, longestWhole)) {
            return List.of(); // too long for a whole-line phrase, and long lines are not flagged by inner ones
        }
        String k = key(line);
        if (k.isEmpty()) {
            return List.of();
        }
        List<Entry> w = whole.get(k);
        if (w != null) {
            return w;
        }
        if (line.length() > MAX_LINE || inner.isEmpty()) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        find(bounded, true, k, docLang, out);
        find(unbounded, false, k, docLang, out);
        return out;
    }

    private void find(KeywordAutomaton trie, boolean wholeWords, String key, String docLang, List<Entry> out) {
        trie.find(key, wholeWords, (keyword, start, end) -> {
            for (Entry entry : inner.getOrDefault(keyword, Collections.emptyList())) {
                if (entry.mode() == Mode.PREFIX && start == 0
                        || entry.mode() == Mode.ANYWHERE && (entry.lang().equals(docLang) || entry.lang().equals("en"))) {
                    out.add(entry);
                }
            }
        });
    }
}
