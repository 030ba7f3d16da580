package org.noisegate.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.rule.Severity;
import org.noisegate.text.Span;

/**
 * compare on multi-way parallel professional text: the FLORES-200 sample (lines 1-50 of 44
 * languages; line N of each file translates line N of the others). Clean line sets must stay
 * quiet, and numbers and names changed in one language must be found.
 */
class FloresCompareTest {
    static final Path SAMPLE = Path.of("src/test/resources/flores200-sample");
    /**
     * Line sets where one translation really says another number than all the others (reviewed
     * against the English source): line 9, Greek 2018 for 2017; line 42, Hebrew 2.5 for 2.4;
     * line 43, Kazakh "802.1 a" for 802.11a.
     */
    static final Map<Integer, String> REVIEWED = Map.of(9, "ell_Grek.txt 2018", 42, "heb_Hebr.txt 2.5",
            43, "kaz_Cyrl.txt 802.1");

    static List<Path> files;
    static List<String> texts;
    static List<String> langs;

    @BeforeAll
    static void read() throws Exception {
        try (Stream<Path> s = Files.list(SAMPLE)) {
            files = s.filter(p -> p.getFileName().toString().matches("[a-z]{3}_[A-Za-z]{4}\\.txt")).sorted().toList();
        }
        texts = new ArrayList<>();
        langs = new ArrayList<>();
        LanguageIdentifier ids = LanguageIdentifier.of(CompareTest.DATA);
        for (Path p : files) {
            String t = Files.readString(p, StandardCharsets.UTF_8);
            texts.add(t);
            langs.add(ids.identify(t, LanguageIdentifier.dominantScript(t)));
        }
        assertEquals(44, files.size());
    }

