package org.noisegate.compare;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.rules.names.NameForms;
import org.noisegate.rules.names.Skeletons;
import org.noisegate.text.Scripts;
import org.noisegate.text.Span;
import org.noisegate.text.Token;
import org.noisegate.text.Tokenizer;

/**
 * Names across versions. Names are found as capitalised words that are not a sentence's first
 * word or one of the language's frequent words (in scripts with case), and as the names of the
 * gazetteer ({@code rules/names/gazetteer*.tsv}) in every script; each is keyed by its Latin
 * skeleton (ICU {@code Any-Latin}, {@link Skeletons}) and a word of any script is a mention of
 * the name when its skeleton is within Jaro-Winkler 0.85 of the name's (so Putin, پۇتىن,
 * بوتين and পুতিন are one name). A name is only compared letter by letter between versions of
 * one script, because transliteration into different languages legitimately differs
 * (Halifax, Галифакс, هاليفاكس): when two or more versions of a script write a name one way
 * and a version of that script writes it with one or two letters changed (not an inflection,
 * and not a known transliteration variant such as x/ks, г/х, ب/پ), and no other version writes
 * that form, the version gets a {@code consistency.name} note (info: on FLORES-200 about a
 * quarter of these are real misspellings, the rest the translator's own transliteration) — unless the version makes
 * the same change of letters in another unit too (its convention), or adapts names to its
 * orthography in general (see {@link #AGREEMENT}).
 */
final class NameCheck {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final double MENTION = 0.85;

    private final Map<String, Set<String>> frequent = new HashMap<>();
    private final Map<String, Set<String>> gazetteer = new HashMap<>();

    NameCheck(RuleData data) {
        LanguageIdentifier ids = LanguageIdentifier.of(data);
        for (String lang : ids.languages()) {
            LanguageProfile p = ids.profile(lang);
            Set<String> w = new HashSet<>();
            p.words().forEach(x -> w.add(NameForms.normalize(x)));
            frequent.put(lang, w);
        }
        for (RuleData.DataLine l : data.readAll("names", "gazetteer*.tsv")) {
            String[] f = l.fields(4);
            for (String t : f[3].strip().split("[\\s\\-‐·・]+")) {
                String n = NameForms.normalize(t);
                if (n.codePointCount(0, n.length()) >= 4) {
                    gazetteer.computeIfAbsent(f[1].strip(), k -> new HashSet<>()).add(n);
                }
            }
        }
    }

    /** A word of a version: its span, text, normal form and Latin skeleton. */
    private record Word(int version, Span span, String text, String form, String skeleton, boolean capitalised,
                        boolean initial) {
    }

    /** A spelling difference found in one unit, with the letters it changes ("о>ъ"). */
    record Candidate(Disagreement finding, String change) {
    }

    /**
     * The differences that are not a version's convention: a change of letters that a version
     * makes in two or more units (Bulgarian ъ for о in Гордън and Лейтън, Azerbaijani q for g)
     * is how that language transliterates, not a misspelling.
     */
    /** The missing names of the versions that keep their peers' spellings (not those that adapt every name). */
    static List<Disagreement> ofKeepers(List<Disagreement> missing, Map<Integer, int[]> agreement) {
        return missing.stream().filter(d -> {
            int[] a = agreement.getOrDefault(d.version(), new int[2]);
            return a[0] >= AGREEMENT * (a[0] + a[1]);
        }).toList();
    }

    static List<Disagreement> withoutConventions(List<Candidate> found, Map<Integer, int[]> agreement) {
        Map<String, Set<Integer>> units = new HashMap<>();
        for (Candidate c : found) {
            units.computeIfAbsent(c.finding().version() + " " + c.change(), k -> new HashSet<>()).add(c.finding().unit());
        }
        List<Disagreement> out = new ArrayList<>();
        for (Candidate c : found) {
            int[] a = agreement.getOrDefault(c.finding().version(), new int[2]);
            if (a[0] < AGREEMENT * (a[0] + a[1])) {
                continue; // a version that adapts names to its orthography (Sinsinnati, Гордън)
            }
            if (units.get(c.finding().version() + " " + c.change()).size() < 2) {
                out.add(c.finding());
            }
        }
        return out;
    }

