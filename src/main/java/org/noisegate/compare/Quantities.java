package org.noisegate.compare;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.noisegate.rules.numbers.DigitSystems;
import org.noisegate.rules.numbers.NumberToken;
import org.noisegate.text.Scripts;
import org.noisegate.text.Span;

/**
 * Finds the numbers of a text and reads them as values: digits of every numbering system
 * ({@link NumberToken}), grouping and decimal marks as the language writes them (CLDR symbols
 * through ICU, with the other reading kept where the text allows both), space-grouped
 * thousands in the languages that group with spaces, scale words and percent words of the
 * language ({@link NumberWords}), times ({@code 10:30}, read modulo twelve hours) and numeric
 * dates ({@code 2025-08-15}, {@code 15.08.2025}, read as the set of their parts).
 */
final class Quantities {
    private final NumberWords words;
    private final Map<String, char[]> symbols = new ConcurrentHashMap<>();

    Quantities(NumberWords words) {
        this.words = words;
    }

    /** The key of a numeric value: its plain decimal form without trailing zeros ("60000", "2.5"). */
    static String key(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private char[] symbols(String lang) {
        return symbols.computeIfAbsent(lang, l -> {
            DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(new ULocale(l));
            return new char[] {s.getDecimalSeparator(), s.getGroupingSeparator()};
        });
    }

    private static boolean spaceLike(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** The numbers of {@code text[from, to)}, in text order. */
    List<Quantity> find(String text, int from, int to, String lang) {
        List<NumberToken> toks = new ArrayList<>();
        for (NumberToken t : NumberToken.find(text.substring(from, to))) {
            toks.add(new NumberToken(t.start() + from, t.end() + from, t.text(), t.zeros()));
        }
        List<Quantity> out = new ArrayList<>();
        char[] sym = symbols(lang);
        for (int i = 0; i < toks.size(); i++) {
            NumberToken t = toks.get(i);
            NumberToken next = i + 1 < toks.size() ? toks.get(i + 1) : null;
            NumberToken third = i + 2 < toks.size() ? toks.get(i + 2) : null;
            Quantity time = time(text, t, next);
            if (time != null) {
                out.add(time);
                i++;
                continue;
            }
            Quantity date = date(text, t, next, third);
            if (date != null) {
                out.add(date);
                i += 2;
                continue;
            }
            // groups and separators, with space-grouped thousands joined ("10 000")
            List<String> groups = new ArrayList<>(ascii(t.groups()));
            List<Character> seps = new ArrayList<>(separators(t.text()));
            int end = t.end();
            Set<Integer> zeros = new LinkedHashSet<>(t.zeros());
            if (spaceLike(sym[1])) {
                while (i + 1 < toks.size() && groups.get(groups.size() - 1).length() <= 3
                        && (groups.size() > 1 || groups.get(0).length() <= 3)) {
                    NumberToken n = toks.get(i + 1);
                    if (n.start() != end + 1 || text.charAt(end) != ' ' || n.text().length() != 3
                            || n.groups().size() != 1) {
                        break;
                    }
                    groups.add(ascii(n.groups()).get(0));
                    seps.add(' ');
                    zeros.addAll(n.zeros());
                    end = n.end();
                    i++;
                }
            }
            out.add(number(text, t.start(), end, groups, seps, zeros, lang, sym));
        }
        return out;
    }

    private Quantity number(String text, int start, int end, List<String> groups, List<Character> seps,
                            Set<Integer> zeros, String lang, char[] sym) {
        List<BigDecimal> readings = new ArrayList<>();
        BigDecimal primary = read(groups, seps, sym, readings);
        String malformed = "";
        if (zeros.size() > 1) {
            List<String> names = zeros.stream().map(DigitSystems::name).toList();
            malformed = "digits of two numbering systems (" + String.join(" and ", names) + ")";
        }
        if (primary == null) { // no reading of the separators: a version number, a code, a date of another shape
            String k = "n" + String.join(".", groups);
            return new Quantity(Kind.DATE, new Span(start, end), text.substring(start, end), k, List.of(k),
                    text.substring(start, end), malformed);
        }
        int pos = end;
        BigDecimal scale = BigDecimal.ONE;
        for (int chain = 0; chain < 2; chain++) {
            int[] m = match(text, pos, words.scales(lang), true);
            if (m == null) {
                break;
            }
            scale = scale.multiply(words.scales(lang).get(m[1]).multiplier());
            pos = m[0];
        }
        boolean scaled = scale.compareTo(BigDecimal.ONE) != 0;
        int spanEnd = scaled ? pos : end;
        int spanStart = start;
        boolean percent = false;
        List<NumberWords.Word> pw = words.percent(lang);
        int[] after = match(text, spanEnd, pw.stream().map(w -> w.before() ? null : w).toList(), true);
        if (after != null) {
            percent = true;
            spanEnd = after[0];
        } else {
            int b = matchBefore(text, start, pw);
            if (b >= 0) {
                percent = true;
                spanStart = b;
            }
        }
        Kind kind = percent ? Kind.PERCENT : Kind.COUNT;
        boolean integer = seps.isEmpty() && !scaled;
        List<String> keys = new ArrayList<>();
        String prefix = percent ? "%" : "";
        BigDecimal value = primary.multiply(scale);
        keys.add(prefix + key(value));
        if (scaled) {
            for (BigDecimal r : readings) {
                keys.add(prefix + key(r.multiply(scale)));
            }
        }
        for (BigDecimal r : readings) {
            keys.add(prefix + key(r));
        }
        if (!percent && integer && groups.get(0).length() == 4) {
            int y = primary.intValue();
            if (y >= 1000 && y <= 2100) {
                kind = Kind.YEAR;
            } else if ((lang.equals("th") || lang.equals("lo")) && y >= 2400 && y <= 2700) {
                kind = Kind.YEAR; // Buddhist era
                keys.add(key(BigDecimal.valueOf(y - 543L)));
            }
            if (lang.equals("fa") && y >= 1300 && y <= 1450) {
                keys.add(key(BigDecimal.valueOf(y + 621L))); // Solar Hijri
                keys.add(key(BigDecimal.valueOf(y + 622L)));
            }
        }
        String shown = display(value) + (percent ? "%" : "");
        return new Quantity(kind, new Span(spanStart, spanEnd), text.substring(spanStart, spanEnd), keys.get(0),
                List.copyOf(new LinkedHashSet<>(keys)), shown, malformed);
    }

    /**
     * The value the language reads (null when the separators allow no reading), adding every
     * reading the text allows to {@code all}. A separator is grouping when every later group has
     * three digits (or two, then three: Indian grouping), a decimal mark when it is the last one.
     */
    static BigDecimal read(List<String> groups, List<Character> seps, char[] sym, List<BigDecimal> all) {
        if (seps.isEmpty()) {
            BigDecimal v = new BigDecimal(groups.get(0));
            all.add(v);
            return v;
        }
        int k = seps.size();
        BigDecimal grouped = sameChars(seps, 0, k) && grouping(groups, k + 1) && groupingMark(seps.get(0))
                ? new BigDecimal(String.join("", groups)) : null;
        char last = seps.get(k - 1);
        BigDecimal decimal = null;
        if ((last == '.' || last == ',' || last == '\u066B') && (k == 1
                || sameChars(seps, 0, k - 1) && seps.get(0) != last && grouping(groups, k) && groupingMark(seps.get(0)))) {
            decimal = new BigDecimal(String.join("", groups.subList(0, k)) + "." + groups.get(k));
        }
        if (grouped != null) {
            all.add(grouped);
        }
        if (decimal != null) {
            all.add(decimal);
        }
        if (grouped == null || decimal == null) {
            return grouped != null ? grouped : decimal;
        }
        if (last == '\u066B' || last == sym[0] && last != sym[1]) {
            return decimal;
        }
        if (last == '\u066C' || last == sym[1]) {
            return grouped;
        }
        return groups.get(k).length() == 3 ? grouped : decimal;
    }

    private static boolean groupingMark(char c) {
        return c != '\u066B';
    }

    private static boolean sameChars(List<Character> seps, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!seps.get(i).equals(seps.get(from))) {
                return false;
            }
        }
        return true;
    }