    static Comparison compare(List<String> ts) {
        List<Version> vs = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            vs.add(new Version(files.get(i).getFileName().toString(), ts.get(i), langs.get(i),
                    LanguageIdentifier.dominantScript(ts.get(i))));
        }
        return CompareTest.COMPARER.compare(vs, Align.LINES);
    }

    @Test
    void cleanLineSetsCarryNoWarningApartFromTheReviewedRealDisagreements() {
        Comparison c = compare(texts);
        assertEquals(50, c.units());
        Map<Integer, List<String>> warned = new TreeMap<>();
        for (Disagreement d : c.disagreements()) {
            if (d.severity().compareTo(Severity.WARNING) >= 0) {
                warned.computeIfAbsent(d.unit() + 1, k -> new ArrayList<>())
                        .add(c.versions().get(d.version()).path() + " " + d.text());
            }
        }
        for (Map.Entry<Integer, String> r : REVIEWED.entrySet()) {
            assertEquals(List.of(r.getValue()), warned.remove(r.getKey()), "reviewed line " + r.getKey() + " no longer found");
        }
        double rate = warned.size() / 50.0;
        assertTrue(rate < 0.005, "false alarms on " + warned.size() + " of 50 line sets: " + warned);
    }

    private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[.,]\\p{Nd}+)*");

    /**
     * Typos planted into numbers (five rounds over the line sets whose English line has a number
     * of two or more digits, each time in one randomly chosen language that writes it) and into
     * names (a letter dropped, doubled or two swapped, in a Latin or Cyrillic version of a name
     * that four or more versions of the script write alike): at least 90% of all are found
     * (measured: numbers 53 of 55, names 20 of 24).
     */
    @Test
    void numbersAndNamesChangedInOneLanguageAreFound() {
        int found = 0;
        int total = 0;
        List<String> missed = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            int[] r = plantNumbers(new Random(14 + round), missed);
            found += r[0];
            total += r[1];
        }
        double recall = found / (double) total;
        System.out.printf(java.util.Locale.ROOT, "compare planted numbers: %d of %d found (%.1f%%); missed %s%n", found,
                total, 100 * recall, missed);
        assertTrue(total >= 40, "too few plants: " + total);
        assertTrue(recall >= 0.9, "planted number recall " + recall + "; missed " + missed);
        int[] names = plantNames();
        double nameRecall = names[0] / (double) names[1];
        assertTrue(names[1] >= 10, "too few plants: " + names[1]);
        assertTrue(nameRecall >= 0.8, "planted name recall " + nameRecall);
        double all = (found + names[0]) / (double) (total + names[1]);
        assertTrue(all >= 0.9, "planted recall " + all);
    }

    /** One round: a typo planted in one language of every line set whose English line has a number; {found, planted}. */
    private static int[] plantNumbers(Random rnd, List<String> missed) {
        List<String> ts = new ArrayList<>(texts);
        List<int[]> plants = new ArrayList<>(); // {version, start, end}
        int eng = index("eng_Latn.txt");
        for (int line = 0; line < 50; line++) {
            List<String> numbers = new ArrayList<>();
            Matcher m = NUMBER.matcher(line(ts.get(eng), line));
            while (m.find()) {
                if (m.group().replaceAll("\\D", "").length() >= 2) {
                    numbers.add(m.group());
                }
            }
            if (numbers.isEmpty()) {
                continue;
            }
            String n = numbers.get(rnd.nextInt(numbers.size()));
            String digits = n.replaceAll("\\D", "");
            // the versions of this line that write the same digits (any numbering system)
            List<int[]> targets = new ArrayList<>();
            for (int v = 0; v < ts.size(); v++) {
                if (v == eng) {
                    continue;
                }
                int start = lineStart(ts.get(v), line);
                Matcher x = NUMBER.matcher(line(ts.get(v), line));
                while (x.find()) {
                    if (ascii(x.group()).replaceAll("\\D", "").equals(digits)) {
                        targets.add(new int[] {v, start + x.start(), start + x.end()});
                        break;
                    }
                }
            }
            if (targets.isEmpty()) {
                continue;
            }
            int[] t = targets.get(rnd.nextInt(targets.size()));
            String text = ts.get(t[0]);
            String old = text.substring(t[1], t[2]);
            String changed = typo(old, rnd);
            ts.set(t[0], text.substring(0, t[1]) + changed + text.substring(t[2]));
            plants.add(new int[] {t[0], t[1], t[1] + changed.length()});
        }
        Comparison c = compare(ts);
        int found = 0;
        for (int[] p : plants) {
            Span s = new Span(p[1], p[2]);
            boolean hit = c.of(p[0]).stream().anyMatch(d -> d.ruleId().equals(CompareRules.NUMBER)
                    && d.severity().compareTo(Severity.WARNING) >= 0 && d.span().overlaps(s));
            if (hit) {
                found++;
            } else {
                missed.add(files.get(p[0]).getFileName() + " «" + ts.get(p[0]).substring(p[1], p[2]) + "»");
            }
        }
        return new int[] {found, plants.size()};
    }

    /**
     * A name dropped from one version (every form, in its line, of a capitalised word that four or
     * more versions of a Latin or Cyrillic script write alike) is reported as missing there, and
     * the clean line sets carry few such notes.
     */
    @Test
    void aNameDroppedFromOneVersionIsReportedMissing() {
        Map<Integer, Long> clean = new TreeMap<>();
        for (Disagreement d : compare(texts).disagreements()) {
            if (d.ruleId().equals(CompareRules.NAME_MISSING)) {
                clean.merge(d.unit() + 1, 1L, Long::sum);
            }
        }
        Random rnd = new Random(2024);
        List<String> ts = new ArrayList<>(texts);
        List<int[]> plants = new ArrayList<>(); // {version, unit}
        List<String> what = new ArrayList<>();
        for (int line = 0; line < 50; line++) {
            int[] t = pickName(ts, line, rnd);
            if (t == null) {
                continue;
            }
            String text = ts.get(t[0]);
            what.add(files.get(t[0]).getFileName() + ":" + (line + 1) + " «" + text.substring(t[1], t[2]) + "»");
            String name = text.substring(t[1], t[2]);
            int ls = lineStart(text, line);
            String l = line(text, line); // every form of the name in that line goes (Danius, Danius'un)
            String cut = l.replaceAll("(?<!\\p{L})" + Pattern.quote(name) + "[\\p{L}\\p{M}'’]*\\s?", "");
            ts.set(t[0], text.substring(0, ls) + cut + text.substring(ls + l.length()));
            plants.add(new int[] {t[0], line});
        }
        Comparison c = compare(ts);
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < plants.size(); i++) {
            int[] p = plants.get(i);
            if (c.of(p[0]).stream().anyMatch(d -> d.ruleId().equals(CompareRules.NAME_MISSING) && d.unit() == p[1])) {
                found++;
            } else {
                missed.add(what.get(i));
            }
        }
        System.out.printf(java.util.Locale.ROOT, "compare dropped names: %d of %d found; missed %s; clean line sets "
                + "with a name-missing note: %d of 50 %s%n", found, plants.size(), missed, clean.size(), clean);
        // measured: 9 of 24 found (the misses are mostly names that some versions translate or adapt,
        // so fewer than four in five of the script's versions write them); notes on 6 of 50 clean
        // line sets, names translated rather than transliterated (Shark Tank as Басейн з акулами)
        assertTrue(plants.size() >= 20, "too few plants: " + plants.size());
        assertTrue(found >= 0.35 * plants.size(), "dropped names found " + found + " of " + plants.size() + "; missed " + missed);
        assertTrue(clean.size() <= 7, "name-missing notes on clean line sets: " + clean);
    }

    /** One version's mention of a name that four or more versions of its script write alike, at random; null for none. */
    private static int[] pickName(List<String> ts, int line, Random rnd) {
        List<List<int[]>> names = sharedNames(ts, line);
        if (names.isEmpty()) {
            return null;
        }
        List<int[]> users = names.get(rnd.nextInt(names.size()));
        return users.get(rnd.nextInt(users.size()));
    }

    /** Capitalised words (not a line's first) that four or more versions of one cased script write alike: {version, start, end}. */
    private static List<List<int[]>> sharedNames(List<String> ts, int line) {
        Map<String, List<int[]>> shared = new TreeMap<>();
        for (int v = 0; v < ts.size(); v++) {
            String script = files.get(v).getFileName().toString().substring(4, 8);
            if (!Set.of("Latn", "Cyrl").contains(script)) {
                continue;
            }
            String l = line(ts.get(v), line);
            int start = lineStart(ts.get(v), line);
            Matcher m = Pattern.compile("(?<=[\\p{L}\\p{P}] )\\p{Lu}\\p{Ll}{4,}").matcher(l);
            Set<String> seen = new TreeSet<>();
            while (m.find()) {
                if (seen.add(m.group())) {
                    shared.computeIfAbsent(script + " " + m.group(), k -> new ArrayList<>())
                            .add(new int[] {v, start + m.start(), start + m.end()});
                }
            }
        }
        return shared.values().stream().filter(l -> l.size() >= 4).toList();
    }

    /** Misspellings planted into names; {found, planted}. */
    private static int[] plantNames() {
        Random rnd = new Random(1414);
        List<String> ts = new ArrayList<>(texts);
        List<int[]> plants = new ArrayList<>();
        for (int line = 0; line < 50; line++) {
            int[] t = pickName(ts, line, rnd);
            if (t == null) {
                continue;
            }
            String text = ts.get(t[0]);
            String old = text.substring(t[1], t[2]);
            String changed = misspell(old, rnd);
            ts.set(t[0], text.substring(0, t[1]) + changed + text.substring(t[2]));
            plants.add(new int[] {t[0], t[1], t[1] + changed.length()});
        }
        Comparison c = compare(ts);
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (int[] p : plants) {
            Span s = new Span(p[1], p[2]);
            if (c.of(p[0]).stream().anyMatch(d -> d.ruleId().equals(CompareRules.NAME) && d.span().overlaps(s))) {
                found++;
            } else {
                missed.add(files.get(p[0]).getFileName() + " «" + ts.get(p[0]).substring(p[1], p[2]) + "»");
            }
        }
        double recall = found / (double) plants.size();
        System.out.printf(java.util.Locale.ROOT, "compare planted names: %d of %d found (%.1f%%); missed %s%n", found,
                plants.size(), 100 * recall, missed);
        return new int[] {found, plants.size()};
    }

    /** A typo in a number: one digit changed, dropped, doubled, or two swapped (same numbering system). */
    static String typo(String n, Random rnd) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < n.length(); i++) {
            if (UCharacter.isDigit(n.charAt(i))) {
                at.add(i);
            }
        }
        int i = at.get(rnd.nextInt(at.size()));
        char c = n.charAt(i);
        int zero = c - UCharacter.digit(c, 10);
        switch (rnd.nextInt(3)) {
            case 0 -> { // change a digit
                int d = (UCharacter.digit(c, 10) + 1 + rnd.nextInt(9)) % 10;
                return n.substring(0, i) + (char) (zero + d) + n.substring(i + 1);
            }
            case 1 -> { // a zero too many (on a whole number: 802.11 and 802.110 are one value)
                if (at.size() == n.length()) {
                    return n + (char) zero;
                }
                int d = (UCharacter.digit(c, 10) + 1 + rnd.nextInt(9)) % 10;
                return n.substring(0, i) + (char) (zero + d) + n.substring(i + 1);
            }
            default -> { // swap with a different neighbour, else change
                for (int k = 0; k + 1 < at.size(); k++) {
                    int a = at.get(k);
                    int b = at.get(k + 1);
                    if (b == a + 1 && n.charAt(a) != n.charAt(b)) {
                        return n.substring(0, a) + n.charAt(b) + n.charAt(a) + n.substring(b + 1);
                    }
                }
                int d = (UCharacter.digit(c, 10) + 1 + rnd.nextInt(9)) % 10;
                return n.substring(0, i) + (char) (zero + d) + n.substring(i + 1);
            }
        }
    }

    /** A misspelt name: a letter after the first dropped, doubled, or two neighbours swapped. */
    static String misspell(String w, Random rnd) {
        int i = 1 + rnd.nextInt(w.length() - 2);
        return switch (rnd.nextInt(3)) {
            case 0 -> w.substring(0, i) + w.substring(i + 1);
            case 1 -> w.substring(0, i) + w.charAt(i) + w.substring(i);
            default -> w.charAt(i) == w.charAt(i + 1) ? w.substring(0, i) + w.substring(i + 1)
                    : w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
        };
    }

    static int index(String name) {
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).getFileName().toString().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException(name);
    }

    static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> b.append(UCharacter.isDigit(cp) ? (char) ('0' + UCharacter.digit(cp, 10)) : (char) cp));
        return b.toString();
    }

    static int lineStart(String t, int line) {
        int pos = 0;
        for (int i = 0; i < line; i++) {
            pos = t.indexOf('\n', pos) + 1;
        }
        return pos;
    }

    static String line(String t, int line) {
        int s = lineStart(t, line);
        int e = t.indexOf('\n', s);
        return t.substring(s, e < 0 ? t.length() : e);
    }
}