    /** The letters that differ between two forms once their shared start and end are set aside. */
    static String change(String from, String to) {
        int p = 0;
        while (p < from.length() && p < to.length() && from.charAt(p) == to.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < from.length() - p && s < to.length() - p
                && from.charAt(from.length() - 1 - s) == to.charAt(to.length() - 1 - s)) {
            s++;
        }
        return from.substring(p, from.length() - s) + ">" + to.substring(p, to.length() - s);
    }

    /**
     * A version is checked only when it writes at least this share of the names its script's
     * other versions share exactly as they do (inflected forms count): English, German or Russian
     * keep the peers' spellings; Azerbaijani (Sinsinnati for Cincinnati) or Bulgarian (Гордън for
     * Гордон) adapt every name, and their differences are their orthography, not misspellings.
     */
    static final double AGREEMENT = 0.6;

    /**
     * A name is missing from a version when half the other versions mention it, and four in five
     * (three at least) of the other versions of its own script, so that the script is known to
     * write it recognisably, and no word of the version comes near its skeleton.
     */
    static final double MISSING_SHARE = 0.8;

    void check(Comparer.Context c, List<Candidate> out, Map<Integer, int[]> agreement, List<Disagreement> missing) {
        List<Integer> present = c.present();
        Map<Integer, List<Word>> words = new HashMap<>();
        Set<Integer> cased = new HashSet<>();
        List<Word> anchorsFrom = new ArrayList<>();
        for (int v : present) {
            Version ver = c.versions().get(v);
            List<Word> ws = words(ver, v, c.spans()[v]);
            words.put(v, ws);
            Set<String> freq = frequent.getOrDefault(ver.language(), Set.of());
            Set<String> gaz = gazetteer.getOrDefault(ver.language(), Set.of());
            for (Word w : ws) {
                if (w.form().codePointCount(0, w.form().length()) < 4 || freq.contains(w.form())) {
                    continue;
                }
                if (w.capitalised()) {
                    cased.add(v);
                }
                if (w.capitalised() && !w.initial() || gaz.contains(w.form())) {
                    anchorsFrom.add(w);
                }
            }
        }
        // anchors: skeletons of names that at least two versions write
        List<String> anchors = new ArrayList<>();
        for (Word a : anchorsFrom) {
            String s = skeleton(a);
            if (s.length() < 4 || anchors.contains(s)) {
                continue;
            }
            for (Word b : anchorsFrom) {
                if (b.version() != a.version() && JW.apply(s, skeleton(b)) >= 0.9) {
                    anchors.add(s);
                    break;
                }
            }
        }
        if (anchors.isEmpty()) {
            return;
        }
        // mentions of the anchors in every version, grouped by script
        Map<Integer, Map<Integer, List<Word>>> byScript = new LinkedHashMap<>();
        for (int v : present) {
            Version ver = c.versions().get(v);
            Set<String> freq = frequent.getOrDefault(ver.language(), Set.of());
            List<Word> mentions = new ArrayList<>();
            for (Word w : words.get(v)) {
                if (w.form().codePointCount(0, w.form().length()) < 4 || freq.contains(w.form())
                        || cased.contains(v) && !w.capitalised()) {
                    continue;
                }
                String s = skeleton(w);
                if (s.length() >= 3 && anchors.stream().anyMatch(a -> JW.apply(a, s) >= MENTION)) {
                    mentions.add(w);
                }
            }
            byScript.computeIfAbsent(ver.script(), k -> new LinkedHashMap<>()).put(v, mentions);
        }
        missing(c, anchors, words, byScript, missing);
        Map<String, Set<Integer>> formUse = new HashMap<>();
        for (Map<Integer, List<Word>> g : byScript.values()) {
            g.forEach((v, ms) -> ms.forEach(m -> formUse.computeIfAbsent(m.form(), k -> new HashSet<>()).add(v)));
        }
        for (Map<Integer, List<Word>> group : byScript.values()) {
            if (group.size() < 3) {
                continue;
            }
            // forms that two or more versions of the script share
            Map<String, List<Word>> shared = new LinkedHashMap<>();
            for (List<Word> ms : group.values()) {
                for (Word m : ms) {
                    shared.computeIfAbsent(m.form(), k -> new ArrayList<>());
                    if (shared.get(m.form()).stream().noneMatch(w -> w.version() == m.version())) {
                        shared.get(m.form()).add(m);
                    }
                }
            }
            int others = group.size() - 1;
            shared.values().removeIf(l -> l.size() < Math.max(3, Math.ceil(others * 0.5)));
            Set<Span> reported = new HashSet<>();
            for (Map.Entry<String, List<Word>> e : shared.entrySet()) {
                String f = e.getKey();
                List<Word> users = e.getValue();
                for (Map.Entry<Integer, List<Word>> x : group.entrySet()) {
                    int v = x.getKey();
                    int[] a = agreement.computeIfAbsent(v, k -> new int[2]);
                    if (users.stream().anyMatch(w -> w.version() == v)) {
                        a[0]++;
                        continue;
                    }
                    List<Word> mine = x.getValue();
                    if (mine.stream().anyMatch(w -> inflection(w.form(), f))) {
                        a[0]++;
                        continue;
                    }
                    if (mine.stream().anyMatch(w -> near(w.form(), f))) {
                        a[1]++; // written a little differently: an adaptation or a misspelling
                    }
                    for (Word g : mine) {
                        if (reported.contains(g.span()) || formUse.getOrDefault(g.form(), Set.of()).size() > 1
                                || !near(g.form(), f) || phonetic(skeleton(g)).equals(phonetic(skeleton(users.get(0))))) {
                            continue;
                        }
                        reported.add(g.span());
                        out.add(new Candidate(spelling(c, g, f, users, group.size()), change(f, g.form())));
                        break;
                    }
                }
            }
        }
    }

