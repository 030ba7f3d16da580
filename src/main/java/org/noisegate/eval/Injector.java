package org.noisegate.eval;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.noisegate.internal.SloppyWindows1252;
import org.noisegate.rule.Category;
import org.noisegate.text.Scripts;
import org.noisegate.text.Token;
import org.noisegate.text.Tokenizer;

/**
 * Plants realistic translation and scraping noise into clean text and records where (gold spans
 * in code points). Each kind is one method; a document gets one kind chosen by the seeded random
 * generator among the kinds that apply to it, so runs are reproducible.
 *
 * <p>Nothing planted comes from the rule data the auditor reads: boilerplate lines are the
 * boilerplate snippets annotated on real web pages (trafilatura's benchmark), filler is the output
 * of placeholder generators, foreign words are words of other languages' clean text, and the
 * positions are wherever such noise really occurs (next to punctuation, at line ends, inside
 * scripts written without spaces), not where the rules look.
 */
public final class Injector {
    /** The kinds of noise, by the category they belong to. */
    public enum Kind {
        MIXED_DIGITS(Category.NUMBER), SPLIT_WORD(Category.MANGLED), FOREIGN_WORD(Category.MANGLED),
        MOJIBAKE(Category.MANGLED), CONTROL(Category.MANGLED), TOKEN_MARKER(Category.MANGLED),
        WORD_VARIANT(Category.MANGLED), NAME_VARIANT(Category.NAME),
        BOILERPLATE_BLOCK(Category.BOILERPLATE), FILLER(Category.BOILERPLATE);

        final Category category;

        Kind(Category c) {
            this.category = c;
        }

        public Category category() {
            return category;
        }
    }

    /** A noisy text and its gold spans (code points). */
    public record Injected(String text, List<Gold.GoldSpan> spans, Kind kind) {
    }

    /**
     * Third-party material to plant: boilerplate snippets of real pages (grouped by page), filler
     * texts from generators, and clean text of other languages for foreign words.
     */
    public record Sources(List<List<String>> boilerplatePages, List<String> filler, Map<String, List<String>> foreignText) {
        public Sources {
            boilerplatePages = List.copyOf(boilerplatePages);
            filler = List.copyOf(filler);
            foreignText = Map.copyOf(foreignText);
        }

        public static Sources none() {
            return new Sources(List.of(), List.of(), Map.of());
        }
    }

    private static final int[] ZEROS = {0x09E6, 0x0966, 0x0660, 0x06F0, 0x0E50, 0x0BE6, 0x0D66, 0x0CE6, 0x0AE6};
    /** Code pages UTF-8 is wrongly decoded with in practice. */
    private static final String[] CODE_PAGES = {"windows-1252", "ISO-8859-1", "windows-1250", "windows-1251",
        "x-MacRoman", "ISO-8859-2", "windows-1254", "IBM437"};
    /** Markers tokenizers leave where a glyph or a word was lost (SentencePiece, fairseq, BPE). */
    private static final String[] MARKERS = {"\u2047", "<unk>", "@@ ", "\u2047\u2047"};
    private final Sources sources;
    private final java.util.Set<String> names;
    private final boolean capitalsMarkNames;
    private final String language;

    /**
     * @param sources           third-party material to plant
     * @param language          the documents' language (ISO 639), to take foreign text from others
     * @param names             known names of the language, lower case: in scripts without letter
     *                          case only these are varied as names
     * @param capitalsMarkNames whether a capital in mid-sentence marks a name (not in German)
     */
    public Injector(Sources sources, String language, java.util.Set<String> names, boolean capitalsMarkNames) {
        this.sources = sources;
        this.language = language;
        this.names = java.util.Set.copyOf(names);
        this.capitalsMarkNames = capitalsMarkNames;
    }