    /** Whether groups[0, n) are grouped thousands: 1-3 digits, then threes, or twos then a three. */
    private static boolean grouping(List<String> groups, int n) {
        if (groups.get(0).isEmpty() || groups.get(0).length() > 3 || groups.get(n - 1).length() != 3) {
            return false;
        }
        boolean western = true;
        boolean indian = groups.get(0).length() <= 2;
        for (int i = 1; i < n - 1; i++) {
            western &= groups.get(i).length() == 3;
            indian &= groups.get(i).length() == 2;
        }
        return western || indian;
    }

    /** hh:mm, read modulo twelve hours (3 p.m. and 15:00 agree). */
    private static Quantity time(String text, NumberToken t, NumberToken next) {
        if (next == null || t.end() >= text.length() || text.charAt(t.end()) != ':' || next.start() != t.end() + 1
                || t.groups().size() != 1 || next.groups().size() != 1 || t.text().length() > 2
                || next.text().length() != 2) {
            return null;
        }
        int h = Integer.parseInt(ascii(t.groups()).get(0));
        int m = Integer.parseInt(ascii(next.groups()).get(0));
        if (h > 24 || m > 59) {
            return null;
        }
        String k = "t" + ((h % 12) * 60 + m);
        String shown = String.format(Locale.ROOT, "%d:%02d", h, m);
        return new Quantity(Kind.TIME, new Span(t.start(), next.end()), text.substring(t.start(), next.end()), k,
                List.of(k), shown, "");
    }