    private static void missing(Comparer.Context c, List<String> anchors, Map<Integer, List<Word>> words,
                                Map<Integer, Map<Integer, List<Word>>> byScript, List<Disagreement> out) {
        List<Integer> present = c.present();
        if (present.size() < 3) {
            return;
        }
        Map<Integer, Set<String>> reported = new HashMap<>();
        for (String a : anchors) {
            Map<Integer, Word> holders = new LinkedHashMap<>();
            for (Map<Integer, List<Word>> g : byScript.values()) {
                g.forEach((v, ms) -> ms.stream().filter(m -> JW.apply(a, skeleton(m)) >= MENTION).findFirst()
                        .ifPresent(m -> holders.put(v, m)));
            }
            int needed = (int) Math.max(2, Math.ceil((present.size() - 1) * 0.6));
            if (holders.size() < needed || holders.size() == present.size()) {
                continue;
            }
            for (Map<Integer, List<Word>> g : byScript.values()) {
                for (int v : g.keySet()) {
                    if (holders.containsKey(v)) {
                        continue;
                    }
                    long peers = g.keySet().stream().filter(o -> o != v).count();
                    long peersHolding = g.keySet().stream().filter(o -> o != v && holders.containsKey(o)).count();
                    if (peersHolding < 4 || peersHolding < Math.ceil(peers * MISSING_SHARE)) {
                        continue; // its script's other versions do not show how it writes the name
                    }
                    String sound = phonetic(a);
                    boolean near = words.get(v).stream().anyMatch(w -> {
                        String s = skeleton(w);
                        return s.length() >= 3 && (JW.apply(a, s) >= 0.75 || JW.apply(sound, phonetic(s)) >= 0.85);
                    });
                    Set<String> done = reported.computeIfAbsent(v, k -> new HashSet<>());
                    if (near || done.stream().anyMatch(r -> JW.apply(r, a) >= MENTION)) {
                        continue;
                    }
                    done.add(a);
                    Word model = g.keySet().stream().filter(holders::containsKey).map(holders::get).findFirst().orElseThrow();
                    out.add(missingName(c, v, holders, model));
                }
            }
        }
    }

    private static Disagreement missingName(Comparer.Context c, int v, Map<Integer, Word> holders, Word model) {
        int script = c.versions().get(v).script();
        List<Disagreement.Evidence> ev = holders.values().stream()
                .sorted(java.util.Comparator.comparing((Word u) -> c.versions().get(u.version()).script() != script))
                .map(u -> new Disagreement.Evidence(u.version(), u.span(), u.text())).toList();
        Span unit = c.spans()[v];
        String text = c.versions().get(v).text().substring(unit.start(), unit.end());
        String message = "name «" + model.text() + "» (in " + holders.size() + " of " + c.others(v).size()
                + " other versions: " + c.evidence(ev) + ") is not in this " + c.unitName() + "; " + c.compared(v);
        return new Disagreement(c.unit(), v, CompareRules.NAME_MISSING, Severity.INFO, unit, text, message,
                "check whether the translation dropped the name " + model.text(), ev, c.others(v));
    }

