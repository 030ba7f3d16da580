package org.noisegate.rules.mangled;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Scripts;

/**
 * Spaces that no orthography writes, left by a tokeniser whose output was not detokenised: a
 * space before a comma, full stop or closing bracket or after an opening one ("word , word",
 * "( word )"), split contractions and elisions ("do n't", "it 's", "l' homme", "dell' arte"),
 * quotation marks with spaces inside (" word ", `` word ''), and compounds whose hyphen got
 * spaces ("green - headed") in a document that also writes them whole ("green-headed").
 *
 * <p>Which marks attach to a word, and where a language does write a space (French "Quoi ?",
 * « mot »; Amharic ፣; the danda; Thai and Lao, whose spaces are not token boundaries) is data:
 * {@code rules/mangled/spacing.tsv}. A stray space before one comma is a typing slip, not
 * tokenisation, and a habit such as Arabic " ،" spaces one mark only; a tokeniser spaces them
 * all. So spacing is reported only on a line that writes all its punctuation spaced (at least
 * two such spaces, one before a comma, full stop or bracket, and no mark written against its
 * word; a full stop counts where it ends a sentence, not after a possible abbreviation), or in a
 * document where most marks, and most full stops, are spaced (a tokenised corpus). Split
 * clitics, spaced quotation pairs and spaced compounds are unambiguous and reported wherever
 * they stand; lines that look like code ({@code { } == :: -> && ||}) are skipped.
 *
 * <p>One pass over the characters with a table lookup each; only lines with a candidate are
 * kept. At most one finding per kind and line (the message counts the rest) and
 * {@value #MAX_FINDINGS} per document.
 */
final class DetokenizationRule extends BaseRule {
    static final int MAX_FINDINGS = 100;

    /** Characters the scan looks at besides the marks: apostrophes, the hyphen, backtick, code signs. */
    private static final byte OTHER = 5;

    private final SpacingConventions conv;
    /** The class of every BMP character: a mark class of {@link SpacingConventions}, {@link #OTHER} or 0. */
    private final byte[] classes = new byte[0x10000];

    DetokenizationRule(RuleData data) {
        super("mangled.detokenization", Category.MANGLED, Severity.WARNING,
                "Spaces a tokeniser left that no orthography writes: 'word , word', '( word )', 'do n't', "
                        + "'l' homme', '\" word \"'.");
        this.conv = new SpacingConventions(data);
        for (int c = 0; c < classes.length; c++) {
            classes[c] = conv.kind((char) c);
        }
        for (char c : "'\u2019\u02BC-`{}=&|".toCharArray()) {
            if (classes[c] == SpacingConventions.NONE) {
                classes[c] = OTHER;
            }
        }
    }

    /** What one line holds; kept only for lines with a candidate. */
    private static final class Line {
        int start;
        int end;
        boolean code;
        int spots;      // spaces before a close mark or after an open mark
        int primary;    // of which before a comma, full stop or bracket (not a soft mark)
        int attached;   // marks written against their word
        int stopSpots;  // of the spots, before a full stop
        int stopsAttached;
        int bracketSpots; // of the spots, inside brackets
        int spotStart = -1;
        int spotEnd;
        int quotes;     // quotation marks with a space on both sides
        int quote1;
        char quoteChar1;
        int quote2End;
        int clitics;
        int cliticStart;
        int cliticEnd;
        final List<Integer> hyphens = new ArrayList<>(2);

