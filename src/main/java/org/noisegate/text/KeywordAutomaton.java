package org.noisegate.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An Aho-Corasick automaton over UTF-16 code units, built once from a set of keywords and then
 * immutable and thread-safe. Transitions live in sorted {@code char}/{@code int} arrays per state
 * (the root in a direct table), so a search allocates nothing but its matches.
 *
 * <p>{@link #find} reports every occurrence, overlapping ones included, in order of their end
 * position; occurrences that end at the same position come in the order of their keywords
 * ({@link String#compareTo}). With {@code wholeWords}, an occurrence preceded or followed by an
 * alphabetic code unit ({@link Character#isAlphabetic}) is left out.
 */
public final class KeywordAutomaton {
    /** What {@link #find} reports: the keyword and its span {@code [start, end)} in the text. */
    @FunctionalInterface
    public interface Hit {
        void at(String keyword, int start, int end);
    }

    private static final int[] NONE = new int[0];

    private final String[] keywords;
    private final int[] root = new int[Character.MAX_VALUE + 1];
    private final char[][] labels;
    private final int[][] targets;
    private final int[] failure;
    /** Per state, the keywords (indices, in keyword order) that end there. */
    private final int[][] outputs;

    private KeywordAutomaton(String[] keywords, char[][] labels, int[][] targets, int[] failure, int[][] outputs) {
        this.keywords = keywords;
        this.labels = labels;
        this.targets = targets;
        this.failure = failure;
        this.outputs = outputs;
        for (int i = 0; i < labels[0].length; i++) {
            root[labels[0][i]] = targets[0][i];
        }
    }

    /** The automaton of the distinct, non-empty keywords. */
    public static KeywordAutomaton of(Collection<String> words) {
        String[] kw = new TreeSet<>(words).stream().filter(w -> !w.isEmpty()).toArray(String[]::new);
        List<Map<Character, Integer>> go = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        go.add(new HashMap<>());
        own.add(new ArrayList<>());
        for (int k = 0; k < kw.length; k++) {
            int s = 0;
            for (int i = 0; i < kw[k].length(); i++) {
                Integer next = go.get(s).get(kw[k].charAt(i));
                if (next == null) {
                    next = go.size();
                    go.get(s).put(kw[k].charAt(i), next);
                    go.add(new HashMap<>());
                    own.add(new ArrayList<>());
                }
                s = next;
            }
            own.get(s).add(k);
        }
        int n = go.size();
        char[][] labels = new char[n][];
        int[][] targets = new int[n][];
        for (int s = 0; s < n; s++) {
            Character[] cs = go.get(s).keySet().toArray(new Character[0]);
            Arrays.sort(cs);
            labels[s] = new char[cs.length];
            targets[s] = new int[cs.length];
            for (int i = 0; i < cs.length; i++) {
                labels[s][i] = cs[i];
                targets[s][i] = go.get(s).get(cs[i]);
            }
        }
        int[] failure = new int[n];
        int[][] outputs = new int[n][];
        outputs[0] = NONE;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets[0]) {
            failure[t] = 0;
            outputs[t] = merge(own.get(t), NONE);
            queue.add(t);
        }
        while (!queue.isEmpty()) {
            int s = queue.remove();
            for (int i = 0; i < labels[s].length; i++) {
                char c = labels[s][i];
                int t = targets[s][i];
                int f = failure[s];
                int next;
                while ((next = step(labels, targets, f, c)) < 0 && f != 0) {
                    f = failure[f];
                }
                failure[t] = next < 0 ? 0 : next;
                outputs[t] = merge(own.get(t), outputs[failure[t]]);
                queue.add(t);
            }
        }
        return new KeywordAutomaton(kw, labels, targets, failure, outputs);
    }

    /** Keyword indices are in keyword order, so the sorted union is in keyword order too. */
    private static int[] merge(List<Integer> own, int[] inherited) {
        if (own.isEmpty()) {
            return inherited;
        }
        TreeSet<Integer> all = new TreeSet<>(own);
        for (int k : inherited) {
            all.add(k);
        }
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int step(char[][] labels, int[][] targets, int s, char c) {
        int i = Arrays.binarySearch(labels[s], c);
        return i < 0 ? -1 : targets[s][i];
    }

    public boolean isEmpty() {
        return keywords.length == 0;
    }

    /** Reports every occurrence of a keyword in the text, as the class comment describes. */
    public void find(CharSequence text, boolean wholeWords, Hit hit) {
        int s = 0;
        int len = text.length();
        for (int pos = 0; pos < len; pos++) {
            char c = text.charAt(pos);
            int next;
            while (true) {
                next = s == 0 ? root[c] : step(labels, targets, s, c);
                if (next > 0 || s == 0) {
                    break;
                }
                s = failure[s];
            }
            s = next;
            int[] out = outputs[s];
            for (int k : out) {
                int end = pos + 1;
                int start = end - keywords[k].length();
                if (wholeWords && (start > 0 && Character.isAlphabetic(text.charAt(start - 1))
                        || end < len && Character.isAlphabetic(text.charAt(end)))) {
                    continue;
                }
                hit.at(keywords[k], start, end);
            }
        }
    }
}
