package org.noisegate.rule;

import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Refuses regular expressions that can backtrack catastrophically, before they meet any text:
 * a repeated group that contains another repetition ({@code (a+)+}, {@code (\s*x)*}, {@code
 * (.{0,50})+}), and alternatives that can start with the same character under a repetition
 * ({@code (a|ab)*}, {@code (\w|\d)+}). Possessive quantifiers ({@code a++}) and atomic groups
 * ({@code (?>…)}) do not backtrack and are allowed. The check is conservative: a pattern it
 * refuses may be harmless, but one it accepts needs at most polynomial time of low degree.
 */
public final class RegexSafety {
    /** A bounded repetition of more than this many counts as unbounded. */
    private static final int LONG = 15;

    private RegexSafety() {
    }

    /** The compiled pattern of a data line, or a load error naming the file and line. */
    public static Pattern compile(RuleData.DataLine where, String regex) {
        return compile(where.where(), regex, 0);
    }

    /** The compiled pattern, or a {@link RuleDataException} saying where it came from and why it is refused. */
    public static Pattern compile(String where, String regex, int flags) {
        Pattern p;
        try {
            p = Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new RuleDataException(where + ": not a valid regular expression '" + regex + "': "
                    + e.getDescription() + " (at index " + e.getIndex() + ")");
        }
        String problem = problem(regex);
        if (problem != null) {
            throw new RuleDataException(where + ": the regular expression '" + regex + "' can take exponential time "
                    + "on some text (" + problem + "); rewrite it without a repetition inside a repeated group and "
                    + "with alternatives that start differently, or make the inner repetition possessive (a++) or "
                    + "the group atomic (?>…)");
        }
        return p;
    }

    /** Why the expression is unsafe, or null when it is safe. Assumes it compiles. */
    public static String problem(String regex) {
        Node n = new Parser(regex).parse();
        return n.check();
    }

    // ---- a small parser of Java regular expressions: enough structure to find repetitions ----

    private abstract static class Node {
        /** Whether the node contains a backtracking repetition of many. */
        abstract boolean repeats();

        /** The characters a match can start with (null: it may be empty, so anything after it). */
        abstract UnicodeSet first();

        abstract String check();

        abstract String show();
    }

    private static final class Atom extends Node {
        final UnicodeSet set; // null for zero-width things (anchors, lookarounds)
        final String text;
        final Node inner;     // lookaround content, checked on its own

        Atom(UnicodeSet set, String text, Node inner) {
            this.set = set;
            this.text = text;
            this.inner = inner;
        }

        @Override
        boolean repeats() {
            return false;
        }

        @Override
        UnicodeSet first() {
            return set;
        }

        @Override
        String check() {
            return inner == null ? null : inner.check();
        }

        @Override
        String show() {
            return text;
        }
    }

    private static final class Seq extends Node {
        final List<Node> items;

        Seq(List<Node> items) {
            this.items = items;
        }

        @Override
        boolean repeats() {
            return items.stream().anyMatch(Node::repeats);
        }

        @Override
        UnicodeSet first() {
            UnicodeSet out = new UnicodeSet();
            for (Node n : items) {
                UnicodeSet f = n.first();
                if (f != null) {
                    out.addAll(f);
                    if (!(n instanceof Quant q && q.min == 0)) {
                        return out;
                    }
                }
            }
            return out.isEmpty() ? null : out;
        }

        @Override
        String check() {
            for (Node n : items) {
                String p = n.check();
                if (p != null) {
                    return p;
                }
            }
            return null;
        }

        @Override
        String show() {
            StringBuilder b = new StringBuilder();
            items.forEach(n -> b.append(n.show()));
            return b.toString();
        }
    }

    private static final class Alt extends Node {
        final List<Node> options;
        final boolean atomic;

        Alt(List<Node> options, boolean atomic) {
            this.options = options;
            this.atomic = atomic;
        }

        @Override
        boolean repeats() {
            return !atomic && options.stream().anyMatch(Node::repeats);
        }

        @Override
        UnicodeSet first() {
            UnicodeSet out = new UnicodeSet();
            for (Node n : options) {
                UnicodeSet f = n.first();
                if (f == null) {
                    return null;
                }
                out.addAll(f);
            }
            return out;
        }

        /** Two alternatives that can start with the same character (or one that can be empty). */
        String overlap() {
            if (atomic || options.size() < 2) {
                return null;
            }
            for (int i = 0; i < options.size(); i++) {
                UnicodeSet a = options.get(i).first();
                for (int j = i + 1; j < options.size(); j++) {
                    UnicodeSet b = options.get(j).first();
                    if (a == null || b == null || a.containsSome(b)) {
                        return "the alternatives '" + options.get(i).show() + "' and '" + options.get(j).show()
                                + "' can start alike";
                    }
                }
            }
            return null;
        }

