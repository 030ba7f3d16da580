package org.noisegate.rules.boilerplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.rule.RuleData;

/**
 * The customary filler texts of many languages ({@code rules/boilerplate/filler/<lang>.txt}: the
 * Arabic designers' text, German Blindtext, Persian lorem ipsum …), as vocabularies: generators
 * shuffle their words, so a line is matched by the share of its words that belong to one of them,
 * not by its word order. Immutable, thread-safe.
 */
final class NationalFillers {
    /** How a line matches one filler: share of its words in the filler, share in the filler but not
     * among the language's frequent words, the filler's language and the source line of its file. */
    record Match(String language, double share, double own, String source) {
    }

    private record Filler(String language, Set<String> words, String source) {
    }

    private final List<Filler> fillers = new ArrayList<>();
    private final Map<String, int[]> index = new HashMap<>();

    private NationalFillers(RuleData data) {
        Map<String, Set<String>> words = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (RuleData.DataLine l : data.readAll("boilerplate/filler", "*.txt")) {
            String lang = l.baseName();
            words.computeIfAbsent(lang, k -> new HashSet<>()).addAll(LanguageIdentifier.words(l.text()));
            sources.putIfAbsent(lang, "rules/boilerplate/filler/" + lang + ".txt");
        }
        Map<String, List<Integer>> build = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : words.entrySet()) {
            int i = fillers.size();
            fillers.add(new Filler(e.getKey(), Set.copyOf(e.getValue()), sources.get(e.getKey())));
            for (String w : e.getValue()) {
                build.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
        }
        build.forEach((w, v) -> index.put(w, v.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Per indexed word, per filler of its index entry: not among the filler language's frequent words. */
    private record Owned(LanguageIdentifier by, Map<String, boolean[]> words) {
    }

    private volatile Owned owned;

    private Map<String, boolean[]> owned(LanguageIdentifier languages) {
        Owned o = owned;
        if (o == null || o.by() != languages) {
            Map<String, boolean[]> build = new HashMap<>();
            index.forEach((w, in) -> {
                boolean[] b = new boolean[in.length];
                for (int k = 0; k < in.length; k++) {
                    LanguageProfile p = languages.profile(fillers.get(in[k]).language());
                    b[k] = p == null || !p.words().contains(w);
                }
                build.put(w, b);
            });
            o = new Owned(languages, Map.copyOf(build));
            owned = o;
        }
        return o.words();
    }

    static NationalFillers of(RuleData data) {
        return data.shared(NationalFillers.class, NationalFillers::new);
    }

    boolean isEmpty() {
        return fillers.isEmpty();
    }

    /** The filler most of the line's words come from, or null when none shares any. */
    Match match(List<String> words, String docLang, LanguageIdentifier languages) {
        if (words.isEmpty()) {
            return null;
        }
        int[] hits = new int[fillers.size()];
        int[] own = new int[fillers.size()];
        for (String w : words) {
            int[] in = index.get(w);
            if (in == null) {
                continue;
            }
            boolean[] ownWord = owned(languages).get(w);
            for (int k = 0; k < in.length; k++) {
                int f = in[k];
                hits[f]++;
                if (ownWord[k]) {
                    own[f]++;
                }
            }
        }
        int best = -1;
        for (int f = 0; f < hits.length; f++) {
            if (hits[f] > 0 && (best < 0 || hits[f] > hits[best]
                    || hits[f] == hits[best] && fillers.get(f).language().equals(docLang))) {
                best = f;
            }
        }
        if (best < 0) {
            return null;
        }
        Filler b = fillers.get(best);
        return new Match(b.language(), hits[best] / (double) words.size(), own[best] / (double) words.size(), b.source());
    }
}
