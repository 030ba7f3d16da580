package org.noisegate.eval;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.noisegate.internal.SloppyWindows1252;
import org.noisegate.rule.Category;
import org.noisegate.text.Scripts;
import org.noisegate.text.Token;
import org.noisegate.text.Tokenizer;

/**
 * Plants realistic translation noise into clean text and records where (gold spans in code
 * points). Each kind is one method; a document gets one kind chosen by the seeded random
 * generator among the kinds that apply to it, so runs are reproducible.
 */
public final class Injector {
    /** The kinds of noise, by the category they belong to. */
    public enum Kind {
        MIXED_DIGITS(Category.NUMBER), SPLIT_WORD(Category.MANGLED), ENGLISH_WORD(Category.MANGLED),
        MOJIBAKE(Category.MANGLED), CONTROL(Category.MANGLED), NAME_VARIANT(Category.NAME),
        BOILERPLATE_LINE(Category.BOILERPLATE), FILLER(Category.BOILERPLATE);

        final Category category;

        Kind(Category c) {
            this.category = c;
        }
    }

    /** A noisy text and its gold spans (code points). */
    public record Injected(String text, List<Gold.GoldSpan> spans, Kind kind) {
    }

    private static final String[] ENGLISH = {"solid", "colon", "government", "important", "meeting", "economy", "between",
        "however", "people", "report", "market", "support", "country", "because", "without"};
    private static final String[] FILLER = {"Pellentesque", "mauris", "nisi", "ornare", "quis", "posuere", "vivamus",
        "gravida", "lectus", "libero", "dictum", "massa", "laoreet", "facilisi", "cras", "justo", "augue", "tellus",
        "pretium", "semper", "consequat", "iaculis", "dignissim", "aenean", "vulputate", "eleifend"};
    private static final int[] ZEROS = {0x09E6, 0x0966, 0x0660, 0x06F0, 0x0E50, 0x0BE6};
    private final List<String> boilerplate;
    private final java.util.Set<String> names;

    /**
     * @param boilerplateLines lines to insert as boilerplate (e.g. phrases of the language)
     * @param names            known names of the language, lower case (e.g. from the gazetteer): in
     *                         scripts without letter case only these are varied as names
     * @param capitalsMarkNames whether a capital in mid-sentence marks a name (not in German)
     */
    public Injector(List<String> boilerplateLines, java.util.Set<String> names, boolean capitalsMarkNames) {
        this.boilerplate = List.copyOf(boilerplateLines);
        this.names = java.util.Set.copyOf(names);
        this.capitalsMarkNames = capitalsMarkNames;
    }

    private final boolean capitalsMarkNames;

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
            case ENGLISH_WORD -> englishWord(text, rnd);
            case MOJIBAKE -> mojibake(text, rnd);
            case CONTROL -> control(text, rnd);
            case NAME_VARIANT -> nameVariant(text, rnd);
            case BOILERPLATE_LINE -> boilerplateLine(text, rnd);
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

    private Injected mixedDigits(String text, Random rnd) {
        List<int[]> numbers = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            if (UCharacter.isDigit(text.codePointAt(i))) {
                int s = i;
                while (i < text.length() && UCharacter.isDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                if (text.codePointCount(s, i) >= 2) {
                    numbers.add(new int[] {s, i});
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
        }
        if (numbers.isEmpty()) {
            return null;
        }
        int[] n = numbers.get(rnd.nextInt(numbers.size()));
        String num = text.substring(n[0], n[1]);
        int zero = num.codePointAt(0) - UCharacter.digit(num.codePointAt(0), 10);
        int other = zero == '0' ? ZEROS[rnd.nextInt(ZEROS.length)] : '0';
        int[] cps = num.codePoints().toArray();
        int from = cps.length / 2;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            b.appendCodePoint(i < from ? cps[i] : other + UCharacter.digit(cps[i], 10));
        }
        return replace(text, n[0], n[1], b.toString(), Kind.MIXED_DIGITS);
    }

    /** "দৃঢ়" → "দৃ solid ়": an English word inserted before a combining mark, which is left orphaned. */
    private Injected splitWord(String text, Random rnd) {
        List<int[]> cuts = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            for (int i = t.start() + 1; i < t.end(); i++) {
                if (Scripts.isMark(text.codePointAt(i)) && !Scripts.isMark(text.codePointBefore(i))
                        && t.script() != UScript.LATIN) {
                    cuts.add(new int[] {t.start(), i, t.end()});
                }
            }
        }
        if (cuts.isEmpty()) {
            return null;
        }
        int[] c = cuts.get(rnd.nextInt(cuts.size()));
        String noisy = text.substring(c[0], c[1]) + " " + ENGLISH[rnd.nextInt(ENGLISH.length)] + " " + text.substring(c[1], c[2]);
        return replace(text, c[0], c[2], noisy, Kind.SPLIT_WORD);
    }

