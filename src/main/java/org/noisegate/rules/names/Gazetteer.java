package org.noisegate.rules.names;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.rule.RuleData;
import org.noisegate.text.Scripts;

/**
 * Known names: the user-extensible {@code rules/names/gazetteer*.tsv} (entity, language, kind,
 * name) and the names CLDR ships in ICU4J (countries through {@link ULocale#getDisplayCountry},
 * cities through {@link TimeZoneNames#getExemplarLocationName}), keeping only CLDR names written
 * in the language's own script (CLDR falls back to English). Titles that may stand before a
 * name come from {@code rules/names/titles.tsv}.
 */
final class Gazetteer {
    /** A multi-token name as a language writes it, tokens normalized by {@link NameForms}. */
    record Name(String entity, String lang, String kind, List<String> tokens, String written) {
    }

    private final Map<String, List<Name>> byLang = new HashMap<>();
    private final Map<String, Set<String>> titles = new HashMap<>();
    private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> curated = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Name>>> byLast = new ConcurrentHashMap<>();
    private volatile Set<String> skeletons;
    private final Map<String, Map<String, List<Name>>> byFirst = new ConcurrentHashMap<>();
    private final Map<String, Map<String, List<Name>>> byPart = new ConcurrentHashMap<>();
    /** Script code to the language whose spellings stand in for uncovered languages of that script. */
    private final Map<String, String> fallbacks = new HashMap<>();

    Gazetteer(RuleData data) {
        for (RuleData.DataLine l : data.readAll("names", "gazetteer*.tsv")) {
            String[] f = l.fields(4);
            String written = f[3].strip();
            List<String> toks = new ArrayList<>();
            for (String t : written.split("[\\s\\-‐]+")) {
                String n = NameForms.normalize(t);
                if (!n.isEmpty()) {
                    toks.add(n);
                }
            }
            if (!toks.isEmpty()) {
                String lang = f[1].strip();
                byLang.computeIfAbsent(lang, k -> new ArrayList<>())
                        .add(new Name(f[0].strip(), lang, f[2].strip(), List.copyOf(toks), written));
            }
        }
        for (RuleData.DataLine l : data.readAll("names", "fallbacks*.tsv")) {
            String[] f = l.fields(2);
            fallbacks.put(f[0].strip(), f[1].strip());
        }
        for (RuleData.DataLine l : data.readAll("names", "titles*.tsv")) {
            String[] f = l.fields(2);
            Set<String> set = titles.computeIfAbsent(f[0].strip(), k -> new HashSet<>());
            for (String t : f[1].strip().split("\\s+")) {
                set.add(NameForms.normalize(t));
            }
        }
    }

    /** The one-word names of the gazetteer alone: family names of two-part person names, one-word places and organisations. */
    Set<String> curated(String lang) {
        return curated.computeIfAbsent(lang, l -> {
            Set<String> set = new HashSet<>();
            for (Name n : names(l)) {
                if (n.kind().equals("person") && n.tokens().size() == 2) {
                    set.add(n.tokens().get(1)); // with three or more parts the last may be a common word (نصر الله)
                } else if (n.tokens().size() == 1) {
                    set.add(n.tokens().get(0));
                }
            }
            return Set.copyOf(set);
        });
    }

    /**
     * Latin skeletons ({@link Skeletons}) of the one-word names of every language of the
     * gazetteer, at least 4 letters long: a word of a language the gazetteer lacks is still
     * known when it transliterates to one of them.
     */
    Set<String> skeletons() {
        Set<String> s = skeletons;
        if (s == null) {
            Set<String> set = new HashSet<>();
            for (String lang : byLang.keySet()) {
                for (String n : curated(lang)) {
                    String k = Skeletons.of(n);
                    if (k.length() >= 4) {
                        set.add(k);
                    }
                }
            }
            s = Set.copyOf(set);
            skeletons = s;
        }
        return s;
    }

    /** The names of the language with more than one part, by their last part. */
    Map<String, List<Name>> byLastPart(String lang) {
        return byLast.computeIfAbsent(lang, l -> {
            Map<String, List<Name>> m = new HashMap<>();
            for (Name n : names(l)) {
                if (n.tokens().size() >= 2) {
                    m.computeIfAbsent(n.tokens().get(n.tokens().size() - 1), k -> new ArrayList<>()).add(n);
                }
            }
            return Map.copyOf(m);
        });
    }

    /** The places and organisations of the language with more than one part, by each part. */
    Map<String, List<Name>> byPart(String lang) {
        return byPart.computeIfAbsent(lang, l -> {
            Map<String, List<Name>> m = new HashMap<>();
            for (Name n : names(l)) {
                if (n.tokens().size() >= 2 && !n.kind().equals("person")) {
                    for (String t : new java.util.LinkedHashSet<>(n.tokens())) {
                        m.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
                    }
                }
            }
            return Map.copyOf(m);
        });
    }

    /** The names of the language with three or more parts, by their first part. */
    Map<String, List<Name>> byFirstPart(String lang) {
        return byFirst.computeIfAbsent(lang, l -> {
            Map<String, List<Name>> m = new HashMap<>();
            for (Name n : names(l)) {
                if (n.tokens().size() >= 3) {
                    m.computeIfAbsent(n.tokens().get(0), k -> new ArrayList<>()).add(n);
                }
            }
            return Map.copyOf(m);
        });
    }

    /**
     * The language whose names a document is checked against: its own when the gazetteer has
     * names for it, else the stand-in for its script from {@code rules/names/fallbacks.tsv}.
     */
    String languageFor(String lang, int script) {
        if (byLang.containsKey(lang)) {
            return lang;
        }
        String stand = fallbacks.get(org.noisegate.text.Scripts.code(script));
        return stand != null ? stand : lang;
    }

    List<Name> names(String lang) {
        return byLang.getOrDefault(lang, List.of());
    }

    boolean isTitle(String lang, String normalizedToken) {
        return titles.getOrDefault(lang, Set.of()).contains(normalizedToken);
    }

    /**
     * The single-word names of the language that another spelling can be compared with: the
     * family name (last part) of each person, one-word places and organisations of the
     * gazetteer, and one-word CLDR country and city names written in the language's script.
     * Parts of longer names ("United", "الأمم") are ordinary words and left out.
     */
    Set<String> tokens(String lang, int script) {
        return tokens.computeIfAbsent(lang, l -> {
            Set<String> set = new HashSet<>(curated(l));
            ULocale loc = new ULocale(l);
            List<String> cldr = new ArrayList<>();
            for (String c : Locale.getISOCountries()) {
                cldr.add(new ULocale("und", c).getDisplayCountry(loc));
            }
            TimeZoneNames tzn = TimeZoneNames.getInstance(loc);
            for (String id : TimeZone.getAvailableIDs()) {
                String city = tzn.getExemplarLocationName(id);
                if (city != null) {
                    cldr.add(city);
                }
            }
            for (String name : cldr) {
                if (LanguageIdentifier.dominantScript(name) != script) {
                    continue; // CLDR fell back to another language's spelling
                }
                String n = NameForms.normalize(name);
                if (!n.matches(".*[\\s\\-‐].*") && n.codePoints().filter(Scripts::isLetter).count() >= 4) {
                    set.add(n);
                }
            }
            return Set.copyOf(set);
        });
    }
}