    /** Numeric dates: 2025-08-15, 15/08/2025, 15.08.2025 (one token) — read as the set of their parts. */
    private static Quantity date(String text, NumberToken t, NumberToken next, NumberToken third) {
        List<String> parts;
        int end;
        List<String> g = ascii(t.groups());
        if (g.size() == 3 && separators(t.text()).stream().allMatch(c -> c == '.')
                && (g.get(2).length() == 4 && g.get(0).length() <= 2 && g.get(1).length() <= 2
                    || g.get(0).length() == 4 && g.get(1).length() == 2 && g.get(2).length() == 2)) {
            parts = g;
            end = t.end();
        } else if (next != null && third != null && t.groups().size() == 1 && next.groups().size() == 1
                && third.groups().size() == 1 && t.end() < text.length()) {
            char s = text.charAt(t.end());
            if ((s != '-' && s != '/') || next.start() != t.end() + 1 || next.end() >= text.length()
                    || text.charAt(next.end()) != s || third.start() != next.end() + 1) {
                return null;
            }
            parts = List.of(ascii(t.groups()).get(0), ascii(next.groups()).get(0), ascii(third.groups()).get(0));
            boolean ymd = parts.get(0).length() == 4 && parts.get(1).length() <= 2 && parts.get(2).length() <= 2;
            boolean dmy = parts.get(2).length() == 4 && parts.get(0).length() <= 2 && parts.get(1).length() <= 2;
            if (!ymd && !dmy) {
                return null;
            }
            end = third.end();
        } else {
            return null;
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        String year = null;
        for (String p : parts) {
            sorted.add(Integer.parseInt(p));
            if (p.length() == 4) {
                year = key(new BigDecimal(p));
            }
        }
        String k = "d" + sorted;
        List<String> readings = year == null ? List.of(k) : List.of(k, year);
        return new Quantity(Kind.DATE, new Span(t.start(), end), text.substring(t.start(), end), k, readings,
                text.substring(t.start(), end), "");
    }

    /**
     * A word of the list at {@code pos} (after one optional space, no-break space or hyphen):
     * {end of the word, index in the list}, or null. Null entries are skipped.
     */
    private static int[] match(String text, int pos, List<NumberWords.Word> list, boolean allowGap) {
        int p = pos;
        if (allowGap && p < text.length() && (spaceLike(text.charAt(p)) || text.charAt(p) == '-')) {
            p++;
        }
        if (p >= text.length()) {
            return null;
        }
        String ahead = text.substring(p, Math.min(text.length(), p + 40)).toLowerCase(Locale.ROOT);
        for (int i = 0; i < list.size(); i++) {
            NumberWords.Word w = list.get(i);
            if (w == null || w.text().isEmpty() || !ahead.startsWith(w.text())) {
                continue;
            }
            int e = p + w.text().length();
            if (!w.prefix() && e < text.length() && bounded(w.text()) && Scripts.isWordChar(text.codePointAt(e))
                    && !Scripts.isSpaceless(Scripts.scriptOf(text.codePointAt(e)))) {
                continue; // "mil" is not "militar"
            }
            if (w.prefix()) {
                while (e < text.length() && Scripts.isWordChar(text.codePointAt(e)) && !UCharacter.isDigit(text.codePointAt(e))) {
                    e += Character.charCount(text.codePointAt(e));
                }
            }
            return new int[] {e, i};
        }
        return null;
    }

    /** Whether the word ends in a letter (a sign such as % needs no boundary after it). */
    private static boolean bounded(String w) {
        return Scripts.isWordChar(w.codePointBefore(w.length()));
    }

    /** The start of a percent word that stands before the number at {@code start} ("%50", "yüzde 50"), or -1. */
    private static int matchBefore(String text, int start, List<NumberWords.Word> list) {
        for (NumberWords.Word w : list) {
            if (!w.before()) {
                continue;
            }
            boolean sign = !bounded(w.text());
            for (int gap = 0; gap <= (sign ? 0 : 1); gap++) {
                int e = start - gap;
                int b = e - w.text().length();
                if (b < 0 || gap == 1 && !spaceLike(text.charAt(e))) {
                    continue;
                }
                if (!text.substring(b, e).toLowerCase(Locale.ROOT).equals(w.text())) {
                    continue;
                }
                if (b > 0 && (sign ? UCharacter.isDigit(text.codePointBefore(b)) : Scripts.isWordChar(text.codePointBefore(b)))) {
                    continue; // "50%50": the sign belongs to the number before; "Xyüzde": not the word
                }
                return b;
            }
        }
        return -1;
    }

    /** Digits of every system as ASCII digits; separators dropped. */
    static List<String> ascii(List<String> groups) {
        List<String> out = new ArrayList<>(groups.size());
        for (String g : groups) {
            StringBuilder b = new StringBuilder(g.length());
            g.codePoints().forEach(cp -> {
                int d = UCharacter.digit(cp, 10);
                if (d >= 0) {
                    b.append((char) ('0' + d));
                }
            });
            out.add(b.toString());
        }
        return out;
    }

    private static List<Character> separators(String number) {
        List<Character> s = new ArrayList<>();
        for (char c : number.toCharArray()) {
            if (NumberToken.isSeparator(c)) {
                s.add(c);
            }
        }
        return s;
    }

    /** A value as messages show it: 60,000 · 2.5 · 1,250,000. */
    static String display(BigDecimal v) {
        String plain = key(v);
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder b = new StringBuilder();
        int n = whole.length();
        for (int i = 0; i < n; i++) {
            b.append(whole.charAt(i));
            int left = n - 1 - i;
            if (left > 0 && left % 3 == 0 && whole.charAt(0) != '-') {
                b.append(',');
            }
        }
        return b + frac;
    }
}
