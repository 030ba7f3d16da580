package org.noisegate.rules.mangled;

import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Scripts;

/**
 * Markers that tokenizers of machine translation and language models leave in their output: the
 * unknown piece ⁇ and tokens such as {@code <unk>}, {@code [UNK]}, {@code <pad>}, {@code </s>}
 * listed in {@code rules/mangled/token-markers.txt}, and by shape special tokens
 * {@code <|endoftext|>}, byte tokens {@code <0x0A>}, sentinels {@code <extra_id_0>},
 * SentencePiece's ▁ glued to a word, BPE continuations "word@@ piece", WordPiece continuations
 * "word ##piece", GPT-2's Ġ inside a word, and Moses escapes ({@code &apos;}, {@code &#124;}) in
 * plain text.
 *
 * <p>{@code <s>} and {@code </s>} are HTML tags too: they count only in text with no other
 * markup and not where the line uses them as a tag ({@code <s>old</s>}); escapes count only in
 * text without markup (text about HTML, or a page that shows tags as text, such as a comment
 * form's "you may use these tags: &lt;a&gt; &lt;s&gt;"). Only the characters that can start a
 * marker are visited. One finding per marker and line (the message counts the rest), at most
 * {@value #MAX_FINDINGS} per document.
 */
final class TokenMarkerRule extends BaseRule {
    static final int MAX_FINDINGS = 100;

    private enum Kind { LOST, SPECIAL, SUBWORD, TAG, ESCAPE }

    private record Marker(String text, String what, Kind kind, String stands) {
    }

    /** A marker found at [start, end). */
    private record Match(int start, int end, Marker marker) {
    }

    private static final Marker SPECIAL_SHAPE = new Marker("<|…|>", "special token", Kind.SPECIAL, null);
    private static final Marker BYTE_SHAPE = new Marker("<0x…>", "byte token (a character the vocabulary lacked)",
            Kind.LOST, null);
    private static final Marker SENTINEL_SHAPE = new Marker("<extra_id_…>", "T5 sentinel token", Kind.SPECIAL, null);
    private static final Marker SENTENCEPIECE = new Marker("▁", "SentencePiece word-boundary marker (U+2581)",
            Kind.SUBWORD, null);
    private static final Marker BPE = new Marker("@@", "BPE continuation marker", Kind.SUBWORD, null);
    private static final Marker WORDPIECE = new Marker("##", "WordPiece continuation marker", Kind.SUBWORD, null);
    private static final Marker BYTE_LEVEL = new Marker("Ġ", "GPT-2 byte-level space or newline marker (Ġ, Ċ)",
            Kind.SUBWORD, null);
    private static final Marker NUMERIC_REF = new Marker("&#…;", "numeric character reference", Kind.ESCAPE, null);

    private final Map<Character, List<Marker>> byFirst = new HashMap<>();
    private final Set<String> markerNames = new HashSet<>();
    private final UnicodeSet candidates;

