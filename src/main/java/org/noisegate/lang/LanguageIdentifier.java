package org.noisegate.lang;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;
import org.noisegate.text.Scripts;

/**
 * Tells a text's dominant script and, among the languages written in it, which one it is:
 * by the frequent words of each profile in {@code rules/lang/}, with the CLDR exemplar letters
 * of each candidate (ICU {@link LocaleData}) as a penalty for letters the language lacks.
 */
public final class LanguageIdentifier {
    private static final int SAMPLE = 50_000;
    private final Map<String, LanguageProfile> profiles;
    private final Map<String, UnicodeSet> exemplars = new ConcurrentHashMap<>();

    /** The profiles in code order, and for each frequent word the indices of the profiles that have it. */
    private final LanguageProfile[] ordered;
    private final Map<String, int[]> wordIndex = new HashMap<>();

    public LanguageIdentifier(Map<String, LanguageProfile> profiles) {
        this.profiles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(profiles));
        this.ordered = this.profiles.values().toArray(new LanguageProfile[0]);
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < ordered.length; i++) {
            for (String w : ordered[i].words()) {
                index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        index.forEach((w, l) -> wordIndex.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The profiles of a set of rule folders, read once per {@link RuleData}. */
    public static LanguageIdentifier of(RuleData data) {
        return data.shared(LanguageIdentifier.class, LanguageIdentifier::load);
    }

    private static LanguageIdentifier load(RuleData data) {
        Map<String, LanguageProfile> map = new LinkedHashMap<>();
        for (var file : data.files("lang", "*.txt")) {
            List<RuleData.DataLine> lines = RuleData.read(file);
            if (lines.isEmpty()) {
                continue;
            }
            String code = lines.get(0).baseName();
            Set<Integer> scripts = new HashSet<>();
            Set<String> words = new HashSet<>();
            Set<String> flags = new HashSet<>();
            LanguageProfile old = map.get(code);
            if (old != null) {
                scripts.addAll(old.scripts());
                words.addAll(old.words());
                flags.addAll(old.flags());
            }
            for (RuleData.DataLine l : lines) {
                if (l.text().startsWith("flags:")) {
                    for (String f : l.text().substring(6).split(",")) {
                        flags.add(f.strip());
                    }
                } else if (l.text().startsWith("script:")) {
                    for (String s : l.text().substring(7).split(",")) {
                        scripts.addAll(scriptCodes(s.strip(), l));
                    }
                } else {
                    words.add(l.text().strip().toLowerCase(Locale.ROOT));
                }
            }
            map.put(code, new LanguageProfile(code, Set.copyOf(scripts), Set.copyOf(words), Set.copyOf(flags)));
        }
        return new LanguageIdentifier(map);
    }

    private static List<Integer> scriptCodes(String code, RuleData.DataLine where) {
        switch (code) {
            case "Jpan":
                return List.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA);
            case "Kore":
                return List.of(UScript.HANGUL);
            case "Hans": case "Hant": case "Hani":
                return List.of(UScript.HAN);
            default:
                int s = UScript.getCodeFromName(code);
                if (s == UScript.INVALID_CODE) {
                    throw new RuleDataException(where.where() + ": unknown script '" + code + "'");
                }
                return List.of(s);
        }
    }

    public Set<String> languages() {
        return profiles.keySet();
    }

    public LanguageProfile profile(String code) {
        return profiles.get(code);
    }

    /** The dominant script of the text's letters (UScript code), COMMON when it has none. */
    public static int dominantScript(String text) {
        int[] counts = new int[UScript.CODE_LIMIT];
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isLetter(cp)) {
                int s = Scripts.scriptOf(cp);
                if (s == UScript.HIRAGANA || s == UScript.KATAKANA) {
                    s = UScript.HAN; // Japanese: kana and kanji count together
                }
                if (s != UScript.COMMON && s >= 0 && s < counts.length) {
                    counts[s]++;
                }
            }
        }
        int best = UScript.COMMON;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > (best == UScript.COMMON ? 0 : counts[best])) {
                best = s;
            }
        }
        return best;
    }

    /** The most likely language of the text, or "und". */
    public String identify(String text, int script) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        List<LanguageProfile> candidates = new ArrayList<>();
        for (LanguageProfile p : profiles.values()) {
            if (p.scripts().contains(script)) {
                candidates.add(p);
            }
        }
        if (candidates.isEmpty()) {
            return "und";
        }
        if (script == UScript.HAN) {
            boolean kana = sample.codePoints().anyMatch(cp -> {
                int s = UScript.getScript(cp);
                return s == UScript.HIRAGANA || s == UScript.KATAKANA;
            });
            String want = kana ? "ja" : "zh";
            if (profiles.containsKey(want)) {
                return want;
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0).code();
        }
        List<String> tokens = words(sample);
        boolean spaceless = Scripts.isSpaceless(script);
        int[] tokenHits = new int[ordered.length];
        if (!spaceless) {
            for (String t : tokens) {
                int[] in = wordIndex.get(t);
                if (in != null) {
                    for (int i : in) {
                        tokenHits[i]++;
                    }
                }
            }
        }
        int[][] letters = letterCounts(sample, script);
        String best = "und";
        double bestScore = Double.NEGATIVE_INFINITY;
        for (LanguageProfile p : candidates) {
            double hits = 0;
            if (spaceless) {
                for (String w : p.words()) {
                    hits += count(sample, w) * w.length();
                }
                hits /= Math.max(1, sample.length());
            } else {
                hits = tokenHits[index(p)] / (double) Math.max(1, tokens.size());
            }
            double score = hits - 2.0 * foreignLetterShare(letters, p.code(), script);
            if (score > bestScore) { // ties go to the first code in alphabetical order, for stable results
                bestScore = score;
                best = p.code();
            }
        }
        return best;
    }

    private static int count(String s, String w) {
        if (w.isEmpty()) {
            return 0;
        }
        int c = 0;
        for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + w.length())) {
            c++;
        }
        return c;
    }

    /** Words split on white space, stripped of surrounding punctuation, lower-cased. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int a = start;
            int b = i;
            while (a < b && !Scripts.isWordChar(text.codePointAt(a))) {
                a += Character.charCount(text.codePointAt(a));
            }
            while (b > a && !Scripts.isWordChar(text.codePointBefore(b))) {
                b -= Character.charCount(text.codePointBefore(b));
            }
            if (a < b) {
                out.add(text.substring(a, b).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private int index(LanguageProfile p) {
        return java.util.Arrays.binarySearch(ordered, p, java.util.Comparator.comparing(LanguageProfile::code));
    }

    /** The distinct letters of the script in the sample and how often each occurs: {letters, counts}. */
    private static int[][] letterCounts(String sample, int script) {
        int[] all = new int[sample.length()];
        int n = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Scripts.isLetter(cp) && Scripts.scriptOf(cp) == script) {
                all[n++] = cp;
            }
        }
        java.util.Arrays.sort(all, 0, n);
        int[] letters = new int[n];
        int[] counts = new int[n];
        int d = 0;
        for (int i = 0; i < n; i++) {
            if (d > 0 && letters[d - 1] == all[i]) {
                counts[d - 1]++;
            } else {
                letters[d] = all[i];
                counts[d++] = 1;
            }
        }
        return new int[][] {java.util.Arrays.copyOf(letters, d), java.util.Arrays.copyOf(counts, d)};
    }

    /**
     * Share of the script's letters that the language's CLDR exemplar sets for that script do not
     * have. CLDR gives some languages one script only (sr: Cyrillic); an exemplar set without a
     * single letter of the text's script says nothing about it, so it costs nothing.
     */
    private double foreignLetterShare(int[][] letters, String code, int script) {
        UnicodeSet ex = exemplars.computeIfAbsent(code + "_" + Scripts.code(script), key -> {
            ULocale loc = new ULocale.Builder().setLanguage(code).setScript(Scripts.code(script)).build();
            UnicodeSet set = new UnicodeSet();
            set.addAll(LocaleData.getExemplarSet(loc, UnicodeSet.CASE, LocaleData.ES_STANDARD));
            set.addAll(LocaleData.getExemplarSet(loc, UnicodeSet.CASE, LocaleData.ES_AUXILIARY));
            return set.freeze();
        });
        long all = 0;
        long foreign = 0;
        boolean anyKnown = false;
        for (int i = 0; i < letters[0].length; i++) {
            all += letters[1][i];
            if (!ex.contains(letters[0][i])) {
                foreign += letters[1][i];
            } else {
                anyKnown = true;
            }
        }
        return all == 0 || !anyKnown && !coversScript(ex, script) ? 0 : foreign / (double) all;
    }

    /** The set has some letter of the script. */
    private static boolean coversScript(UnicodeSet set, int script) {
        for (UnicodeSet.EntryRange r : set.ranges()) {
            for (int cp = r.codepoint; cp <= r.codepointEnd; cp++) {
                if (Scripts.isLetter(cp) && Scripts.scriptOf(cp) == script) {
                    return true;
                }
            }
        }
        return false;
    }
}
