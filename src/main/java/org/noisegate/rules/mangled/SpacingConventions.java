package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;

/**
 * The spacing conventions of {@code rules/mangled/spacing*.tsv} (the file documents its format):
 * which marks attach to the word before or after them, which quotation marks there are, and per
 * language or script the marks written with a space, the scripts whose spaces are not token
 * boundaries, and the clitics a tokeniser splits off. Immutable once built.
 */
final class SpacingConventions {
    /** Classes of {@link #kind(char)}. */
    static final byte NONE = 0;
    static final byte CLOSE = 1;
    static final byte SOFT = 2;
    static final byte OPEN = 3;
    static final byte QUOTE = 4;

    /**
     * A clitic form: its letters with ' for any apostrophe, where the apostrophe is, and whether
     * the word it leans on must be one of the language's frequent words.
     */
    record Clitic(String form, int apostrophe, boolean frequentHost) {
    }

    /**
     * What applies to one document: the marks its orthography writes with a space, whether its
     * spaces are token boundaries at all, its clitics and its language's frequent words.
     */
    record View(String spaced, boolean free, List<Clitic> before, List<Clitic> after, Set<String> frequent) {
        boolean spaced(char c) {
            return spaced.indexOf(c) >= 0;
        }

        boolean hasClitics() {
            return !before.isEmpty() || !after.isEmpty();
        }
    }

    private final byte[] kinds = new byte[0x10000];
    private final Set<String> twoCharQuotes = new HashSet<>();
    private final Map<String, StringBuilder> spaced = new HashMap<>();
    private final Map<String, StringBuilder> tight = new HashMap<>();
    private final Set<String> free = new HashSet<>();
    private final Map<String, List<Clitic>> before = new HashMap<>();
    private final Map<String, List<Clitic>> after = new HashMap<>();
    private final Map<String, View> views = new ConcurrentHashMap<>();
    private final LanguageIdentifier languages;

    SpacingConventions(RuleData data) {
        this.languages = LanguageIdentifier.of(data);
        for (RuleData.DataLine l : data.readAll("mangled", "spacing*.tsv")) {
            String[] f = l.fields(1);
            switch (l.section()) {
                case "close" -> mark(l, f[0], CLOSE);
                case "soft" -> mark(l, f[0], SOFT);
                case "open" -> mark(l, f[0], OPEN);
                case "quote" -> {
                    if (f[0].length() == 2 && f[0].charAt(0) == f[0].charAt(1)) {
                        twoCharQuotes.add(f[0]); // its character keeps its own class (' is an apostrophe)
                    } else {
                        mark(l, f[0], QUOTE);
                    }
                }
                case "spaced" -> marks(l, spaced);
                case "tight" -> marks(l, tight);
                case "free" -> free.add(f[0].strip());
                case "clitic" -> clitic(l);
                default -> throw new RuleDataException(l.where() + ": unknown section [" + l.section() + "]");
            }
        }
    }

    private void mark(RuleData.DataLine l, String mark, byte kind) {
        if (mark.length() != 1) {
            throw new RuleDataException(l.where() + ": expected one character, found '" + mark + "'");
        }
        kinds[mark.charAt(0)] = kind;
    }

    private static void marks(RuleData.DataLine l, Map<String, StringBuilder> into) {
        String[] g = l.fields(2);
        StringBuilder b = into.computeIfAbsent(g[0].strip(), k -> new StringBuilder());
        for (String m : g[1].strip().split(" +")) {
            if (m.length() != 1) {
                throw new RuleDataException(l.where() + ": expected one character per mark, found '" + m + "'");
            }
            b.append(m);
        }
    }

    private void clitic(RuleData.DataLine l) {
        String[] f = l.fields(3);
        String side = f[1].strip();
        boolean isBefore = side.equals("before");
        if (!isBefore && !side.equals("after") && !side.equals("after-frequent")) {
            throw new RuleDataException(l.where() + ": expected 'before', 'after' or 'after-frequent', found '"
                    + side + "'");
        }
        List<Clitic> list = (isBefore ? before : after).computeIfAbsent(f[0].strip(), k -> new ArrayList<>());
        for (String form : f[2].strip().split(" +")) {
            int a = form.indexOf('\'');
            if (a < 0 || form.indexOf('\'', a + 1) >= 0 || isBefore && a != form.length() - 1) {
                throw new RuleDataException(l.where() + ": a clitic has one apostrophe"
                        + (isBefore ? ", at its end" : "") + ": " + form);
            }
            list.add(new Clitic(form.toLowerCase(java.util.Locale.ROOT), a, side.equals("after-frequent")));
        }
    }

    /** The class of a character: {@link #CLOSE}, {@link #SOFT}, {@link #OPEN}, {@link #QUOTE} or {@link #NONE}. */
    byte kind(char c) {
        return kinds[c];
    }

    /** True for the first character of a two-character quotation mark such as `` or ''. */
    boolean twoCharQuote(char c) {
        return twoCharQuotes.contains(String.valueOf(new char[] {c, c}));
    }

    /** The conventions for a document in this language and script (ICU script code). */
    View view(String language, int script) {
        return views.computeIfAbsent(language + "/" + script, k -> build(language, script));
    }

    private View build(String language, int script) {
        String[] keys = {"*", language, UScript.getShortName(script)};
        StringBuilder s = new StringBuilder();
        StringBuilder notSpaced = new StringBuilder();
        boolean isFree = false;
        List<Clitic> b = new ArrayList<>();
        List<Clitic> a = new ArrayList<>();
        for (String key : keys) {
            s.append(spaced.getOrDefault(key, new StringBuilder()));
            notSpaced.append(tight.getOrDefault(key, new StringBuilder()));
            isFree |= free.contains(key);
            b.addAll(before.getOrDefault(key, List.of()));
            a.addAll(after.getOrDefault(key, List.of()));
        }
        // longest first, so that "dell'" is tried before "l'"
        b.sort((x, y) -> y.form().length() - x.form().length());
        a.sort((x, y) -> y.form().length() - x.form().length());
        StringBuilder marks = new StringBuilder();
        s.chars().filter(c -> notSpaced.indexOf(String.valueOf((char) c)) < 0).forEach(c -> marks.append((char) c));
        LanguageProfile profile = languages.profile(language);
        return new View(marks.toString(), isFree, List.copyOf(b), List.copyOf(a),
                profile == null ? Set.of() : profile.words());
    }
}