    private static Disagreement spelling(Comparer.Context c, Word g, String f, List<Word> users, int groupSize) {
        List<Disagreement.Evidence> ev = users.stream().map(u -> new Disagreement.Evidence(u.version(), u.span(), u.text())).toList();
        String message = "name «" + g.text() + "» where " + users.size() + " of " + (groupSize - 1)
                + " other versions in " + Scripts.code(c.versions().get(g.version()).script()) + " script write «"
                + users.get(0).text() + "»: " + c.evidence(ev) + "; " + c.compared(g.version());
        return new Disagreement(c.unit(), g.version(), CompareRules.NAME, Severity.INFO, g.span(), g.text(), message,
                "check the spelling of the name against the other versions (" + users.get(0).text() + ")", ev,
                c.others(g.version()));
    }

    private static List<Word> words(Version ver, int v, Span unit) {
        String t = ver.text();
        List<Word> out = new ArrayList<>();
        for (Token tok : Tokenizer.tokenize(t.substring(unit.start(), unit.end()))) {
            if (!tok.hasLetters()) {
                continue;
            }
            int s = tok.start() + unit.start();
            int e = tok.end() + unit.start();
            int first = tok.text().codePointAt(0);
            boolean cap = UCharacter.isUUppercase(first) || UCharacter.isTitleCase(first);
            out.add(new Word(v, new Span(s, e), tok.text(), NameForms.normalize(tok.text()), null, cap, initial(t, s, unit.start())));
        }
        return out;
    }

    /** Whether the word at {@code s} starts its sentence (only punctuation and space since the start or a full stop). */
    private static boolean initial(String t, int s, int unitStart) {
        for (int i = s - 1; i >= unitStart; i--) {
            char ch = t.charAt(i);
            if (Character.isWhitespace(ch) || "\"'«»“”„‘’([¿¡-–—".indexOf(ch) >= 0) {
                continue;
            }
            return Scripts.isSentenceFinal(ch) || ch == ':';
        }
        return true;
    }

    private static String skeleton(Word w) {
        return w.skeleton() != null ? w.skeleton() : Skeletons.of(w.form());
    }

    /** One form is the other with an ending added or changed (Путин, Путина; Москва, Москвы), or a clitic before it (وبوتين). */
    static boolean inflection(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = a.length() >= b.length() ? b : a;
        if (longer.startsWith(shorter) && longer.length() - shorter.length() <= 4) {
            return true;
        }
        if (longer.endsWith(shorter) && longer.length() - shorter.length() <= 2) {
            return true;
        }
        int p = 0;
        while (p < shorter.length() && shorter.charAt(p) == longer.charAt(p)) {
            p++;
        }
        return p == shorter.length() - 1 && shorter.length() >= 4 && longer.length() == shorter.length(); // Москва, Москвы
    }

    /** One or two letters apart (two from eight letters on). */
    static boolean near(String a, String b) {
        int n = Math.min(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        int max = n >= 8 ? 2 : 1;
        int d = new LevenshteinDistance(max).apply(a, b);
        return d > 0 && d <= max || swapped(a, b);
    }

    /** The same letters with two neighbours swapped (Carter, Crater). */
    static boolean swapped(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i + 1 < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2));
            }
        }
        return false;
    }

    /**
     * A coarse sound key of a Latin skeleton, for the spellings that transliteration into
     * different languages legitimately gives: vowels alike, x as ks, c/q/k alike, g/h/kh alike
     * (Г for H), b/p and v/w/f alike (Arabic has no p or v).
     */
    static String phonetic(String skeleton) {
        String s = skeleton.replace("x", "ks").replace("ph", "f").replace("kh", "h").replace("ck", "k")
                .replace("sh", "s").replace("ch", "k").replace("ts", "s").replace("tz", "s");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> b.append('a');
                case 'c', 'q' -> b.append('k');
                case 'g' -> b.append('h');
                case 'b' -> b.append('p');
                case 'v', 'w' -> b.append('f');
                case 'z' -> b.append('s');
                case 'j' -> b.append('a');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