        @Override
        String check() {
            for (Node n : options) {
                String p = n.check();
                if (p != null) {
                    return p;
                }
            }
            return null;
        }

        @Override
        String show() {
            List<String> s = new ArrayList<>();
            options.forEach(n -> s.add(n.show()));
            return "(" + String.join("|", s) + ")";
        }
    }

    private static final class Quant extends Node {
        final Node inner;
        final int min;
        final int max; // -1: unbounded
        final boolean possessive;
        final String text;

        Quant(Node inner, int min, int max, boolean possessive, String text) {
            this.inner = inner;
            this.min = min;
            this.max = max;
            this.possessive = possessive;
            this.text = text;
        }

        boolean many() {
            return !possessive && (max < 0 || max > LONG);
        }

        @Override
        boolean repeats() {
            return many() || !possessive && inner.repeats();
        }

        @Override
        UnicodeSet first() {
            return inner.first();
        }

        @Override
        String check() {
            if (many() || !possessive && max > 1) {
                if (many() && inner.repeats()) {
                    return "a repetition inside the repeated group '" + show() + "'";
                }
                Alt alt = inner instanceof Alt a ? a : inner instanceof Seq s && s.items.size() == 1
                        && s.items.get(0) instanceof Alt a2 ? a2 : null;
                String o = many() && alt != null ? alt.overlap() : null;
                if (o != null) {
                    return o + " under the repetition '" + show() + "'";
                }
            }
            return possessive ? null : inner.check();
        }

        @Override
        String show() {
            return inner.show() + text;
        }
    }

    private static final class Parser {
        private final String s;
        private int i;
        private boolean caseless;

        Parser(String s) {
            this.s = s;
        }

        Node parse() {
            Node n = alternation(false);
            return n;
        }

        private Node alternation(boolean atomic) {
            List<Node> options = new ArrayList<>();
            options.add(sequence());
            while (i < s.length() && s.charAt(i) == '|') {
                i++;
                options.add(sequence());
            }
            return options.size() == 1 && !atomic ? options.get(0) : new Alt(options, atomic);
        }

        private Node sequence() {
            List<Node> items = new ArrayList<>();
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                Node atom = atom();
                if (atom != null) {
                    items.add(quantified(atom));
                }
            }
            return new Seq(items);
        }

        private Node quantified(Node atom) {
            while (i < s.length()) {
                char c = s.charAt(i);
                int min;
                int max;
                int from = i;
                if (c == '*') {
                    min = 0;
                    max = -1;
                    i++;
                } else if (c == '+') {
                    min = 1;
                    max = -1;
                    i++;
                } else if (c == '?') {
                    min = 0;
                    max = 1;
                    i++;
                } else if (c == '{' && s.indexOf('}', i) > 0 && s.substring(i + 1, s.indexOf('}', i)).matches("\\d+(,\\d*)?")) {
                    String[] b = s.substring(i + 1, s.indexOf('}', i)).split(",", -1);
                    min = Integer.parseInt(b[0]);
                    max = b.length == 1 ? min : b[1].isEmpty() ? -1 : Integer.parseInt(b[1]);
                    i = s.indexOf('}', i) + 1;
                } else {
                    return atom;
                }
                boolean possessive = false;
                if (i < s.length() && s.charAt(i) == '+') {
                    possessive = true;
                    i++;
                } else if (i < s.length() && s.charAt(i) == '?') {
                    i++; // lazy: backtracks all the same
                }
                atom = new Quant(atom, min, max, possessive, s.substring(from, i));
            }
            return atom;
        }

