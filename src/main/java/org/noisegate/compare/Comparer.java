package org.noisegate.compare;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.LineMap;
import org.noisegate.text.Span;

/**
 * Compares versions of one text (translations of one story, lines of a multi-way parallel
 * corpus) and reports what one version says differently from most others: numbers read as
 * values (so 600, ৬০০ and ٦٠٠ agree, and so do "10 ming" and "১০,০০০") and names aligned by
 * their Latin skeletons. Immutable and thread-safe.
 *
 * <p>In each aligned unit (see {@link Align}) a value is the majority's when at least two
 * versions and half of the others write it (with two versions: when the first, the source,
 * writes it). A version that lacks a majority value and writes instead a value that no other
 * version has — of a compatible kind, and close to it (see {@link #close}) — gets a
 * {@code consistency.number} warning on that value, with the majority's spans as evidence. A value that none of the others writes but that has
 * nothing to pair with is not reported: translations add numbers (units converted, dates
 * spelled out). In lines and paragraphs, a majority value that a version lacks in digits and
 * in words is noted ({@code consistency.number-missing}, info).
 */
public final class Comparer {
    /** A value is the majority's when at least this share of the other versions write it. */
    static final double MAJORITY = 0.5;
    /** A missing value is noted when at least this share of the other versions write it. */
    static final double MISSING = 0.75;

    private final Quantities quantities;
    private final NameCheck names;

    private Comparer(RuleData data) {
        this.quantities = new Quantities(new NumberWords(data));
        this.names = new NameCheck(data);
    }

    public static Comparer of(RuleData data) {
        return new Comparer(data);
    }