    TokenMarkerRule(RuleData data) {
        super("mangled.token-marker", Category.MANGLED, Severity.ERROR,
                "Tokenizer markers left in the text: ⁇, <unk>, [UNK], <pad>, </s>, <|endoftext|>, 'word@@ piece', "
                        + "'▁word', '##piece', &apos;.");
        UnicodeSet first = new UnicodeSet().add('<').add('\u2581').add('@').add('#').add('&').add('\u0120').add('\u010A');
        for (RuleData.DataLine l : data.readAll("mangled", "token-markers*.txt")) {
            String[] f = l.fields(2);
            Kind kind;
            try {
                kind = Kind.valueOf(l.section().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleDataException(l.where() + ": unknown section [" + l.section() + "]");
            }
            if (kind == Kind.ESCAPE && f.length < 3) {
                throw new RuleDataException(l.where() + ": an escape needs the character it stands for");
            }
            String text = f[0];
            if (text.isEmpty()) {
                throw new RuleDataException(l.where() + ": empty marker");
            }
            byFirst.computeIfAbsent(text.charAt(0), k -> new ArrayList<>())
                    .add(new Marker(text, f[1].strip(), kind, kind == Kind.ESCAPE ? f[2] : null));
            first.add(text.charAt(0));
            if (text.startsWith("<") && text.endsWith(">")) {
                markerNames.add(text.substring(text.startsWith("</") ? 2 : 1, text.length() - 1).toLowerCase(Locale.ROOT));
            }
        }
        for (List<Marker> l : byFirst.values()) {
            l.sort((a, b) -> b.text().length() - a.text().length());
        }
        candidates = first.freeze();
    }

    /** The findings of one line: per marker its first run and how often it occurs. */
    private static final class Hit {
        final Marker marker;
        final String first;
        final int start;
        int end;
        int count;

        Hit(Marker marker, String first, int start, int end) {
            this.marker = marker;
            this.first = first;
            this.start = start;
            this.end = end;
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        String t = doc.text();
        int i = candidates.span(t, 0, UnicodeSet.SpanCondition.NOT_CONTAINED);
        if (i >= t.length()) {
            return;
        }
        Boolean markup = null;
        Map<String, Hit> hits = new LinkedHashMap<>();
        int line = -1;
        int[] budget = {MAX_FINDINGS, 0, 0}; // findings left, findings not reported, where the first of them is
        while (i < t.length()) {
            Match m = match(t, i);
            int next = i + Character.charCount(t.codePointAt(i));
            if (m != null) {
                Kind k = m.marker().kind();
                boolean skip = false;
                if (k == Kind.TAG || k == Kind.ESCAPE) {
                    if (markup == null) {
                        markup = hasMarkup(t);
                    }
                    skip = markup;
                }
                if (!skip && k == Kind.TAG && usedAsTag(t, m)) {
                    skip = true;
                }
                if (!skip) {
                    int li = doc.lines().lineIndex(m.start());
                    if (li != line) {
                        flush(hits, ctx, budget);
                        line = li;
                    }
                    String key = m.marker().text();
                    Hit h = hits.get(key);
                    if (h == null) {
                        hits.put(key, h = new Hit(m.marker(), t.substring(m.start(), m.end()), m.start(), m.end()));
                    } else if (onlySpaces(t, h.end, m.start())) {
                        h.end = m.end(); // a run: <pad> <pad> <pad>
                    }
                    h.count++;
                    next = Math.max(next, m.end());
                }
            }
            i = candidates.span(t, next, UnicodeSet.SpanCondition.NOT_CONTAINED);
        }
        flush(hits, ctx, budget);
        if (budget[1] > 0) {
            ctx.report(Severity.INFO, budget[2], budget[2] + 1,
                    budget[1] + " more findings of tokenizer markers are not reported", null);
        }
    }

    private static boolean onlySpaces(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static void flush(Map<String, Hit> hits, RuleContext ctx, int[] budget) {
        for (Hit h : hits.values()) {
            if (budget[0] <= 0) {
                budget[2] = budget[1]++ == 0 ? h.start : budget[2];
                continue;
            }
            budget[0]--;
            Marker m = h.marker;
            String count = h.count > 1 ? " (" + h.count + " on this line)" : "";
            String what = "'" + h.first + "' (" + m.what() + ")";
            switch (m.kind()) {
                case LOST -> ctx.report(h.start, h.end, "tokenizer marker " + what + ": a word or character was lost here"
                        + count, "recover the lost text from the source");
                case SPECIAL, TAG -> ctx.report(h.start, h.end, "tokenizer special token " + what + " left in the text"
                        + count, "remove the token");
                case SUBWORD -> ctx.report(h.start, h.end, "tokenizer marker " + what + ": the text was not detokenised"
                        + count, "detokenise the text (join the pieces, drop the markers)");
                default -> ctx.report(h.start, h.end, "escape " + what + " left in the text" + count,
                        m.stands() == null ? "write the character it stands for" : "write " + m.stands() + " instead");
            }
        }
        hits.clear();
    }

    /** The marker that starts at i, or null. */
    private Match match(String t, int i) {
        char c = t.charAt(i);
        List<Marker> listed = byFirst.get(c);
        if (listed != null) {
            for (Marker m : listed) {
                if (t.startsWith(m.text(), i)) {
                    return new Match(i, i + m.text().length(), m);
                }
            }
        }
        switch (c) {
            case '<' -> {
                return angleShape(t, i);
            }
            case '\u2581' -> {
                boolean blockBefore = i > 0 && blockElement(t.charAt(i - 1));
                if (i + 1 < t.length() && Scripts.isWordChar(t.codePointAt(i + 1)) && !blockBefore) {
                    return new Match(i, i + 1, SENTENCEPIECE);
                }
            }
            case '@' -> {
                if (i > 0 && t.startsWith("@@ ", i) && i + 3 < t.length() && Scripts.isWordChar(t.codePointBefore(i))
                        && Scripts.isWordChar(t.codePointAt(i + 3))) {
                    return new Match(i, i + 2, BPE);
                }
            }
            case '#' -> {
                if (i >= 2 && t.startsWith("##", i) && t.charAt(i - 1) == ' ' && Scripts.isWordChar(t.codePointBefore(i - 1))
                        && i + 2 < t.length() && Scripts.isLetter(t.codePointAt(i + 2))) {
                    int end = i + 2;
                    while (end < t.length() && Scripts.isWordChar(t.codePointAt(end))) {
                        end += Character.charCount(t.codePointAt(end));
                    }
                    return new Match(i, end, WORDPIECE);
                }
            }
            case '\u0120', '\u010A' -> {
                if (i > 0 && i + 1 < t.length() && Character.isLowerCase(t.codePointBefore(i))
                        && Scripts.isLetter(t.codePointAt(i + 1))) {
                    return new Match(i, i + 1, BYTE_LEVEL);
                }
            }
            case '&' -> {
                return numericReference(t, i);
            }
            default -> {
            }
        }
        return null;
    }

    private static boolean blockElement(char c) {
        return c >= 0x2580 && c <= 0x259F;
    }

    /** {@code <|name|>}, {@code <0xHH>}, {@code <extra_id_N>} at i. */
    private static Match angleShape(String t, int i) {
        if (t.startsWith("<|", i)) {
            int k = i + 2;
            while (k < t.length() && k - i < 48 && (asciiLetterOrDigit(t.charAt(k)) || t.charAt(k) == '_')) {
                k++;
            }
            if (k > i + 2 && t.startsWith("|>", k)) {
                return new Match(i, k + 2, SPECIAL_SHAPE);
            }
        } else if (t.startsWith("<0x", i) && i + 6 <= t.length() && hex(t.charAt(i + 3)) && hex(t.charAt(i + 4))
                && t.charAt(i + 5) == '>') {
            return new Match(i, i + 6, BYTE_SHAPE);
        } else if (t.startsWith("<extra_id_", i)) {
            int k = i + 10;
            while (k < t.length() && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
                k++;
            }
            if (k > i + 10 && k < t.length() && t.charAt(k) == '>') {
                return new Match(i, k + 1, SENTINEL_SHAPE);
            }
        }
        return null;
    }

    /** {@code &#124;} or {@code &#x7C;} at i. */
    private static Match numericReference(String t, int i) {
        if (!t.startsWith("&#", i)) {
            return null;
        }
        int k = i + 2;
        boolean isHex = k < t.length() && (t.charAt(k) == 'x' || t.charAt(k) == 'X');
        if (isHex) {
            k++;
        }
        int digits = k;
        while (k < t.length() && k - digits < 7 && (isHex ? hex(t.charAt(k)) : t.charAt(k) >= '0' && t.charAt(k) <= '9')) {
            k++;
        }
        if (k == digits || k >= t.length() || t.charAt(k) != ';') {
            return null;
        }
        int value = Integer.parseInt(t.substring(digits, k), isHex ? 16 : 10);
        if (value > Character.MAX_CODE_POINT) {
            return null;
        }
        return new Match(i, k + 1, new Marker(t.substring(i, k + 1), NUMERIC_REF.what(), Kind.ESCAPE,
                new String(Character.toChars(value))));
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * The line uses the tag as HTML does: {@code <x>} right before a word and a later {@code </x>}
     * right after one, with the match one of the two.
     */
    private static boolean usedAsTag(String t, Match m) {
        String text = m.marker().text();
        String name = text.substring(text.startsWith("</") ? 2 : 1, text.length() - 1);
        String open = "<" + name + ">";
        String close = "</" + name + ">";
        int ls = t.lastIndexOf('\n', m.start() - 1) + 1;
        int le = t.indexOf('\n', m.start());
        le = le < 0 ? t.length() : le;
        for (int o = t.indexOf(open, ls); o >= 0 && o < le; o = t.indexOf(open, o + 1)) {
            int after = o + open.length();
            if (after >= le || Character.isWhitespace(t.charAt(after)) || t.charAt(after) == '<') {
                continue;
            }
            int c = t.indexOf(close, after);
            if (c >= 0 && c < le && !Character.isWhitespace(t.charAt(c - 1)) && t.charAt(c - 1) != '>'
                    && (m.start() == o || m.start() == c)) {
                return true;
            }
        }
        return false;
    }

    /** The text holds an HTML or XML tag other than a marker: {@code <p>}, {@code </div>}, {@code <a href=…>}. */
    private boolean hasMarkup(String t) {
        for (int k = t.indexOf('<'); k >= 0 && k + 2 < t.length(); k = t.indexOf('<', k + 1)) {
            int n = k + 1;
            if (t.charAt(n) == '/') {
                n++;
            }
            int nameStart = n;
            while (n < t.length() && (asciiLetterOrDigit(t.charAt(n)) || t.charAt(n) == '-' && n > nameStart)) {
                n++;
            }
            if (n == nameStart || n >= t.length() || !(t.charAt(nameStart) >= 'a' && t.charAt(nameStart) <= 'z'
                    || t.charAt(nameStart) >= 'A' && t.charAt(nameStart) <= 'Z')) {
                continue;
            }
            char after = t.charAt(n);
            if (after != '>' && after != ' ' && after != '/') {
                continue;
            }
            int close = t.indexOf('>', n);
            int nextOpen = t.indexOf('<', n);
            int nl = t.indexOf('\n', n);
            if (close < 0 || nextOpen >= 0 && nextOpen < close || nl >= 0 && nl < close) {
                continue;
            }
            if (!markerNames.contains(t.substring(nameStart, n).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
