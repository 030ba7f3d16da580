package org.noisegate.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Category;
import org.noisegate.rule.Severity;

/**
 * Precision, recall and F1 of the warnings and errors against gold spans: a finding matches a
 * gold span when their categories agree and their spans overlap. Precision counts findings,
 * recall counts gold spans. Also the share of clean lines (lines with no gold span) that carry
 * a finding matching no gold span: the false-alarm share.
 */
public final class Evaluation {
    /** Counts for one category or rule. */
    public static final class Counts {
        long findings;
        long matchedFindings;
        long gold;
        long matchedGold;

        public double precision() {
            return findings == 0 ? Double.NaN : matchedFindings / (double) findings;
        }

        public double recall() {
            return gold == 0 ? Double.NaN : matchedGold / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
        }

        public long findings() {
            return findings;
        }

        public long gold() {
            return gold;
        }
    }

    private final Map<Category, Counts> categories = new EnumMap<>(Category.class);
    private final Map<String, Counts> rules = new TreeMap<>();
    private final Map<String, Counts> kinds = new TreeMap<>();
    private long cleanLines;
    private long falseAlarmLines;
    private long documents;
    private final List<String> misses = new ArrayList<>();

    public Evaluation() {
        for (Category c : Category.audit()) {
            categories.put(c, new Counts());
        }
    }

    public void add(FileResult r, Gold gold) {
        documents++;
        String text = r.text();
        int[] lineOfCp = lineIndex(text);
        int lines = text.isEmpty() ? 0 : lineOfCp[lineOfCp.length - 1] + 1;
        boolean[] goldLine = new boolean[Math.max(1, lines)];
        for (Gold.GoldSpan g : gold.spans()) {
            for (int cp = g.start(); cp < Math.min(g.end(), lineOfCp.length); cp++) {
                goldLine[lineOfCp[cp]] = true;
            }
        }
        boolean[] alarm = new boolean[goldLine.length];
        List<Located> serious = r.findings().stream().filter(l -> l.finding().severity() != Severity.INFO).toList();
        for (Located l : serious) {
            Category c = l.finding().category();
            boolean hit = gold.spans().stream().anyMatch(g -> g.category() == c && overlaps(g, l));
            count(categories.get(c), hit);
            count(rules.computeIfAbsent(l.finding().ruleId(), k -> new Counts()), hit);
            if (!hit && gold.spans().stream().noneMatch(g -> overlaps(g, l))) {
                for (int cp = l.start(); cp < Math.max(l.start() + 1, l.end()) && cp < lineOfCp.length; cp++) {
                    alarm[lineOfCp[cp]] = true;
                }
            }
        }
        for (Gold.GoldSpan g : gold.spans()) {
            Counts c = categories.get(g.category());
            Counts k = gold.noise() == null ? new Counts() : kinds.computeIfAbsent(gold.noise(), x -> new Counts());
            c.gold++;
            k.gold++;
            if (serious.stream().anyMatch(l -> l.finding().category() == g.category() && overlaps(g, l))) {
                c.matchedGold++;
                k.matchedGold++;
            } else if (misses.size() < 200) {
                int s = Math.min(g.start(), text.codePointCount(0, text.length()));
                int e = Math.min(g.end(), text.codePointCount(0, text.length()));
                int[] cps = text.codePoints().toArray();
                misses.add(r.path() + ": missed " + g.category().key() + " '" + new String(cps, s, e - s) + "'");
            }
        }
        String[] texts = text.split("\n", -1);
        for (int i = 0; i < lines; i++) {
            if (!goldLine[i] && i < texts.length && !texts[i].isBlank()) {
                cleanLines++;
                if (alarm[i]) {
                    falseAlarmLines++;
                }
            }
        }
    }

    private static void count(Counts c, boolean hit) {
        c.findings++;
        if (hit) {
            c.matchedFindings++;
        }
    }

    private static boolean overlaps(Gold.GoldSpan g, Located l) {
        int s = l.start();
        int e = Math.max(l.end(), l.start() + 1);
        return s < g.end() && g.start() < e;
    }

    /** The 0-based line of each code point offset. */
    private static int[] lineIndex(String text) {
        int[] out = new int[text.codePointCount(0, text.length())];
        int line = 0;
        int k = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out[k++] = line;
            if (cp == '\n') {
                line++;
            }
            i += Character.charCount(cp);
        }
        return out;
    }

    public Map<Category, Counts> categories() {
        return categories;
    }

    /** Recall per kind of planted noise (the gold's {@code noise} field). */
    public Map<String, Counts> kinds() {
        return kinds;
    }

    public Map<String, Counts> rules() {
        return rules;
    }

    public double falseAlarmShare() {
        return cleanLines == 0 ? 0 : falseAlarmLines / (double) cleanLines;
    }

    public long cleanLines() {
        return cleanLines;
    }

    public long falseAlarmLines() {
        return falseAlarmLines;
    }

    public long documents() {
        return documents;
    }

    public List<String> misses() {
        return misses;
    }
}