    public Comparison compare(List<Version> versions, Align align) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: give at least two versions of one text");
        }
        Align.Units units = align.split(versions);
        List<LineMap> lines = versions.stream().map(Version::lines).toList();
        List<Disagreement> out = new ArrayList<>();
        boolean parallel = units.mode() != Align.DOCUMENT;
        List<NameCheck.Candidate> spellings = new ArrayList<>();
        Map<Integer, int[]> agreement = new HashMap<>();
        List<Disagreement> missingNames = new ArrayList<>();
        for (int u = 0; u < units.units().size(); u++) {
            Span[] spans = units.units().get(u);
            Context c = new Context(versions, lines, spans, u, parallel, units.mode() == Align.LINES ? "line" : "paragraph");
            numbers(c, out);
            names.check(c, spellings, agreement, missingNames);
        }
        out.addAll(NameCheck.withoutConventions(spellings, agreement));
        out.addAll(NameCheck.ofKeepers(missingNames, agreement));
        out.sort(java.util.Comparator.comparingInt(Disagreement::version)
                .thenComparingInt(d -> d.span().start()).thenComparing(Disagreement::ruleId));
        return new Comparison(versions, units.mode(), units.units().size(), out);
    }

    /** One aligned unit: the versions' spans of it, and how to name places in them. */
    record Context(List<Version> versions, List<LineMap> lines, Span[] spans, int unit, boolean parallel, String unitName) {
        /** The versions that have this unit. */
        List<Integer> present() {
            List<Integer> p = new ArrayList<>();
            for (int v = 0; v < spans.length; v++) {
                if (spans[v] != null) {
                    p.add(v);
                }
            }
            return p;
        }

        /** Whether {@code support} other versions make a majority against version {@code x}. */
        boolean majority(int support, int x, List<Integer> supporters, double share) {
            List<Integer> p = present();
            int m = p.size();
            if (m < 2) {
                return false;
            }
            if (m == 2) {
                return x != p.get(0) && supporters.contains(p.get(0)); // source and translation: the source decides
            }
            return support >= Math.max(2, Math.ceil((m - 1) * share));
        }

        String where(int v, Span s) {
            LineMap l = lines.get(v);
            return versions.get(v).path() + ":" + l.line(s.start()) + ":" + l.column(s.start());
        }

        /** "a.txt:3:10 «600», b.txt:4:1 «৬০০»" for the first few, and how many more. */
        String evidence(List<Disagreement.Evidence> ev) {
            StringBuilder b = new StringBuilder();
            int shown = Math.min(ev.size(), 4);
            for (int i = 0; i < shown; i++) {
                Disagreement.Evidence e = ev.get(i);
                b.append(i == 0 ? "" : ", ").append(where(e.version(), e.span())).append(" «").append(e.text()).append('»');
            }
            if (ev.size() > shown) {
                b.append(" and ").append(ev.size() - shown).append(" more");
            }
            return b.toString();
        }

        /** The versions compared with {@code x}, by name when few. */
        String compared(int x) {
            List<String> names = new ArrayList<>();
            for (int v : present()) {
                if (v != x) {
                    names.add(versions.get(v).path());
                }
            }
            String label = parallel ? " (" + unitName + " " + (unit + 1) + " of each)" : "";
            if (names.size() <= 6) {
                return "compared with " + String.join(", ", names) + label;
            }
            return "compared with " + names.size() + " other versions" + label;
        }

        List<Integer> others(int x) {
            return present().stream().filter(v -> v != x).toList();
        }
    }

    private void numbers(Context c, List<Disagreement> out) {
        List<Integer> present = c.present();
        Map<Integer, List<Quantity>> qs = new HashMap<>();
        Map<Integer, Set<String>> readings = new HashMap<>();
        // majority candidates: key -> version -> its first quantity with that primary value
        Map<String, Map<Integer, Quantity>> primary = new LinkedHashMap<>();
        for (int v : present) {
            Version ver = c.versions().get(v);
            List<Quantity> q = quantities.find(ver.text(), c.spans()[v].start(), c.spans()[v].end(), ver.language());
            qs.put(v, q);
            Set<String> r = new HashSet<>();
            for (Quantity x : q) {
                r.addAll(x.readings());
                primary.computeIfAbsent(x.primary(), k -> new LinkedHashMap<>()).putIfAbsent(v, x);
            }
            readings.put(v, r);
        }
        // how often each version writes each value (802.11 four times, and once 802.17)
        Map<String, Map<Integer, Integer>> counts = new HashMap<>();
        for (int v : present) {
            for (Quantity q : qs.get(v)) {
                for (String r : new HashSet<>(q.readings())) {
                    counts.computeIfAbsent(r, k -> new HashMap<>()).merge(v, 1, Integer::sum);
                }
            }
        }
        for (int x : present) {
            List<Quantity> mine = qs.get(x);
            // what the others write and this version does not (or writes fewer times)
            List<String> missing = new ArrayList<>();
            Map<String, Map<Integer, Quantity>> missingSupport = new HashMap<>();
            for (Map.Entry<String, Map<Integer, Quantity>> e : primary.entrySet()) {
                Map<Integer, Quantity> sup = e.getValue();
                Map<Integer, Integer> n = counts.getOrDefault(e.getKey(), Map.of());
                int usual = usualCount(n, x);
                if (n.getOrDefault(x, 0) >= usual) {
                    continue;
                }
                if (sup.containsKey(x)) {
                    sup = new LinkedHashMap<>(sup);
                    sup.remove(x);
                }
                if (c.majority(sup.size(), x, new ArrayList<>(sup.keySet()), MAJORITY)) {
                    missing.add(e.getKey());
                    missingSupport.put(e.getKey(), sup);
                }
            }
            if (missing.isEmpty()) {
                continue;
            }
            missing.sort((a, b) -> Integer.compare(missingSupport.get(b).size(), missingSupport.get(a).size()));
            // what this version writes and no other does
            List<Quantity> unexplained = new ArrayList<>();
            for (Quantity q : mine) {
                boolean explained = false;
                for (int o : present) {
                    if (o != x && q.readings().stream().anyMatch(readings.get(o)::contains)) {
                        explained = true;
                        break;
                    }
                }
                if (!explained) {
                    unexplained.add(q);
                }
            }
            Set<String> paired = new HashSet<>();
            for (Quantity q : unexplained) {
                String best = null;
                for (String k : missing) {
                    if (paired.contains(k)) {
                        continue;
                    }
                    Quantity model = missingSupport.get(k).values().iterator().next();
                    if (!model.kind().compatible(q.kind())) {
                        continue;
                    }
                    if (close(k, q.primary())) {
                        best = k;
                        break;
                    }
                }
                if (best == null) {
                    continue;
                }
                paired.add(best);
                out.add(different(c, x, q, best, missingSupport.get(best)));
            }
            if (!c.parallel()) {
                continue;
            }
            String lower = null;
            for (String k : missing) {
                Map<Integer, Quantity> sup = missingSupport.get(k);
                if (paired.contains(k) || counts.getOrDefault(k, Map.of()).getOrDefault(x, 0) > 0 || !c.majority(sup.size(), x, new ArrayList<>(sup.keySet()), MISSING)) {
                    continue;
                }
                Version ver = c.versions().get(x);
                Span unit = c.spans()[x];
                if (lower == null) {
                    lower = ver.text().substring(unit.start(), unit.end()).toLowerCase(Locale.ROOT);
                }
                BigDecimal n = Quantity.number(k);
                if (n != null && Spellout.mentions(lower, ver.language(), n)) {
                    continue;
                }
                out.add(missing(c, x, k, sup));
            }
        }
    }

    /** How many times the other versions that write a value usually write it (the most common count; ties: the lower). */
    static int usualCount(Map<Integer, Integer> n, int x) {
        Map<Integer, Integer> freq = new java.util.TreeMap<>();
        n.forEach((v, k) -> {
            if (v != x) {
                freq.merge(k, 1, Integer::sum);
            }
        });
        int best = 1;
        int bestFreq = 0;
        for (Map.Entry<Integer, Integer> e : freq.entrySet()) {
            if (e.getValue() > bestFreq) {
                best = e.getKey();
                bestFreq = e.getValue();
            }
        }
        return best;
    }

    /**
     * Whether two values are close enough that one is likely the other miswritten: their digits
     * (two or more) one edit apart — a digit changed, added, dropped or two swapped (600/700,
     * 1300/13000, 2017/2071, 2.4/2.5) — or a power of ten apart (600/60000). Values that share
     * nothing (6 and 20, 1 and 4) are more often a rewording (a number spelled out, a unit
     * converted) than an error, and are not paired.
     */
    static boolean close(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0) && (a.charAt(0) == '%' || b.charAt(0) == '%')) {
            return false;
        }
        String x = a.replace("%", "");
        String y = b.replace("%", "");
        if (!x.matches("[0-9.]+") || !y.matches("[0-9.]+")) {
            return false;
        }
        String dx = x.replace(".", "");
        String dy = y.replace(".", "");
        if (dx.equals(dy)) {
            return dx.length() >= 2 && !x.equals(y); // 2.5 and 25: the decimal mark moved
        }
        if (dx.length() < 2 || dy.length() < 2) {
            return false;
        }
        if (Math.abs(dx.length() - dy.length()) > 3) {
            return false;
        }
        if (new org.apache.commons.text.similarity.LevenshteinDistance(1).apply(dx, dy) == 1) {
            return true;
        }
        if (dx.length() == dy.length()) {
            for (int i = 0; i + 1 < dx.length(); i++) {
                if (dx.charAt(i) != dy.charAt(i)) {
                    return dx.charAt(i) == dy.charAt(i + 1) && dx.charAt(i + 1) == dy.charAt(i)
                            && dx.substring(i + 2).equals(dy.substring(i + 2));
                }
            }
            return false;
        }
        String longer = dx.length() > dy.length() ? dx : dy;
        String shorter = dx.length() > dy.length() ? dy : dx;
        return longer.startsWith(shorter) && longer.substring(shorter.length()).matches("0+");
    }

    private static Disagreement different(Context c, int x, Quantity q, String key, Map<Integer, Quantity> sup) {
        List<Disagreement.Evidence> ev = new ArrayList<>();
        for (Map.Entry<Integer, Quantity> e : sup.entrySet()) {
            ev.add(new Disagreement.Evidence(e.getKey(), e.getValue().span(), e.getValue().text()));
        }
        Quantity model = sup.values().iterator().next();
        int others = c.others(x).size();
        String read = q.value().replace(",", "").equals(q.text().replace(",", "")) && q.malformed().isEmpty()
                ? "" : " is read as " + q.value();
        String why = q.malformed().isEmpty() ? "" : " (" + q.malformed() + ")";
        String message = kindName(q.kind()) + " «" + q.text() + "»" + read + why + " where " + sup.size() + " of "
                + others + " other versions have " + model.value() + ": " + c.evidence(ev) + "; " + c.compared(x);
        Severity s = q.malformed().isEmpty() ? Severity.WARNING : Severity.ERROR;
        return new Disagreement(c.unit(), x, CompareRules.NUMBER, s, q.span(), q.text(), message,
                "check it against the source: the other versions say " + model.value(), ev, c.others(x));
    }

    private static Disagreement missing(Context c, int x, String key, Map<Integer, Quantity> sup) {
        List<Disagreement.Evidence> ev = new ArrayList<>();
        for (Map.Entry<Integer, Quantity> e : sup.entrySet()) {
            ev.add(new Disagreement.Evidence(e.getKey(), e.getValue().span(), e.getValue().text()));
        }
        Quantity model = sup.values().iterator().next();
        Span unit = c.spans()[x];
        String text = c.versions().get(x).text().substring(unit.start(), unit.end());
        String message = kindName(model.kind()) + " " + model.value() + " (in " + sup.size() + " of "
                + c.others(x).size() + " other versions: " + c.evidence(ev) + ") is not in this "
                + c.unitName() + ", in digits or in words; " + c.compared(x);
        return new Disagreement(c.unit(), x, CompareRules.NUMBER_MISSING, Severity.INFO, unit, text, message,
                "check whether the translation dropped " + model.value(), ev, c.others(x));
    }

    static String kindName(Kind k) {
        return switch (k) {
            case COUNT -> "number";
            case PERCENT -> "percentage";
            case YEAR -> "year";
            case DATE -> "date";
            case TIME -> "time";
        };
    }
}