        private Node atom() {
            char c = s.charAt(i);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    int start = i;
                    int end = classEnd(i);
                    i = end;
                    return new Atom(set(s.substring(start, end)), s.substring(start, end), null);
                }
                case '.' -> {
                    i++;
                    return new Atom(all(), ".", null);
                }
                case '^', '$' -> {
                    i++;
                    return new Atom(null, String.valueOf(c), null);
                }
                case '\\' -> {
                    return escape();
                }
                default -> {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    UnicodeSet u = new UnicodeSet(cp, cp);
                    if (caseless) {
                        u.closeOver(UnicodeSet.CASE);
                    }
                    return new Atom(u, new String(Character.toChars(cp)), null);
                }
            }
        }

        private Node group() {
            i++; // (
            boolean atomic = false;
            boolean zeroWidth = false;
            if (s.startsWith("?:", i)) {
                i += 2;
            } else if (s.startsWith("?>", i)) {
                i += 2;
                atomic = true;
            } else if (s.startsWith("?=", i) || s.startsWith("?!", i)) {
                i += 2;
                zeroWidth = true;
            } else if (s.startsWith("?<=", i) || s.startsWith("?<!", i)) {
                i += 3;
                zeroWidth = true;
            } else if (s.startsWith("?<", i)) {
                i = s.indexOf('>', i) + 1;
            } else if (i < s.length() && s.charAt(i) == '?') { // flags: (?i) or (?i:…)
                int j = i + 1;
                while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
                    j++;
                }
                String flags = s.substring(i + 1, j);
                String on = flags.contains("-") ? flags.substring(0, flags.indexOf('-')) : flags;
                if (on.contains("i")) {
                    caseless = true;
                }
                if (j < s.length() && s.charAt(j) == ')') {
                    i = j + 1;
                    return null;
                }
                i = j + 1; // ':'
            }
            Node inner = alternation(atomic);
            if (i < s.length() && s.charAt(i) == ')') {
                i++;
            }
            if (zeroWidth) {
                return new Atom(null, "(?…)", inner);
            }
            return atomic ? inner : inner instanceof Alt ? inner : new Seq(List.of(inner));
        }

        private Node escape() {
            int start = i;
            i++; // backslash
            if (i >= s.length()) {
                return new Atom(new UnicodeSet("\\\\"), "\\", null);
            }
            char c = s.charAt(i++);
            switch (c) {
                case 'd' -> {
                    return new Atom(new UnicodeSet("[0-9]"), "\\d", null);
                }
                case 'w' -> {
                    return new Atom(new UnicodeSet("[a-zA-Z0-9_]"), "\\w", null);
                }
                case 's' -> {
                    return new Atom(new UnicodeSet("[\\t\\n\\u000B\\f\\r\\u0020]"), "\\s", null);
                }
                case 'D', 'W', 'S', 'X', 'R' -> {
                    return new Atom(all(), "\\" + c, null);
                }
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                    return new Atom(null, "\\" + c, null);
                }
                case 'p', 'P' -> {
                    int end = i < s.length() && s.charAt(i) == '{' ? s.indexOf('}', i) + 1 : i + 1;
                    String prop = s.substring(start, end);
                    i = end;
                    return new Atom(set("[" + prop + "]"), prop, null);
                }
                case 'Q' -> {
                    int end = s.indexOf("\\E", i);
                    String lit = s.substring(i, end < 0 ? s.length() : end);
                    i = end < 0 ? s.length() : end + 2;
                    return lit.isEmpty() ? null : new Atom(new UnicodeSet(lit.codePointAt(0), lit.codePointAt(0)),
                            lit, null);
                }
                case 'u' -> {
                    int cp = Integer.parseInt(s.substring(i, i + 4), 16);
                    i += 4;
                    return new Atom(new UnicodeSet(cp, cp), s.substring(start, i), null);
                }
                case 'x' -> {
                    int end = s.charAt(i) == '{' ? s.indexOf('}', i) + 1 : i + 2;
                    String hex = s.substring(i, end).replace("{", "").replace("}", "");
                    i = end;
                    int cp = Integer.parseInt(hex, 16);
                    return new Atom(new UnicodeSet(cp, cp), s.substring(start, i), null);
                }
                case 't' -> {
                    return new Atom(new UnicodeSet('\t', '\t'), "\\t", null);
                }
                case 'n' -> {
                    return new Atom(new UnicodeSet('\n', '\n'), "\\n", null);
                }
                case 'r' -> {
                    return new Atom(new UnicodeSet('\r', '\r'), "\\r", null);
                }
                case 'f' -> {
                    return new Atom(new UnicodeSet('\f', '\f'), "\\f", null);
                }
                default -> {
                    if (Character.isDigit(c)) { // a back reference: could be anything
                        return new Atom(all(), "\\" + c, null);
                    }
                    return new Atom(new UnicodeSet(c, c), "\\" + c, null);
                }
            }
        }

        /** The index after the class that starts at {@code from} ('['), nested classes included. */
        private int classEnd(int from) {
            int depth = 0;
            int j = from;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '\\') {
                    j += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                } else if (c == ']' && j > from + 1 && !(j == from + 2 && s.charAt(from + 1) == '^')) {
                    depth--;
                    if (depth == 0) {
                        return j + 1;
                    }
                }
                j++;
            }
            return s.length();
        }

        /** The class as ICU reads it; what ICU cannot read counts as any character (conservative). */
        private UnicodeSet set(String cls) {
            try {
                UnicodeSet u = new UnicodeSet(cls.replace("&&", "&"));
                if (caseless) {
                    u.closeOver(UnicodeSet.CASE);
                }
                return u;
            } catch (IllegalArgumentException e) {
                return all();
            }
        }

        private static UnicodeSet all() {
            return new UnicodeSet(0, 0x10FFFF);
        }
    }
}
