package org.noisegate.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code ignore} globs of a project, with the semantics of {@code .gitignore} (not those of the
 * JDK's {@code PathMatcher}): paths are relative to the audited directory, separated by {@code /}.
 *
 * <ul>
 *   <li>A pattern without a slash (other than a trailing one) matches a name at any depth:
 *       {@code *.min.txt} matches {@code a.min.txt} and {@code x/y/a.min.txt}.</li>
 *   <li>A pattern with a slash at the start or in the middle is anchored at the audited
 *       directory: {@code /notes.txt} and {@code docs/*.txt} match only there.</li>
 *   <li>A trailing slash matches directories only: {@code build/}.</li>
 *   <li>{@code *} matches anything but a slash, {@code ?} one character but a slash,
 *       {@code [a-z]} and {@code [!a-z]} one character of (not of) a set; {@code \} quotes the
 *       next character.</li>
 *   <li>{@code **}: a leading {@code **}{@code /} matches in every directory (so {@code **}{@code /*.min.txt}
 *       matches top-level files too), a trailing {@code /**} everything inside, {@code /**}{@code /}
 *       zero or more directories; other runs of asterisks are single ones.</li>
 *   <li>{@code !pattern} includes again what an earlier pattern ignored; the last matching
 *       pattern wins. A file in an ignored directory stays ignored (the directory is not walked).</li>
 *   <li>Blank patterns and patterns starting with {@code #} are ignored ({@code \#} for a literal
 *       {@code #}).</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class IgnorePatterns {
    public static final IgnorePatterns NONE = new IgnorePatterns(List.of());

    private record Rule(String glob, Pattern regex, boolean negated, boolean directoriesOnly) {
    }

    private final List<Rule> rules;

    private IgnorePatterns(List<Rule> rules) {
        this.rules = rules;
    }

    /** Compiles the globs; a glob that cannot be read is an {@link IllegalArgumentException} naming it. */
    public static IgnorePatterns of(List<String> globs) {
        List<Rule> rules = new ArrayList<>();
        for (String g : globs) {
            if (g == null) {
                continue;
            }
            Rule r = compile(g);
            if (r != null) {
                rules.add(r);
            }
        }
        return rules.isEmpty() ? NONE : new IgnorePatterns(List.copyOf(rules));
    }

    /**
     * True when the path is ignored.
     *
     * @param relative  the path relative to the audited directory, {@code /} or the platform's separator
     * @param directory whether it is a directory
     */
    public boolean ignored(String relative, boolean directory) {
        String p = relative.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        boolean ignored = false;
        for (Rule r : rules) {
            if (r.directoriesOnly() && !directory) {
                continue;
            }
            if (r.regex().matcher(p).matches()) {
                ignored = !r.negated();
            }
        }
        return ignored;
    }

    private static Rule compile(String glob) {
        String g = stripTrailingSpaces(glob);
        if (g.isEmpty() || g.startsWith("#")) {
            return null;
        }
        boolean negated = g.startsWith("!");
        if (negated) {
            g = g.substring(1);
        }
        boolean dirOnly = g.endsWith("/") && !g.endsWith("\\/");
        while (g.endsWith("/") && !g.endsWith("\\/")) {
            g = g.substring(0, g.length() - 1);
        }
        if (g.isEmpty()) {
            throw new IllegalArgumentException("ignore pattern '" + glob + "' matches nothing: give a name or a glob");
        }
        boolean anchored = g.indexOf('/') >= 0;
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        StringBuilder re = new StringBuilder(anchored ? "" : "(?:.*/)?");
        int n = g.length();
        int i = 0;
        while (i < n) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < n && g.charAt(i + 1) == '*'
                    && (i == 0 || g.charAt(i - 1) == '/')
                    && (i + 2 == n || g.charAt(i + 2) == '/')) {
                // "**" as a whole path segment
                if (i + 2 == n) {
                    re.append(".*"); // "**" alone, or "dir/**": everything inside
                    i += 2;
                } else {
                    re.append("(?:.*/)?"); // "**/": zero or more directories
                    i += 3;
                }
                continue;
            }
            switch (c) {
                case '*' -> {
                    while (i + 1 < n && g.charAt(i + 1) == '*') {
                        i++;
                    }
                    re.append("[^/]*");
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int end = classEnd(g, i);
                    if (end < 0) {
                        re.append(Pattern.quote("["));
                    } else {
                        re.append(charClass(g.substring(i + 1, end)));
                        i = end;
                    }
                }
                case '\\' -> {
                    if (i + 1 < n) {
                        i++;
                        re.append(Pattern.quote(String.valueOf(g.charAt(i))));
                    } else {
                        throw new IllegalArgumentException("ignore pattern '" + glob + "' ends with a lone \\: "
                                + "write \\\\ for a backslash");
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        // "dir/**" must not match "dir" itself, but every path below it: ".*" after "dir/" needs one character
        String regex = re.toString();
        if (g.endsWith("/**") || g.equals("**")) {
            regex = regex.substring(0, regex.length() - 2) + ".+";
        }
        return new Rule(glob, Pattern.compile(regex), negated, dirOnly);
    }

    /** Index of the ']' closing the set that opens at {@code open}, or -1. */
    private static int classEnd(String g, int open) {
        int j = open + 1;
        if (j < g.length() && (g.charAt(j) == '!' || g.charAt(j) == '^')) {
            j++;
        }
        if (j < g.length() && g.charAt(j) == ']') {
            j++; // a ']' first in the set is a member
        }
        for (; j < g.length(); j++) {
            if (g.charAt(j) == '\\') {
                j++;
            } else if (g.charAt(j) == ']') {
                return j;
            }
        }
        return -1;
    }

    /** A glob set ("a-z", "!a-z") as a regex class that never matches '/'. */
    private static String charClass(String body) {
        boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
        String members = negated ? body.substring(1) : body;
        StringBuilder b = new StringBuilder("[");
        b.append(negated ? "^/" : "");
        for (int k = 0; k < members.length(); k++) {
            char m = members.charAt(k);
            if (m == '\\' && k + 1 < members.length()) {
                m = members.charAt(++k);
                b.append(Character.isLetterOrDigit(m) ? "" : "\\").append(m);
            } else if (m == '-' && k > 0 && k + 1 < members.length()) {
                b.append('-');
            } else if (Character.isLetterOrDigit(m)) {
                b.append(m);
            } else {
                b.append('\\').append(m);
            }
        }
        b.append(']');
        return negated ? b.toString() : "(?:(?!/)" + b + ")";
    }

    private static String stripTrailingSpaces(String g) {
        int end = g.length();
        while (end > 0 && g.charAt(end - 1) == ' ' && !(end >= 2 && g.charAt(end - 2) == '\\')) {
            end--;
        }
        return g.substring(0, end);
    }

    @Override
    public String toString() {
        return rules.stream().map(Rule::glob).toList().toString();
    }
}