        boolean candidate() {
            return !code && (spots > 0 || quotes >= 2 || clitics > 0 || !hyphens.isEmpty());
        }
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        SpacingConventions.View view = conv.view(doc.language(), doc.script());
        if (view.free()) {
            return;
        }
        String t = doc.text();
        List<Line> kept = new ArrayList<>();
        int docSpots = 0;
        int docPrimary = 0;
        int docAttached = 0;
        int docStopSpots = 0;
        int docStopsAttached = 0;
        Line line = new Line();
        for (int start = 0; start <= t.length(); ) {
            int nl = t.indexOf('\n', start);
            int end = nl < 0 ? t.length() : nl;
            if (end > start && t.charAt(end - 1) == '\r') {
                end--;
            }
            scan(t, start, end, view, line);
            if (!line.code) {
                docSpots += line.spots;
                docPrimary += line.primary;
                docAttached += line.attached;
                docStopSpots += line.stopSpots;
                docStopsAttached += line.stopsAttached;
            }
            if (line.candidate()) {
                kept.add(line);
                line = new Line();
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (kept.isEmpty()) {
            return;
        }
        // a tokeniser splits off every full stop: a document that spaces its commas (Arabic " ،" is a
        // common habit) but writes its full stops against the word is not tokenised
        boolean tokenisedDoc = docPrimary >= 3 && docSpots >= docAttached && docStopSpots > 0
                && docStopSpots >= docStopsAttached;
        String docNote = tokenisedDoc ? "; the whole document is tokenised (" + docSpots + " of "
                + (docSpots + docAttached) + " punctuation marks stand apart from their word)" : "";
        Set<String> compounds = null;
        List<Found> found = new ArrayList<>();
        for (Line l : kept) {
            if (l.clitics > 0) {
                found.add(new Found(l.cliticStart, l.cliticEnd, Kind.CLITIC, l.clitics));
            }
            if (l.quotes >= 2) {
                found.add(new Found(l.quote1, l.quote2End, Kind.QUOTES, 1));
            }
            Found hyphen = null;
            for (int h : l.hyphens) {
                if (compounds == null) {
                    compounds = compounds(t);
                }
                int a = fragmentStart(t, h - 1, l.start);
                int b = fragmentEnd(t, h + 2, l.end);
                String joined = (t.substring(a, h - 1) + "-" + t.substring(h + 2, b)).toLowerCase(Locale.ROOT);
                if (compounds.contains(joined)) {
                    hyphen = hyphen == null ? new Found(a, b, Kind.HYPHEN, 1)
                            : new Found(hyphen.start(), hyphen.end(), Kind.HYPHEN, hyphen.count() + 1);
                }
            }
            if (hyphen != null) {
                found.add(hyphen);
            }
            // brackets alone are no evidence: "Kommentare ( 56 )" is a widget's markup, "( a )" a list item
            boolean spacedLine = l.primary >= 1 && l.spots >= 2 && l.attached == 0 && l.spots > l.bracketSpots;
            if (l.spots > 0 && (tokenisedDoc || spacedLine)) {
                found.add(new Found(l.spotStart, l.spotEnd, Kind.SPACING, l.spots));
            }
        }
        for (int k = 0; k < found.size() && k < MAX_FINDINGS; k++) {
            report(t, found.get(k), docNote, ctx);
        }
        if (found.size() > MAX_FINDINGS) {
            int at = found.get(MAX_FINDINGS).start();
            ctx.report(Severity.INFO, at, at + 1, (found.size() - MAX_FINDINGS)
                    + " more findings of tokenisation spaces are not reported", null);
        }
    }

    private enum Kind { CLITIC, QUOTES, HYPHEN, SPACING }

    /** What a line gets reported for: the first span of its kind and how many the line has. */
    private record Found(int start, int end, Kind kind, int count) {
    }

    private static void report(String t, Found f, String docNote, RuleContext ctx) {
        String span = t.substring(f.start(), f.end());
        switch (f.kind()) {
            case CLITIC -> ctx.report(f.start(), f.end(), "split contraction '" + span + "'" + more(f.count()),
                    "write it as one word: " + joinClitic(span));
            case QUOTES -> ctx.report(f.start(), f.end(), "quotation marks with spaces inside, as a tokeniser leaves them",
                    "remove the spaces inside the quotation marks");
            case HYPHEN -> {
                String joined = span.replace(" - ", "-");
                ctx.report(f.start(), f.end(), "spaced hyphen in '" + span + "'; the document writes '" + joined
                        + "' elsewhere" + more(f.count()), "write " + joined);
            }
            default -> ctx.report(f.start(), f.end(), spotMessage(t, f.start(), f.end()) + ", as tokenised text has it"
                    + (f.count() > 1 ? " (" + f.count() + " such spaces on this line)" : "") + docNote,
                    "remove the space (detokenise the text)");
        }
    }

    private static String more(int count) {
        return count > 1 ? " (" + count + " on this line)" : "";
    }

    private static String spotMessage(String t, int start, int end) {
        char first = t.charAt(start);
        return first == ' ' ? "space before '" + t.charAt(end - 1) + "'" : "space after '" + first + "'";
    }

    /** "do n't" → "don't", "l' homme" → "l'homme". */
    private static String joinClitic(String span) {
        return span.replaceAll(" +(?=\\S*['’ʼ])", "").replaceAll("(['’ʼ]) +", "$1");
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean space(char c) {
        return c == ' ';
    }

    /** Scans one line [from, to) into {@code l} (which it resets). */
    private void scan(String t, int from, int to, SpacingConventions.View view, Line l) {
        l.start = from;
        l.end = to;
        l.code = false;
        l.spots = 0;
        l.primary = 0;
        l.attached = 0;
        l.stopSpots = 0;
        l.bracketSpots = 0;
        l.stopsAttached = 0;
        l.spotStart = -1;
        l.quotes = 0;
        l.clitics = 0;
        l.hyphens.clear();
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            byte kind = classes[c];
            if (kind == SpacingConventions.NONE) {
                continue; // letters, digits, spaces: the common case
            }
            char next = i + 1 < to ? t.charAt(i + 1) : '\n';
            switch (kind) {
                case SpacingConventions.CLOSE, SpacingConventions.SOFT -> {
                    if (c == '}' || c == ':' && (next == ':' || i > from && t.charAt(i - 1) == ':')) {
                        l.code = true;
                    } else {
                        close(t, from, to, i, c, kind == SpacingConventions.SOFT, view, l);
                    }
                }
                case SpacingConventions.OPEN -> {
                    if (c == '{') {
                        l.code = true;
                    } else {
                        open(t, to, i, c, view, l);
                    }
                }
                case SpacingConventions.QUOTE -> quote(t, from, to, i, 1, view, l);
                default -> {
                    if ((c == '`' || c == '\'') && next == c && conv.twoCharQuote(c)) {
                        quote(t, from, to, i, 2, view, l);
                        i++;
                    } else if (apostrophe(c)) {
                        if (view.hasClitics()) {
                            clitic(t, from, to, i, view, l);
                        }
                    } else if (c == '-') {
                        if (next == '>') {
                            l.code = true;
                        } else if (i - 2 >= from && i + 2 < to && space(t.charAt(i - 1)) && space(next)
                                && Scripts.isLetter(t.codePointBefore(i - 1)) && lowerOrUncased(t.codePointAt(i + 2))) {
                            l.hyphens.add(i);
                        }
                    } else if ((c == '=' || c == '&' || c == '|') && next == c || c == '=' && next == '>') {
                        l.code = true;
                    }
                }
            }
        }
    }

    private static boolean lowerOrUncased(int cp) {
        return Scripts.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isTitleCase(cp);
    }

    private static boolean boundary(char c) {
        return c == '\n' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A close or soft mark at i. */
    private void close(String t, int from, int to, int i, char c, boolean soft, SpacingConventions.View view, Line l) {
        if (i == from) {
            return;
        }
        char prev = t.charAt(i - 1);
        char next = i + 1 < to ? t.charAt(i + 1) : '\n';
        if (c == '.' && (prev == '.' || next == '.')) {
            return; // an ellipsis
        }
        // brackets and full-width marks (CJK writes no space after them) need no space after them
        boolean bracket = c == ')' || c == ']' || c == '}' || c >= 0x3000;
        if (!space(prev)) {
            if (boundary(prev)) {
                return; // after a tab or a no-break space: a column or a convention, not a token boundary
            }
            if (c == '.' ? sentenceEnd(t, from, to, i) : !((c == ',' || c == ':') && digit(prev) && digit(next))) {
                l.attached++;
                if (fullStop(c, soft)) {
                    l.stopsAttached++;
                }
            }
            return;
        }
        int j = i - 1;
        while (j >= from && space(t.charAt(j))) {
            j--;
        }
        if (j < from) {
            return; // the line starts with the mark
        }
        int before = t.codePointBefore(j + 1);
        int after = nextNonSpace(t, i + 1, to);
        if (c == '.' && (before == '.' || after == '.')) {
            return; // a spaced ellipsis ". . ."
        }
        if (before < 0x10000 && conv.kind((char) before) == SpacingConventions.OPEN) {
            return; // empty brackets "( )"
        }
        if (!bracket && !boundary(next) && !(next < 0x10000 && conv.kind(next) != SpacingConventions.NONE)) {
            return; // "word ,word", ".NET", ":00": a slip or a token of its own, not tokenisation
        }
        if (c == '%' && !digit(before) || (c == ',' || c == ':' || c == '.') && digit(before) && after >= 0
                && digit(after)) {
            return; // "1 , 2", "3 : 2": numbers in a list or a score
        }
        if (c >= 0x3000 && before < 0x2E80) {
            return; // a full-width mark after a Latin word or digit: CJK house style puts spaces there
        }
        if (view.spaced(c)) {
            return;
        }
        spot(l, j + 1, i + 1, soft);
        if (fullStop(c, soft)) {
            l.stopSpots++;
        }
        if (c == ')' || c == ']' || c == '}' || c >= 0x3000 && !fullStop(c, soft) && c != '、' && c != '，' && c != '％') {
            l.bracketSpots++;
        }
    }

    /**
     * The full stop at i ends a sentence: at the end of the line, or before a capital or a bracket
     * after a word of four letters or more (shorter ones may be abbreviations, which tokenisers
     * leave attached: "Dr. Smith").
     */
    private boolean sentenceEnd(String t, int from, int to, int i) {
        if (lineEndsAfter(t, i + 1, to)) {
            return true;
        }
        if (i + 2 >= to || !space(t.charAt(i + 1))) {
            return false;
        }
        int after = nextNonSpace(t, i + 1, to);
        if (!Character.isUpperCase(after) && after != '(') {
            return false;
        }
        int a = fragmentStart(t, i, from);
        return i - a >= 4 && (a == from || t.charAt(a - 1) != '.');
    }

    /** A mark that ends a sentence: . 。 । ። ։ ۔ (not ! ? ; :, which some orthographies space). */
    private static boolean fullStop(char c, boolean soft) {
        return !soft && Scripts.isSentenceFinal(c);
    }

    /** An open mark at i. */
    private void open(String t, int to, int i, char c, SpacingConventions.View view, Line l) {
        char next = i + 1 < to ? t.charAt(i + 1) : '\n';
        if (!space(next)) {
            if (!boundary(next)) {
                l.attached++;
            }
            return;
        }
        int j = i + 1;
        while (j < to && space(t.charAt(j))) {
            j++;
        }
        if (j >= to) {
            return;
        }
        char q = t.charAt(j);
        byte k = conv.kind(q);
        if (k == SpacingConventions.CLOSE || k == SpacingConventions.SOFT) {
            return; // "( )", "[ ]"
        }
        if (c >= 0x3000 && q < 0x2E80) {
            return; // CJK house style: a space between a full-width bracket and Latin letters or digits
        }
        if (view.spaced(c)) {
            return;
        }
        spot(l, i, j, false);
        l.bracketSpots++;
    }

    private static void spot(Line l, int start, int end, boolean soft) {
        l.spots++;
        if (!soft) {
            l.primary++;
        }
        if (l.spotStart < 0) {
            l.spotStart = start;
            l.spotEnd = end;
        }
    }

    /** A quotation mark of {@code len} characters at i: counted when it has a space on both sides. */
    private static void quote(String t, int from, int to, int i, int len, SpacingConventions.View view, Line l) {
        if (len == 1 && view.spaced(t.charAt(i))) {
            return;
        }
        boolean spaceBefore = i > from && space(t.charAt(i - 1));
        boolean spaceAfter = i + len < to && space(t.charAt(i + len));
        if (!(spaceBefore || i == from) || !(spaceAfter || i + len == to) || !spaceBefore && !spaceAfter) {
            return;
        }
        char c = t.charAt(i);
        if (l.quotes == 0) {
            l.quote1 = i;
            l.quoteChar1 = c;
        } else if (c == l.quoteChar1 && "«»‹›".indexOf(c) >= 0) {
            return; // the same guillemet again: a separator ("Home » News » World"), not a quotation
        } else if (l.quotes == 1) {
            l.quote2End = i + len;
        }
        l.quotes++;
    }

    /** An apostrophe at i: a clitic of the document's language with a space on its joining side. */
    private static void clitic(String t, int from, int to, int i, SpacingConventions.View view, Line l) {
        for (SpacingConventions.Clitic c : view.after()) {
            int start = i - c.apostrophe();
            int end = start + c.form().length();
            if (start - 2 < from || end > to || !space(t.charAt(start - 1))
                    || !Scripts.isWordChar(t.codePointBefore(start - 1)) || !matches(t, start, c.form())) {
                continue;
            }
            int wordStart = fragmentStart(t, start - 1, from);
            if (c.frequentHost() && !view.frequent().contains(t.substring(wordStart, start - 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (end < to) {
                char n = t.charAt(end);
                if (Character.isLetterOrDigit(n) || apostrophe(n) || n == '"' || n == '-' || n == '\u201D') {
                    continue;
                }
            }
            hitClitic(l, wordStart, end);
            return;
        }
        if (i + 2 >= to || !space(t.charAt(i + 1)) || !elides(t.codePointAt(i + 2))) {
            return;
        }
        for (SpacingConventions.Clitic c : view.before()) {
            int start = i - c.apostrophe();
            if (start < from || start > from && (Scripts.isWordChar(t.codePointBefore(start))
                    || apostrophe(t.charAt(start - 1))) || !matches(t, start, c.form())) {
                continue; // not a word of its own: "kén’t’ òtra"
            }
            hitClitic(l, start, fragmentEnd(t, i + 2, to));
            return;
        }
    }

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    /** A letter elision happens before: a vowel or h, accents aside. */
    private static boolean elides(int cp) {
        if (!Scripts.isLetter(cp)) {
            return false;
        }
        char base = Character.toLowerCase(NFD.normalize(new String(Character.toChars(cp))).charAt(0));
        return "aeiouyh".indexOf(base) >= 0;
    }

    private static void hitClitic(Line l, int start, int end) {
        if (l.clitics == 0) {
            l.cliticStart = start;
            l.cliticEnd = end;
        }
        l.clitics++;
    }

    /** The form (lower case, ' for any apostrophe) at {@code at}, ignoring case. */
    private static boolean matches(String t, int at, String form) {
        for (int k = 0; k < form.length(); k++) {
            char f = form.charAt(k);
            char c = t.charAt(at + k);
            if (f == '\'' ? !apostrophe(c) : Character.toLowerCase(c) != f) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(int cp) {
        return Character.isDigit(cp);
    }

    /** Only closing quotation marks and brackets (or nothing) follow on the line. */
    private boolean lineEndsAfter(String t, int i, int to) {
        for (int k = i; k < to; k++) {
            char c = t.charAt(k);
            byte kind = conv.kind(c);
            if (!space(c) && kind != SpacingConventions.QUOTE && kind != SpacingConventions.CLOSE && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private static int nextNonSpace(String t, int i, int to) {
        while (i < to && space(t.charAt(i))) {
            i++;
        }
        return i < to ? t.codePointAt(i) : -1;
    }

    private static boolean fragmentChar(int cp) {
        return Scripts.isLetter(cp) || Scripts.isMark(cp);
    }

    /** Start of the run of letters that ends at {@code end}. */
    private static int fragmentStart(String t, int end, int from) {
        int a = end;
        while (a > from && fragmentChar(t.codePointBefore(a))) {
            a -= Character.charCount(t.codePointBefore(a));
        }
        return a;
    }

    /** End of the run of letters that starts at {@code start}. */
    private static int fragmentEnd(String t, int start, int to) {
        int b = start;
        while (b < to && fragmentChar(t.codePointAt(b))) {
            b += Character.charCount(t.codePointAt(b));
        }
        return b;
    }

    /** Every "left-right" pair of letter runs joined by a hyphen without spaces, in lower case. */
    private static Set<String> compounds(String t) {
        Set<String> out = new HashSet<>();
        for (int k = t.indexOf('-'); k >= 0; k = t.indexOf('-', k + 1)) {
            if (k > 0 && k + 1 < t.length() && fragmentChar(t.codePointBefore(k)) && fragmentChar(t.codePointAt(k + 1))) {
                int a = fragmentStart(t, k, 0);
                int b = fragmentEnd(t, k + 1, t.length());
                out.add(t.substring(a, b).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