    /** An English word dropped between two words of another script. */
    private Injected englishWord(String text, Random rnd) {
        int s = script(text);
        if (s == UScript.LATIN || s == UScript.COMMON || Scripts.isSpaceless(s)) {
            return null;
        }
        List<Integer> gaps = new ArrayList<>();
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 1; i < tokens.size(); i++) {
            Token a = tokens.get(i - 1);
            Token b = tokens.get(i);
            if (a.script() == s && b.script() == s && text.substring(a.end(), b.start()).equals(" ")) {
                gaps.add(a.end());
            }
        }
        if (gaps.isEmpty()) {
            return null;
        }
        int at = gaps.get(rnd.nextInt(gaps.size()));
        String word = ENGLISH[rnd.nextInt(ENGLISH.length)];
        String out = text.substring(0, at) + " " + word + text.substring(at);
        int start = cp(out, at + 1);
        return new Injected(out, List.of(new Gold.GoldSpan(start, start + word.length(), Category.MANGLED)),
                Kind.ENGLISH_WORD);
    }

    /** A clause of non-ASCII text decoded through the wrong code page. */
    private Injected mojibake(String text, Random rnd) {
        List<Token> tokens = Tokenizer.tokenize(text).stream()
                .filter(t -> t.text().codePoints().anyMatch(c -> c > 0x7F) && t.text().length() >= 2).toList();
        if (tokens.isEmpty()) {
            return null;
        }
        int i = rnd.nextInt(tokens.size());
        Token first = tokens.get(i);
        Token last = tokens.get(Math.min(tokens.size() - 1, i + rnd.nextInt(3)));
        if (last.end() - first.start() > 80 || text.substring(first.start(), last.end()).contains("\n")) {
            last = first;
        }
        String clause = text.substring(first.start(), last.end());
        String bad = SloppyWindows1252.decode(clause.getBytes(StandardCharsets.UTF_8));
        return replace(text, first.start(), last.end(), bad, Kind.MOJIBAKE);
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

    /**
     * A name used at least twice in the document (a known name, or a word capitalised in the middle
     * of sentences) gets one letter dropped in one place.
     */
    private Injected nameVariant(String text, Random rnd) {
        List<Token> tokens = Tokenizer.tokenize(text);
        java.util.Map<String, List<Token>> byForm = new java.util.LinkedHashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            int first = t.text().codePointAt(0);
            boolean cased = UCharacter.toUpperCase(first) != UCharacter.toLowerCase(first);
            boolean midSentence = k > 0 && !text.substring(tokens.get(k - 1).end(), t.start()).matches(".*[.!?\\n].*");
            boolean known = names.contains(t.text().toLowerCase(java.util.Locale.ROOT));
            if (t.text().codePointCount(0, t.text().length()) >= 5 && (known || capitalsMarkNames && cased
                    && UCharacter.isUUppercase(first) && midSentence) && t.text().codePoints().allMatch(Scripts::isLetter)) {
                byForm.computeIfAbsent(t.text(), x -> new ArrayList<>()).add(t);
            }
        }
        List<List<Token>> names = byForm.values().stream().filter(l -> l.size() >= 2)
                .sorted(Comparator.comparingInt(l -> -l.size())).toList();
        if (names.isEmpty()) {
            return null;
        }
        List<Token> name = names.get(rnd.nextInt(Math.min(3, names.size())));
        Token t = name.get(rnd.nextInt(name.size()));
        int[] cps = t.text().codePoints().toArray();
        int drop = 2 + rnd.nextInt(cps.length - 3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            if (i != drop) {
                b.appendCodePoint(cps[i]);
            }
        }
        return replace(text, t.start(), t.end(), b.toString(), Kind.NAME_VARIANT);
    }

    private Injected boilerplateLine(String text, Random rnd) {
        if (boilerplate.isEmpty()) {
            return null;
        }
        return insertLine(text, boilerplate.get(rnd.nextInt(boilerplate.size())), rnd, Kind.BOILERPLATE_LINE);
    }

    private Injected filler(String text, Random rnd) {
        StringBuilder b = new StringBuilder();
        int words = 12 + rnd.nextInt(20);
        for (int i = 0; i < words; i++) {
            String w = FILLER[rnd.nextInt(FILLER.length)];
            b.append(i == 0 ? w : " " + w.toLowerCase(java.util.Locale.ROOT));
            if (i % 7 == 6 && i + 1 < words) {
                b.append(rnd.nextBoolean() ? "," : ".");
            }
        }
        b.append('.');
        return insertLine(text, b.toString(), rnd, Kind.FILLER);
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