    public Injected inject(String text, Random rnd) {
        List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
        java.util.Collections.shuffle(kinds, rnd);
        for (Kind k : kinds) {
            Injected r = apply(k, text, rnd);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    public Injected apply(Kind k, String text, Random rnd) {
        return switch (k) {
            case MIXED_DIGITS -> mixedDigits(text, rnd);
            case SPLIT_WORD -> splitWord(text, rnd);
            case FOREIGN_WORD -> foreignWord(text, rnd);
            case MOJIBAKE -> mojibake(text, rnd);
            case CONTROL -> control(text, rnd);
            case TOKEN_MARKER -> tokenMarker(text, rnd);
            case WORD_VARIANT -> variant(text, rnd, false);
            case NAME_VARIANT -> variant(text, rnd, true);
            case BOILERPLATE_BLOCK -> boilerplateBlock(text, rnd);
            case FILLER -> filler(text, rnd);
        };
    }

    private static int cp(String t, int utf16) {
        return t.codePointCount(0, utf16);
    }

    /** Replaces text[a, b) by insert and labels the inserted part. */
    private static Injected replace(String text, int a, int b, String insert, Kind k) {
        String out = text.substring(0, a) + insert + text.substring(b);
        int s = cp(out, a);
        return new Injected(out, List.of(new Gold.GoldSpan(s, s + insert.codePointCount(0, insert.length()), k.category)), k);
    }

    private static int script(String text) {
        return org.noisegate.lang.LanguageIdentifier.dominantScript(text);
    }

    /** The runs of decimal digits (with their separators when they make a time, range or date). */
    private static List<int[]> numbers(String text, boolean expressions) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!UCharacter.isDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
                continue;
            }
            int s = i;
            while (i < n) {
                int cp = text.codePointAt(i);
                if (UCharacter.isDigit(cp)) {
                    i += Character.charCount(cp);
                } else if (expressions && (cp == ':' || cp == '-' || cp == '–' || cp == '/') && i + 1 < n
                        && UCharacter.isDigit(text.codePointAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (text.codePointCount(s, i) >= 2) {
                out.add(new int[] {s, i});
            }
        }
        return out;
    }

    /** Digits of another system in one number, or in one part of a time, range or date ("১১:00"). */
    private Injected mixedDigits(String text, Random rnd) {
        boolean expression = rnd.nextBoolean();
        List<int[]> numbers = numbers(text, expression);
        if (expression) {
            numbers.removeIf(n -> text.substring(n[0], n[1]).chars().noneMatch(c -> c == ':' || c == '-' || c == '–'
                    || c == '/'));
        }
        if (numbers.isEmpty()) {
            return null;
        }
        int[] n = numbers.get(rnd.nextInt(numbers.size()));
        String num = text.substring(n[0], n[1]);
        int firstDigit = num.codePoints().filter(UCharacter::isDigit).findFirst().orElse('0');
        int zero = firstDigit - UCharacter.digit(firstDigit, 10);
        int other = zero == '0' ? ZEROS[rnd.nextInt(ZEROS.length)] : '0';
        int[] cps = num.codePoints().toArray();
        int from;
        if (expression) {
            from = 0;
            for (int i = 0; i < cps.length; i++) {
                if (!UCharacter.isDigit(cps[i])) {
                    from = i + 1; // the part after the last separator
                }
            }
        } else {
            from = Math.max(1, cps.length / 2);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            b.appendCodePoint(i >= from && UCharacter.isDigit(cps[i]) ? other + UCharacter.digit(cps[i], 10) : cps[i]);
        }
        return replace(text, n[0], n[1], b.toString(), Kind.MIXED_DIGITS);
    }

    /**
     * A word torn apart: a foreign word wedged before a combining mark, which is left orphaned
     * ("দৃ solid ়"), or a space dropped into a long word ("Kasab lanka").
     */
    private Injected splitWord(String text, Random rnd) {
        List<Token> tokens = Tokenizer.tokenize(text);
        if (rnd.nextBoolean()) {
            List<int[]> cuts = new ArrayList<>();
            for (Token t : tokens) {
                for (int i = t.start() + 1; i < t.end(); i++) {
                    if (Scripts.isMark(text.codePointAt(i)) && !Scripts.isMark(text.codePointBefore(i))
                            && t.script() != UScript.LATIN) {
                        cuts.add(new int[] {t.start(), i, t.end()});
                    }
                }
            }
            String foreign = foreignWords(script(text), rnd, 1);
            if (!cuts.isEmpty() && foreign != null) {
                int[] c = cuts.get(rnd.nextInt(cuts.size()));
                String noisy = text.substring(c[0], c[1]) + " " + foreign + " " + text.substring(c[1], c[2]);
                return replace(text, c[0], c[2], noisy, Kind.SPLIT_WORD);
            }
        }
        List<Token> long_ = tokens.stream().filter(t -> t.text().codePointCount(0, t.text().length()) >= 8
                && t.text().codePoints().allMatch(Scripts::isLetter)).toList();
        if (long_.isEmpty()) {
            return null;
        }
        Token t = long_.get(rnd.nextInt(long_.size()));
        int[] cps = t.text().codePoints().toArray();
        int at = 3 + rnd.nextInt(cps.length - 5);
        String split = new String(cps, 0, at) + " " + new String(cps, at, cps.length - at);
        return replace(text, t.start(), t.end(), split, Kind.SPLIT_WORD);
    }

    /** One to three words of another language, taken from clean text in a script other than the document's. */
    private String foreignWords(int docScript, Random rnd, int max) {
        List<String> candidates = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : sources.foreignText().entrySet()) {
            if (e.getKey().equals(language) || e.getValue().isEmpty()) {
                continue;
            }
            int s = script(e.getValue().get(0));
            if (s != docScript && !(Scripts.isCjk(s) && Scripts.isCjk(docScript))) {
                candidates.add(e.getKey());
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        java.util.Collections.sort(candidates);
        List<String> lines = sources.foreignText().get(candidates.get(rnd.nextInt(candidates.size())));
        String line = lines.get(rnd.nextInt(lines.size()));
        List<String> words = words(line);
        words.removeIf(w -> w.codePoints().noneMatch(Scripts::isLetter));
        if (words.isEmpty()) {
            return null;
        }
        int count = 1 + rnd.nextInt(max);
        int from = rnd.nextInt(words.size());
        StringBuilder b = new StringBuilder();
        for (int i = from; i < Math.min(words.size(), from + count); i++) {
            b.append(b.length() == 0 ? "" : " ").append(words.get(i));
        }
        return b.toString();
    }

    /** Words by ICU's word boundaries (so Chinese, Thai or Japanese text gives words, not lines). */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        BreakIterator bi = BreakIterator.getWordInstance(Locale.ROOT);
        bi.setText(line);
        int s = bi.first();
        for (int e = bi.next(); e != BreakIterator.DONE; s = e, e = bi.next()) {
            String w = line.substring(s, e).strip();
            if (!w.isEmpty() && bi.getRuleStatus() != BreakIterator.WORD_NONE) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A word or phrase of another script left in the text, anywhere a word boundary is: next to
     * punctuation, at a line end, inside a script written without spaces.
     */
    private Injected foreignWord(String text, Random rnd) {
        int s = script(text);
        if (s == UScript.COMMON) {
            return null;
        }
        String word = foreignWords(s, rnd, 3);
        if (word == null) {
            return null;
        }
        List<Integer> boundaries = new ArrayList<>();
        BreakIterator bi = BreakIterator.getWordInstance(Locale.ROOT);
        bi.setText(text);
        for (int b = bi.next(); b != BreakIterator.DONE; b = bi.next()) {
            if (b > 0 && b < text.length() && text.charAt(b - 1) != '\n') {
                boundaries.add(b);
            }
        }
        if (boundaries.isEmpty()) {
            return null;
        }
        int at = boundaries.get(rnd.nextInt(boundaries.size()));
        boolean spaced = !Scripts.isSpaceless(s);
        String before = spaced && !Character.isWhitespace(text.charAt(at - 1)) ? " " : "";
        String after = spaced && at < text.length() && !Character.isWhitespace(text.charAt(at)) ? " " : "";
        String out = text.substring(0, at) + before + word + after + text.substring(at);
        int start = cp(out, at + before.length());
        return new Injected(out, List.of(new Gold.GoldSpan(start, start + word.codePointCount(0, word.length()),
                Category.MANGLED)), Kind.FOREIGN_WORD);
    }

    /**
     * UTF-8 read through a wrong code page: a whole clause, or a single character (the case one-
     * character repairs must catch).
     */
    private Injected mojibake(String text, Random rnd) {
        List<Token> tokens = Tokenizer.tokenize(text).stream()
                .filter(t -> t.text().codePoints().anyMatch(c -> c > 0x7F) && t.text().length() >= 2).toList();
        if (tokens.isEmpty()) {
            return null;
        }
        String page = CODE_PAGES[rnd.nextInt(CODE_PAGES.length)];
        Token first = tokens.get(rnd.nextInt(tokens.size()));
        int a;
        int b;
        if (rnd.nextBoolean()) {
            // one character
            int[] positions = first.text().codePoints().toArray();
            List<Integer> nonAscii = new ArrayList<>();
            int off = first.start();
            for (int c : positions) {
                if (c > 0x7F) {
                    nonAscii.add(off);
                }
                off += Character.charCount(c);
            }
            a = nonAscii.get(rnd.nextInt(nonAscii.size()));
            b = a + Character.charCount(text.codePointAt(a));
        } else {
            int i = tokens.indexOf(first);
            Token last = tokens.get(Math.min(tokens.size() - 1, i + rnd.nextInt(4)));
            if (last.end() - first.start() > 80 || text.substring(first.start(), last.end()).contains("\n")) {
                last = first;
            }
            a = first.start();
            b = last.end();
        }
        String clause = text.substring(a, b);
        byte[] utf8 = clause.getBytes(StandardCharsets.UTF_8);
        String bad = page.equals("windows-1252") ? SloppyWindows1252.decode(utf8) : new String(utf8, Charset.forName(page));
        if (bad.contains("\uFFFD") || bad.equals(clause)) {
            bad = SloppyWindows1252.decode(utf8);
        }
        return replace(text, a, b, bad, Kind.MOJIBAKE);
    }

    private Injected control(String text, Random rnd) {
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.size() < 2) {
            return null;
        }
        int at = tokens.get(1 + rnd.nextInt(tokens.size() - 1)).start();
        String c = new String[] {"\u202E", "\u202B", "\u0007", "\u0001", "\uFEFF", "\u001B"}[rnd.nextInt(6)];
        return replace(text, at, at, c, Kind.CONTROL);
    }

    /** A lost glyph or a tokenizer's marker in place of a character or inside a word. */
    private Injected tokenMarker(String text, Random rnd) {
        List<Token> tokens = Tokenizer.tokenize(text).stream().filter(t -> t.text().length() >= 4).toList();
        if (tokens.isEmpty()) {
            return null;
        }
        Token t = tokens.get(rnd.nextInt(tokens.size()));
        String m = MARKERS[rnd.nextInt(MARKERS.length)];
        int[] cps = t.text().codePoints().toArray();
        int at = 1 + rnd.nextInt(cps.length - 2);
        String noisy = m.equals("@@ ") ? new String(cps, 0, at) + m + new String(cps, at, cps.length - at)
                : new String(cps, 0, at) + m + new String(cps, at + 1, cps.length - at - 1);
        return replace(text, t.start(), t.end(), noisy, Kind.TOKEN_MARKER);
    }

    /**
     * A word the document uses at least twice gets a letter dropped, doubled or two letters
     * swapped in one place: a name (a known name, or a word capitalised in the middle of
     * sentences), or, for WORD_VARIANT, a long common word.
     */
    private Injected variant(String text, Random rnd, boolean namesOnly) {
        List<Token> tokens = Tokenizer.tokenize(text);
        Map<String, List<Token>> byForm = new LinkedHashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.text().codePoints().allMatch(Scripts::isLetter)) {
                continue;
            }
            int first = t.text().codePointAt(0);
            int length = t.text().codePointCount(0, t.text().length());
            boolean cased = UCharacter.toUpperCase(first) != UCharacter.toLowerCase(first);
            boolean midSentence = k > 0 && !text.substring(tokens.get(k - 1).end(), t.start()).matches(".*[.!?\\n].*");
            boolean known = names.contains(t.text().toLowerCase(Locale.ROOT));
            boolean name = known || capitalsMarkNames && cased && UCharacter.isUUppercase(first) && midSentence;
            if (namesOnly ? length >= 5 && name : length >= 7 && !name && !(cased && UCharacter.isUUppercase(first))) {
                byForm.computeIfAbsent(t.text(), x -> new ArrayList<>()).add(t);
            }
        }
        List<List<Token>> words = byForm.values().stream().filter(l -> l.size() >= (namesOnly ? 2 : 3))
                .sorted(Comparator.comparingInt(l -> -l.size())).toList();
        if (words.isEmpty()) {
            return null;
        }
        List<Token> word = words.get(rnd.nextInt(Math.min(3, words.size())));
        Token t = word.get(rnd.nextInt(word.size()));
        int[] cps = t.text().codePoints().toArray();
        int at = 2 + rnd.nextInt(cps.length - 3);
        StringBuilder b = new StringBuilder();
        int how = rnd.nextInt(3);
        for (int i = 0; i < cps.length; i++) {
            if (how == 0 && i == at) {
                continue; // dropped
            }
            if (how == 2 && i == at - 1 && cps[at] != cps[at - 1]) {
                b.appendCodePoint(cps[at]).appendCodePoint(cps[at - 1]); // swapped
                i++;
                continue;
            }
            b.appendCodePoint(cps[i]);
            if (how == 1 && i == at) {
                b.appendCodePoint(cps[i]); // doubled
            }
        }
        if (b.toString().equals(t.text())) {
            return null;
        }
        return replace(text, t.start(), t.end(), b.toString(), namesOnly ? Kind.NAME_VARIANT : Kind.WORD_VARIANT);
    }

    /**
     * Page furniture: three to six boilerplate snippets of one real page, one a line, at the top or
     * the bottom of the document, where menus, bylines, share widgets and related links stand.
     */
    private Injected boilerplateBlock(String text, Random rnd) {
        List<List<String>> pages = sources.boilerplatePages().stream().filter(p -> p.size() >= 3).toList();
        if (pages.isEmpty()) {
            return null;
        }
        List<String> page = new ArrayList<>(pages.get(rnd.nextInt(pages.size())));
        java.util.Collections.shuffle(page, rnd);
        List<String> block = page.subList(0, Math.min(page.size(), 3 + rnd.nextInt(4)));
        boolean top = rnd.nextBoolean();
        String body = text.endsWith("\n") ? text : text + "\n";
        StringBuilder b = new StringBuilder();
        List<Gold.GoldSpan> spans = new ArrayList<>();
        if (!top) {
            b.append(body);
        }
        for (String line : block) {
            int s = cp(b.toString(), b.length());
            b.append(line);
            spans.add(new Gold.GoldSpan(s, s + line.codePointCount(0, line.length()), Category.BOILERPLATE));
            b.append('\n');
        }
        if (top) {
            b.append(body);
        }
        return new Injected(b.toString(), List.copyOf(spans), Kind.BOILERPLATE_BLOCK);
    }

    private Injected filler(String text, Random rnd) {
        if (sources.filler().isEmpty()) {
            return null;
        }
        return insertLine(text, sources.filler().get(rnd.nextInt(sources.filler().size())), rnd, Kind.FILLER);
    }

    /** Inserts a line between two lines of the text. */
    private static Injected insertLine(String text, String line, Random rnd, Kind k) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0 && i + 1 <= text.length(); i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        int at = starts.get(rnd.nextInt(starts.size()));
        String out = text.substring(0, at) + line + "\n" + text.substring(at);
        int s = cp(out, at);
        return new Injected(out, List.of(new Gold.GoldSpan(s, s + line.codePointCount(0, line.length()), k.category)), k);
    }
}
