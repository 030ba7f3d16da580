package org.noisegate.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;
import org.noisegate.text.Scripts;

/**
 * Character trigram profiles of several hundred languages ({@code rules/lang/trigrams/*.tsv}): the
 * most frequent letter trigrams of each, in rank order. They tell how much a piece of text looks
 * like any language at all (nonsense syllables and random letters match none well) and which
 * language it looks most like (a Latin paragraph in an English page). Immutable, thread-safe.
 *
 * <p>A text is lower-cased; everything but letters and marks is a space; runs of spaces are one;
 * it is padded with a space at both ends; then its overlapping trigrams are counted. The
 * <em>coverage</em> of a profile is the share of the text's trigram occurrences that are among
 * the profile's trigrams.
 */
public final class Trigrams {
    /** One language's profile: its ISO 639-3 code, script, and the shortest code of the language (ISO 639-1 where there is one). */
    public record Profile(String code, String script, String language) {
    }

    /** How well a text fits one language: its best profile's coverage, and the best coverage of any. */
    public record LanguageFit(double coverage, double best, Profile bestProfile) {
        /** The language fits nearly as well as the best profile (close languages share trigrams). */
        public boolean plausible() {
            return coverage >= 0 && coverage >= 0.85 * best;
        }
    }

    /** Individual languages of macrolanguages that ICU does not map to the code noisegate's profiles use. */
    private static final Map<String, String> ALIASES = Map.of("zlm", "ms", "tgl", "tl", "plt", "mg", "gaz", "om",
            "ekk", "et", "lvs", "lv");

    /** How well a text fits: the best profile, its coverage, and the number of trigrams seen. */
    public record Fit(Profile best, double coverage, int trigrams) {
    }

    private final List<Profile> profiles = new ArrayList<>();
    /** trigram key -> indexes of the profiles that have it. */
    private final Map<Long, int[]> index = new HashMap<>();

    private Trigrams(RuleData data) {
        Map<Long, List<Integer>> build = new HashMap<>();
        for (RuleData.DataLine l : data.readAll("lang/trigrams", "*.tsv")) {
            String[] f = l.fields(3);
            int p = profiles.size();
            String code = f[0].strip();
            String lang = ALIASES.getOrDefault(code,
                    com.ibm.icu.util.ULocale.addLikelySubtags(new com.ibm.icu.util.ULocale(code)).getLanguage());
            profiles.add(new Profile(code, f[1].strip(), lang));
            for (String g : f[2].split("\\|")) {
                String t = g.replace('_', ' ');
                if (t.codePointCount(0, t.length()) != 3) {
                    throw new RuleDataException(l.where() + ": '" + g + "' is not a trigram");
                }
                build.computeIfAbsent(key(t), k -> new ArrayList<>()).add(p);
            }
        }
        build.forEach((k, v) -> index.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    public static Trigrams of(RuleData data) {
        return data.shared(Trigrams.class, Trigrams::new);
    }

    public boolean isEmpty() {
        return profiles.isEmpty();
    }

    private static long key(String t) {
        long k = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            k = k << 21 | cp;
        }
        return k;
    }

    /** The text's trigram counts, as keys and counts. */
    private static Map<Long, Integer> count(CharSequence text) {
        Map<Long, Integer> out = new HashMap<>();
        int a = ' ';
        int b = ' ';
        boolean started = false;
        boolean space = true;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            boolean letter = Scripts.isLetter(cp) || Scripts.isMark(cp);
            int c;
            if (letter) {
                c = Character.toLowerCase(cp);
                space = false;
            } else {
                if (space) {
                    continue;
                }
                c = ' ';
                space = true;
            }
            if (started) {
                out.merge((long) a << 42 | (long) b << 21 | c, 1, Integer::sum);
            }
            a = b;
            b = c;
            started = true;
        }
        if (started && !space) {
            out.merge((long) a << 42 | (long) b << 21 | ' ', 1, Integer::sum);
        }
        return out;
    }

    /** Counts, for each profile, the text's trigram occurrences it has; returns all the text's occurrences. */
    private int hits(CharSequence text, int[] hits) {
        int total = 0;
        for (Map.Entry<Long, Integer> e : count(text).entrySet()) {
            total += e.getValue();
            int[] in = index.get(e.getKey());
            if (in != null) {
                for (int p : in) {
                    hits[p] += e.getValue();
                }
            }
        }
        return total;
    }

    /** The best-fitting profile of the text, among all or among one script's (ISO 15924; null: all). */
    public Fit fit(CharSequence text, String script) {
        int[] hits = new int[profiles.size()];
        int total = hits(text, hits);
        int best = -1;
        for (int p = 0; p < hits.length; p++) {
            if ((script == null || profiles.get(p).script().equals(script)) && (best < 0 || hits[p] > hits[best])) {
                best = p;
            }
        }
        if (best < 0 || total == 0) {
            return new Fit(null, 0, total);
        }
        return new Fit(profiles.get(best), hits[best] / (double) total, total);
    }

    /**
     * How well the text fits a language (ISO 639-1 or -3, as the document's language is given):
     * the best coverage among that language's profiles (-1 when it has none) and among all.
     */
    public LanguageFit fitLanguage(CharSequence text, String language) {
        int[] hits = new int[profiles.size()];
        int total = hits(text, hits);
        if (total == 0) {
            return new LanguageFit(-1, 0, null);
        }
        int best = 0;
        int mine = -1;
        for (int p = 0; p < hits.length; p++) {
            if (hits[p] > hits[best]) {
                best = p;
            }
            Profile pr = profiles.get(p);
            if ((pr.language().equals(language) || pr.code().equals(language)) && (mine < 0 || hits[p] > hits[mine])) {
                mine = p;
            }
        }
        return new LanguageFit(mine < 0 ? -1 : hits[mine] / (double) total, hits[best] / (double) total,
                profiles.get(best));
    }

    /** The coverage of one profile (ISO 639-3 code), or -1 when there is none of that code. */
    public double coverage(CharSequence text, String code) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).code().equals(code.toLowerCase(Locale.ROOT))) {
                int[] hits = new int[profiles.size()];
                int total = hits(text, hits);
                return total == 0 ? 0 : hits[i] / (double) total;
            }
        }
        return -1;
    }

    /** Whether any profile is written in the script (ISO 15924). */
    public boolean covers(String script) {
        return profiles.stream().anyMatch(p -> p.script().equals(script));
    }
}
