package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import org.noisegate.text.Document;
import org.noisegate.text.LineMap;
import org.noisegate.text.Scripts;

/**
 * Short runs of one script inside a line written in another: words left untranslated in either
 * direction ("acid and 三聚氰胺 were found", "জাপানের colon পনিবেশিক", "ภาษา weather ไทย"). The text
 * is split into runs of letters of one writing system (marks go with their letter; Han, kana and
 * Hangul are one system where a language mixes them), and a run of at most
 * {@value #MAX_WORDS} words of another script is an island when the line's own script
 * surrounds it or, at a line edge, clearly dominates the line. Punctuation, digits and line ends
 * next to the island do not hide it, and scripts without spaces are split by script, not by
 * spaces. Computed once per document and shared by the rules that judge islands.
 */
final class ScriptIslands {
    /** An island: where it is, its script, its words, and the script of the text around it. */
    record Island(int start, int end, int script, int words, int host, int line) {
    }

    /** At most this many words (or, for scripts without spaces, this many letters / 2). */
    static final int MAX_WORDS = 3;
    /** The host script must have at least this many letters on the line and this share of them. */
    static final int MIN_HOST_LETTERS = 8;
    static final int HOST_RATIO = 3;

    private final List<Island> islands;

    private ScriptIslands(List<Island> islands) {
        this.islands = islands;
    }

    List<Island> islands() {
        return islands;
    }

    static ScriptIslands of(Document doc) {
        return doc.derived(ScriptIslands.class, ScriptIslands::find);
    }

    /** The writing system of a letter: kana and Han together (Japanese), Hangul and Han (Korean). */
    static int system(int cp) {
        int s = Scripts.scriptOf(cp);
        if (s == UScript.HIRAGANA || s == UScript.KATAKANA || s == UScript.HAN || s == UScript.HANGUL
                || s == UScript.BOPOMOFO) {
            return UScript.HAN;
        }
        return s;
    }

    /** The writing system of a script (as {@link #system} gives for its letters). */
    static int systemOfScript(int s) {
        return s == UScript.HIRAGANA || s == UScript.KATAKANA || s == UScript.HAN || s == UScript.HANGUL
                || s == UScript.BOPOMOFO ? UScript.HAN : s;
    }

    /** A run of letters of one system: [start, end), its system, its letter and word counts. */
    private record Run(int start, int end, int system, int letters) {
    }

    private static ScriptIslands find(Document doc) {
        String t = doc.text();
        int docScript = doc.script();
        List<Island> out = new ArrayList<>();
        if (docScript == UScript.COMMON) {
            return new ScriptIslands(List.of());
        }
        LineMap lines = doc.lines();
        for (int li = 0; li < lines.lineCount(); li++) {
            int ls = lines.lineStart(li);
            int le = lines.lineEnd(li);
            List<Run> runs = runs(t, ls, le);
            if (runs.size() < 2) {
                continue;
            }
            int[] letters = new int[UScript.CODE_LIMIT];
            for (Run r : runs) {
                if (r.system() >= 0 && r.system() < letters.length) {
                    letters[r.system()] += r.letters();
                }
            }
            int host = dominant(letters);
            if (host == UScript.COMMON || letters[host] < MIN_HOST_LETTERS) {
                continue;
            }
            // group consecutive runs of one foreign system (words separated by spaces or punctuation)
            for (int i = 0; i < runs.size(); ) {
                Run r = runs.get(i);
                if (r.system() == host) {
                    i++;
                    continue;
                }
                int j = i;
                int letterCount = 0;
                while (j < runs.size() && runs.get(j).system() == r.system()) {
                    letterCount += runs.get(j).letters();
                    j++;
                }
                int words = j - i;
                boolean before = i > 0 && runs.get(i - 1).system() == host;
                boolean after = j < runs.size() && runs.get(j).system() == host;
                boolean spaceless = Scripts.isSpaceless(r.system());
                int size = spaceless ? (letterCount + 1) / 2 : words;
                boolean surrounded = before && after;
                boolean edge = (before || after) && letters[host] >= HOST_RATIO * letterCount;
                // in scripts written with spaces an island is made of whole words: a switch of script
                // inside a word is mangled.mixed-script's
                boolean glued = !spaceless && !Scripts.isSpaceless(host)
                        && (letterAt(t, r.start() - 1, ls) || letterAt(t, runs.get(j - 1).end(), le));
                if (!glued && size <= MAX_WORDS && (surrounded && letters[host] >= letterCount || edge)) {
                    out.add(new Island(r.start(), runs.get(j - 1).end(), r.system(), words, host, li));
                }
                i = j;
            }
        }
        return new ScriptIslands(List.copyOf(out));
    }

    /** A letter or mark stands at index i (inside [from, to) of the line). */
    private static boolean letterAt(String t, int i, int bound) {
        if (i < 0 || i >= t.length() || i < 0) {
            return false;
        }
        int cp = Character.codePointAt(t, i);
        if (Character.isLowSurrogate(t.charAt(i)) && i > 0) {
            cp = Character.codePointAt(t, i - 1);
        }
        return Scripts.isLetter(cp) || Scripts.isMark(cp);
    }

    private static int dominant(int[] letters) {
        int best = UScript.COMMON;
        for (int s = 0; s < letters.length; s++) {
            if (letters[s] > 0 && (best == UScript.COMMON || letters[s] > letters[best])) {
                best = s;
            }
        }
        return best;
    }

    /** The letter runs of text[from, to): marks join the letter before; a change of system starts a run. */
    private static List<Run> runs(String t, int from, int to) {
        List<Run> out = new ArrayList<>();
        int start = -1;
        int system = UScript.COMMON;
        int letters = 0;
        for (int i = from; i < to; ) {
            int cp = t.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Scripts.isLetter(cp)) {
                int s = system(cp);
                if (s == UScript.COMMON) {
                    // a letter of no script of its own (a modifier letter): part of the run it is in
                    if (start >= 0) {
                        letters++;
                    }
                } else if (start >= 0 && s == system) {
                    letters++;
                } else {
                    if (start >= 0) {
                        out.add(new Run(start, i, system, letters));
                    }
                    start = i;
                    system = s;
                    letters = 1;
                }
            } else if (Scripts.isMark(cp) && start >= 0) {
                letters++; // vowel signs and viramas weigh like letters: Indic words are no shorter than Latin ones
            } else if (Scripts.isMark(cp) || cp == 0x200C || cp == 0x200D
                    || start >= 0 && (cp == '\'' || cp == '’' || cp == '-') && next < to && Scripts.isLetter(t.codePointAt(next))
                    && system(t.codePointAt(next)) == system) {
                // marks, joiners and word-internal apostrophes and hyphens stay in the run
            } else if (start >= 0) {
                out.add(new Run(start, i, system, letters));
                start = -1;
            }
            i = next;
        }
        if (start >= 0) {
            out.add(new Run(start, to, system, letters));
        }
        return out;
    }
}
