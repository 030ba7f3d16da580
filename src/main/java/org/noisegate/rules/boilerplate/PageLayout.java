package org.noisegate.rules.boilerplate;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.noisegate.rule.Budget;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.Set;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.text.Block;
import org.noisegate.text.Document;
import org.noisegate.text.Folded;
import org.noisegate.text.Scripts;

/**
 * The block classifier for plain text: every non-blank line of a document is judged as content or
 * boilerplate from its own shape and from its context, the way jusText and boilerpipe judge the
 * blocks of a page, without knowing any phrase.
 *
 * <ol>
 *   <li><b>Shape</b> of each line: {@link Shape#GOOD} prose (long, sentence punctuation, the
 *   language's frequent words at the document's usual density), {@link Shape#NEAR} (medium prose),
 *   {@link Shape#SHORT} (a label, a heading, a menu item) or {@link Shape#BAD} (strong evidence: a
 *   known phrase, a link or address, separators, no words, a counter).</li>
 *   <li><b>Main text</b>: the run of lines with the most prose (a maximum-sum segment where prose
 *   adds its size and labels and evidence subtract theirs, after Finn's body-text extraction),
 *   and further runs of substantial prose beside it.</li>
 *   <li><b>Context</b>: outside the main text, labels and evidence lines are boilerplate, and so is
 *   prose that stands among them (teasers, bios, cookie notices); the headline just before the
 *   main text is content. Inside it, a label is boilerplate only between evidence lines
 *   (jusText's neighbour rule), so sub-headings, quotes and captions stay content.</li>
 * </ol>
 * The view is computed once per document and shared by {@code boilerplate.block} and
 * {@code boilerplate.widget}.
 */
final class PageLayout {
    enum Shape { GOOD, NEAR, SHORT, BAD }

    /** One judged line: its shape, the evidence (for BAD), and the verdict with its reason. */
    record Judged(LineInfo line, Shape shape, String evidence, boolean boilerplate, String reason) {
    }

    /** Prose lines from this size on are GOOD (size: code points, CJK counted thrice). */
    static final int GOOD_SIZE = 100;
    static final int NEAR_SIZE = 50;
    /** A label costs at least this much in the main-text sum, evidence this much more than its size. */
    static final int SHORT_COST = 25;
    static final int BAD_COST = 60;
    /** A further run of prose counts as main text from this sum on, and this share of the main run. */
    static final int MIN_SECONDARY = 400;
    static final double SECONDARY_SHARE = 0.3;
    /**
     * This many labels in a row are a menu on a page with evidence elsewhere, twice as many on any
     * page.
     */
    static final int MIN_MENU = 4;
    /** A plain-text document needs this many lines to be judged as a page. */
    static final int MIN_LINES = 3;
    /** A hard-wrapped paragraph is joined over at most this many lines. */
    static final int MAX_WRAP = 30;
    /** This many labels and headlines in a row at the top or the bottom of a document are furniture. */
    static final int MIN_EDGE_RUN = 3;
    /** How far before the first paragraph the article's title may stand, in lines. */
    static final int TITLE_REACH = 12;
    /** A label seen this often in one document is a widget's (a category tag, a share button). */
    static final int MIN_REPEATS = 3;
    /** A paragraph alone between furniture and shorter than this, away from the main text, is a teaser. */
    static final int ISOLATED_MAX = 300;

    /**
     * A credit or caption: a label and a colon, or a whole line in brackets, before names joined
     * by slashes ("(Foto: Tony Silva/Ascom-PC)", "(REUTERS/Denis Balibouse)").
     */
    private static final Pattern CREDIT = Pattern.compile(
            "\\(?\\p{L}{2,15}:\\s*\\p{Lu}[^/()]{0,40}/[^()]{1,60}\\)?|\\([^()]{0,40}\\p{Lu}[^()]{0,40}/[^()]{1,60}\\)");

    /**
     * "Lea más: Juan Carlos Ortega propone …", "Read also: Floods close …": a label of one to three
     * short words and a colon before a headline of four words or more.
     */
    private static final Pattern LABELLED_HEADLINE = Pattern.compile(
            "\\p{Lu}\\p{L}{0,11}(?: \\p{L}{1,11}){0,2} ?: ?\\p{Lu}\\S*(?: \\S+){3,16}(?<![,;])");

    private final List<Judged> lines;

    private PageLayout(List<Judged> lines) {
        this.lines = lines;
    }

    List<Judged> lines() {
        return lines;
    }

    static PageLayout of(Document doc, PhraseMatcher phrases, LanguageProfile profile) {
        return doc.derived(PageLayout.class, d -> build(d, phrases, profile));
    }

    private record Features(int size, boolean sentence, int sentences, double stop, int words, int repeats,
                            String evidence, boolean strong, boolean numbered, boolean quantity, boolean code) {
        Features withEvidence(String e) {
            return new Features(size, sentence, sentences, stop, words, repeats, e, true, numbered, quantity, code);
        }

        /** A list number, a counter or a date alone on its line. */
        boolean marker() {
            return evidence != null && !strong && repeats < MIN_REPEATS;
        }

        /** Shaped like a menu item or a label: a few words. */
        boolean label() {
            return words <= 6 && size <= 60 && !sentence;
        }
    }

    private static PageLayout build(Document doc, PhraseMatcher phrases, LanguageProfile profile) {
        List<LineInfo> all = LineInfo.of(doc);
        List<List<PhraseMatcher.Entry>> known = phrases.matches(doc);
        List<LineInfo> ls = new ArrayList<>();
        for (LineInfo l : all) {
            if (!l.blank()) {
                ls.add(l);
            }
        }
        int n = ls.size();
        Features[] f = new Features[n];
        Set<String> stop = profile == null ? Set.of() : profile.words();
        Map<String, Integer> counts = new HashMap<>();
        for (LineInfo l : ls) {
            if (l.text().length() <= 60) {
                counts.merge(l.text(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < n; i++) {
            Budget.check();
            LineInfo l = ls.get(i);
            f[i] = features(l, !known.get(l.index()).isEmpty(), counts.getOrDefault(l.text(), 1), stop);
        }
        unwrap(ls, f, stop);
        double ref = referenceDensity(f);
        boolean punctuates = punctuates(f);
        Shape[] shape = new Shape[n];
        int strongLines = 0;
        boolean prose = false;
        for (int i = 0; i < n; i++) {
            Budget.check();
            // after the first paragraph, "Read: <headline>" is a link to another article
            if (prose && f[i].evidence() == null && LABELLED_HEADLINE.matcher(ls.get(i).text()).matches()
                    && !f[i].sentence()) {
                f[i] = f[i].withEvidence("a label before another article's headline");
            }
            shape[i] = shape(f[i], ref, punctuates);
            strongLines += f[i].strong() ? 1 : 0;
            prose |= shape[i] == Shape.GOOD;
        }
        boolean[] main = mainText(f, shape);
        boolean[] bp = new boolean[n];
        String[] why = new String[n];
        // the runs of lines between prose: furniture when they hold evidence, a menu (labels in a
        // row) or repeated labels; a few plain lines between paragraphs (sub-headings, a quote, a
        // caption) are not
        boolean[] furniture = new boolean[n];
        int menus = 0;
        for (int a = 0; a < n; ) {
            if (shape[a] == Shape.GOOD) {
                a++;
                continue;
            }
            int b = a;
            int strong = 0;
            int repeated = 0;
            int row = 0;
            int menu = 0;
            int teaserRow = 0;
            int teasers = 0;
            while (b < n && shape[b] != Shape.GOOD) {
                strong += f[b].strong() ? 1 : 0;
                repeated += f[b].repeats() >= MIN_REPEATS && f[b].label() ? 1 : 0;
                boolean label = f[b].label() && shape[b] != Shape.NEAR && !f[b].numbered() && !f[b].quantity();
                if (!f[b].marker()) { // list numbers and counters neither make nor break a menu
                    row = label ? row + 1 : 0;
                    teaserRow = label || headlineShaped(f[b], shape[b]) ? teaserRow + 1 : 0;
                }
                menu = Math.max(menu, row);
                teasers = Math.max(teasers, teaserRow);
                b++;
            }
            menus += menu >= MIN_MENU ? 1 : 0;
            // at the top or the bottom of a document with prose, a run of labels and headlines is a
            // menu or a list of other articles
            boolean edge = (a == 0 || b == n) && b < n + (a == 0 ? 0 : 1) && hasProse(shape);
            boolean run = strong > 0 || menu >= MIN_MENU && (strongLines > 0 || menu >= 2 * MIN_MENU)
                    || repeated >= 2 && teasers >= 3 || teasers >= MIN_MENU && strongLines >= 2
                    || edge && menu >= MIN_EDGE_RUN && strongLines > 0;
            for (int i = a; i < b; i++) {
                furniture[i] = run;
            }
            a = b;
        }
        boolean page = strongLines >= 2 || menus > 0;

        int title = title(f, shape, furniture);
        for (int i = 0; i < n; i++) {
            Budget.check();
            if (!furniture[i]) {
                continue;
            }
            String where = where(main, i);
            switch (shape[i]) {
                case BAD -> {
                    bp[i] = true;
                    why[i] = f[i].evidence() + where;
                }
                case SHORT -> {
                    // without any paragraph of prose, a short line is furniture only in a menu
                    if (i != title && !headline(f, shape, i) && !f[i].code() && (prose || menus > 0)) {
                        bp[i] = true;
                        why[i] = describe(f[i], shape[i]) + ", among other page furniture" + where;
                    }
                }
                case NEAR -> {
                    if (i != title && context(f, shape, furniture, page, i, -1) && context(f, shape, furniture, page, i, 1)
                            && !headline(f, shape, i)) {
                        bp[i] = true;
                        why[i] = "teaser-shaped (prose between page furniture on both sides)" + where;
                    }
                }
                default -> {
                }
            }
        }
        // prose past the end of the main text with page furniture between: a bio, a newsletter
        // pitch, a cookie notice, the teasers of other articles
        int lastMain = -1;
        int mainSize = 0;
        for (int i = 0; i < n; i++) {
            Budget.check();
            lastMain = main[i] ? i : lastMain;
            mainSize += main[i] && shape[i] == Shape.GOOD ? f[i].size() : 0;
        }
        if (page && lastMain >= 0) {
            boolean past = false;
            for (int i = lastMain + 1; i < n; i++) {
                past |= bp[i] && furniture[i];
                if (past && !bp[i] && (shape[i] == Shape.GOOD || shape[i] == Shape.NEAR) && f[i].size() * 3 < mainSize) {
                    bp[i] = true;
                    why[i] = "prose after the end of the main text, past page furniture";
                }
            }
        }
        // prose alone between furniture on both sides, far from a main text much larger than it: a
        // teaser, a bio (where the main text is no larger, the paragraph may be all there is of it)
        for (int i = 0; i < n; i++) {
            Budget.check();
            if (shape[i] == Shape.GOOD && !main[i] && f[i].size() < ISOLATED_MAX && i > 0 && i < n - 1
                    && bp[i - 1] && bp[i + 1] && f[i].size() * 3 < mainSize) {
                bp[i] = true;
                why[i] = "a paragraph alone between page furniture" + where(main, i);
            }
        }
        // jusText's neighbour rule: a label between boilerplate on both sides is boilerplate
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 1; i < n - 1; i++) {
                if (!bp[i] && shape[i] == Shape.SHORT && bp[i - 1] && bp[i + 1] && i != title) {
                    bp[i] = true;
                    why[i] = "short, between boilerplate lines";
                    changed = true;
                }
            }
        }
        dom(doc, ls, f, shape, bp, why);
        if (n < MIN_LINES && doc.blocks().isEmpty()) {
            java.util.Arrays.fill(bp, false); // a line or two: no page around them to tell furniture from text
        }
        List<Judged> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Budget.check();
            String reason = why[i];
            if (bp[i]) {
                int a = i;
                while (a > 0 && bp[a - 1]) {
                    a--;
                }
                int b = i;
                while (b < n - 1 && bp[b + 1]) {
                    b++;
                }
                if (b > a) {
                    reason += " (a run of " + (b - a + 1) + " lines)";
                }
            }
            out.add(new Judged(ls.get(i), shape[i], f[i].evidence(), bp[i], reason));
        }
        return new PageLayout(List.copyOf(out));
    }

    /**
     * The article's title: among the plain lines of the furniture just before the first paragraph
     * (at most {@value #TITLE_REACH} lines up), the one with the most words (at least four), not
     * numbered and not seen twice. -1 when there is none.
     */
    private static int title(Features[] f, Shape[] shape, boolean[] furniture) {
        int first = -1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == Shape.GOOD) {
                first = i;
                break;
            }
        }
        int best = -1;
        for (int i = first - 1; i >= 0 && i >= first - TITLE_REACH; i--) {
            Features x = f[i];
            if (x.evidence() == null && x.repeats() == 1 && x.words() >= 4 && !x.numbered() && shape[i] != Shape.GOOD
                    && (best < 0 || x.words() > f[best].words())) {
                best = i;
            }
        }
        return best;
    }

    /**
     * HTML pages where the DOM shows the element of the main text: inside it only lines with
     * evidence of their own are boilerplate; outside it every line is.
     */
    private static void dom(Document doc, List<LineInfo> ls, Features[] f, Shape[] shape, boolean[] bp, String[] why) {
        List<Block> blocks = doc.blocks();
        if (blocks.isEmpty() || blocks.stream().noneMatch(Block::main)) {
            return;
        }
        int b = 0;
        for (int i = 0; i < ls.size(); i++) {
            LineInfo l = ls.get(i);
            while (b < blocks.size() && blocks.get(b).end() <= l.start()) {
                b++;
            }
            if (b >= blocks.size() || blocks.get(b).start() > l.start()) {
                continue;
            }
            if (!blocks.get(b).main() && !bp[i] && shape[i] != Shape.GOOD) {
                bp[i] = true;
                why[i] = "outside the element that holds the page's main text";
            }
        }
    }

    private static boolean hasProse(Shape[] shape) {
        for (Shape x : shape) {
            if (x == Shape.GOOD) {
                return true;
            }
        }
        return false;
    }

    /** Medium prose shaped like a headline: no sentence punctuation, headline length. */
    private static boolean headlineShaped(Features f, Shape s) {
        return s == Shape.NEAR && !f.sentence() && f.size() <= 120;
    }

    private static String where(boolean[] main, int i) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < main.length; k++) {
            if (main[k]) {
                last = k;
                first = first < 0 ? k : first;
            }
        }
        if (first < 0) {
            return "";
        }
        return i < first ? ", before the main text" : i > last ? ", after the main text" : ", inside the main text";
    }

    /**
     * What lies on that side of a line, looking past other medium prose: page furniture, or the
     * document's edge on a page that has furniture elsewhere.
     */
    private static boolean context(Features[] f, Shape[] shape, boolean[] furniture, boolean page, int i, int step) {
        for (int j = i + step; j >= 0 && j < shape.length; j += step) {
            if (shape[j] == Shape.NEAR && furniture[j] || f[j].marker()) {
                continue;
            }
            return furniture[j] && shape[j] != Shape.GOOD;
        }
        return page;
    }

    private static String describe(Features f, Shape s) {
        return switch (s) {
            case SHORT -> f.sentence() ? "short" : "short, no sentence punctuation";
            case NEAR, GOOD -> "prose apart from the main text";
            case BAD -> f.evidence();
        };
    }

    /** A heading-shaped line just before prose (at most one plain line between). */
    private static boolean headline(Features[] f, Shape[] shape, int i) {
        if (f[i].evidence() != null || f[i].repeats() > 1 || f[i].words() < 2) {
            return false;
        }
        for (int j = i + 1; j <= i + 2 && j < shape.length; j++) {
            if (shape[j] == Shape.GOOD) {
                return true;
            }
            if (shape[j] == Shape.BAD) {
                return false;
            }
        }
        return false;
    }

    /** The usual frequent-word density of the document's prose: the median over its long sentences. */
    private static double referenceDensity(Features[] f) {
        double[] d = Arrays.stream(f).filter(x -> x.words() >= 8 && x.sentence()).mapToDouble(Features::stop).toArray();
        if (d.length < 3) {
            return 0;
        }
        Arrays.sort(d);
        return d[d.length / 2];
    }

    /**
     * Whether the document ends its sentences with punctuation at all: most of its long lines do.
     * Where they do not (a language or a transcription without full stops), length alone tells
     * prose.
     */
    private static boolean punctuates(Features[] f) {
        int longLines = 0;
        int ended = 0;
        for (Features x : f) {
            if (x.evidence() == null && x.words() >= 12) {
                longLines++;
                ended += x.sentence() || x.sentences() >= 2 ? 1 : 0;
            }
        }
        return longLines < 3 || ended * 2 >= longLines;
    }

    private static Shape shape(Features f, double ref, boolean punctuates) {
        if (f.evidence() != null) {
            return Shape.BAD;
        }
        boolean stopOk = ref <= 0 || f.words() < 8 || f.stop() >= 0.5 * ref;
        boolean punct = f.sentence() || f.sentences() >= 2 || !punctuates && f.words() >= 8;
        if (f.size() >= GOOD_SIZE && punct && stopOk) {
            return Shape.GOOD;
        }
        if (f.size() >= NEAR_SIZE && punct || f.words() >= 10 && stopOk) {
            return Shape.NEAR;
        }
        return Shape.SHORT;
    }

    /** Marks the main text: the maximum-sum run of lines, and further runs of substantial prose. */
    private static boolean[] mainText(Features[] f, Shape[] shape) {
        int n = f.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            Budget.check();
            v[i] = switch (shape[i]) {
                case GOOD -> f[i].size();
                case NEAR -> f[i].size() / 3.0;
                case SHORT -> -Math.max(SHORT_COST, Math.min(f[i].size(), 60));
                case BAD -> -(Math.min(f[i].size(), 200) + BAD_COST);
            };
        }
        boolean[] main = new boolean[n];
        double best = mark(v, 0, n, main, 0);
        if (best > 0) {
            double min = Math.max(MIN_SECONDARY, SECONDARY_SHARE * best);
            secondary(v, 0, n, main, min);
        }
        return main;
    }

    /** Marks the maximum-sum segment of v[from, to) with a positive sum; returns its sum. */
    private static double mark(double[] v, int from, int to, boolean[] main, double min) {
        double best = 0;
        int bs = -1;
        int be = -1;
        double cur = 0;
        int cs = from;
        for (int i = from; i < to; i++) {
            if (cur <= 0) {
                cur = 0;
                cs = i;
            }
            cur += v[i];
            if (cur > best) {
                best = cur;
                bs = cs;
                be = i + 1;
            }
        }
        if (bs < 0 || best < min) {
            return 0;
        }
        for (int i = bs; i < be; i++) {
            main[i] = true;
        }
        return best;
    }

    /** Further runs of main text between the marked ones, each at least min. */
    private static void secondary(double[] v, int from, int to, boolean[] main, double min) {
        int i = from;
        while (i < to) {
            if (main[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < to && !main[j]) {
                j++;
            }
            boolean[] part = new boolean[main.length];
            if (mark(v, i, j, part, min) > 0) {
                for (int k = i; k < j; k++) {
                    main[k] |= part[k];
                }
                secondary(v, i, j, main, min);
            }
            i = j;
        }
    }

    /**
     * Hard-wrapped paragraphs (a text file, a {@code <pre>} block, an e-mail): lines that run on
     * into the next one (it starts in lower case, or the line has no sentence end) and end, at
     * most {@value #MAX_WRAP} lines later, with a sentence, are judged as the paragraph they make.
     */
    private static void unwrap(List<LineInfo> ls, Features[] f, Set<String> stop) {
        int n = f.length;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && j - i < MAX_WRAP && runsOn(ls.get(j), f[j], ls.get(j + 1), f[j + 1])) {
                j++;
            }
            if (j > i && f[j].sentence() && wrapped(f, ls, i, j)) {
                StringBuilder b = new StringBuilder();
                for (int k = i; k <= j; k++) {
                    b.append(k > i ? " " : "").append(ls.get(k).text());
                }
                LineInfo joined = new LineInfo(ls.get(i).index(), ls.get(i).start(), ls.get(j).end(), b.toString());
                Features para = features(joined, false, 1, stop);
                for (int k = i; k <= j; k++) {
                    f[k] = para;
                }
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    private static boolean runsOn(LineInfo a, Features fa, LineInfo b, Features fb) {
        if (fa.strong() || fb.strong()) {
            return false;
        }
        int cp = b.text().codePointAt(0);
        return Character.isLowerCase(cp) && !fa.sentence() || fa.size() >= 40 && fa.evidence() == null
                && fb.evidence() == null && (Character.isLowerCase(cp) || !fa.sentence() && fa.words() >= 6);
    }

    /**
     * Lines i..j look wrapped at a width: every line but the last nearly as long as the longest,
     * the last no longer; or each next line starts in lower case.
     */
    private static boolean wrapped(Features[] f, List<LineInfo> ls, int i, int j) {
        int lower = 0;
        int upper = 0;
        int width = 0;
        for (int k = i; k < j; k++) {
            width = Math.max(width, f[k].size());
            int cp = ls.get(k + 1).text().codePointAt(0);
            lower += Character.isLowerCase(cp) ? 1 : 0;
            upper += Character.isUpperCase(cp) || Character.isTitleCase(cp) ? 1 : 0;
        }
        if (upper == 0) {
            return lower > 0 || widths(f, i, j, width);
        }
        // in a cased script a wrapped line starts the next in lower case more often than not
        return lower >= upper && widths(f, i, j, width);
    }

    private static boolean widths(Features[] f, int i, int j, int width) {
        for (int k = i; k < j; k++) {
            if (f[k].size() < 0.7 * width) {
                return false;
            }
        }
        return f[j].size() <= width + 8;
    }

    /**
     * A line of program code (a tutorial's listing, a shell command): an assignment, a call or a
     * brace, with an identifier of letters joined by an underscore or a dot. Code is the article's,
     * not the page's.
     */
    static boolean code(String t) {
        boolean syntax = t.contains(" = ") || t.contains("()") || t.contains("(") && t.endsWith(")") && t.indexOf(' ') < 0
                || t.endsWith("{") || t.endsWith(";") || t.startsWith("$ ") || t.startsWith("#include");
        if (!syntax) {
            return false;
        }
        for (int i = 1; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '_' || c == '.') && Character.isLetterOrDigit(t.charAt(i - 1)) && Character.isLetter(t.charAt(i + 1))) {
                return true;
            }
        }
        return t.contains(" = ");
    }

    private static Features features(LineInfo l, boolean knownPhrase, int repeats, Set<String> stop) {
        String t = l.text();
        int chars = 0;
        int letters = 0;
        int digits = 0;
        int cjk = 0;
        int sentences = 0;
        int separators = 0;
        boolean link = false;
        boolean pipe = false;
        int words = 0;
        int stops = 0;
        int len = t.length();
        int i = 0;
        while (i < len) {
            int cp = t.codePointAt(i);
            int next = i + Character.charCount(cp);
            chars++;
            if (Scripts.isLetter(cp)) {
                letters++;
                if (cp >= 0x2E80) {
                    int s = Scripts.scriptOf(cp);
                    if (s == UScript.HAN || s == UScript.HIRAGANA || s == UScript.KATAKANA || s == UScript.YI) {
                        cjk++;
                    }
                }
            } else if (Character.isDigit(cp)) {
                digits++;
            } else if (cp == '|' && (next >= len || t.substring(next).isBlank()
                    || i > 0 && t.codePointBefore(i) >= 0x0900 && l.endsSentence())) {
                sentences++; // a danda typed as a vertical bar
            } else if (cp == '|' || cp == '•' || cp == '◦' || cp == '▪') {
                separators++;
                pipe |= cp == '|';
            } else if ((cp == '»' || cp == '›' || cp == '·' || cp == '>') && i > 0 && next < len && t.charAt(i - 1) == ' '
                    && t.charAt(next) == ' ' && t.indexOf('«') < 0 && t.indexOf('‹') < 0) {
                separators++;
            } else if (cp == '©' || cp == '@' && next < len && i > 0 && Scripts.isLetter(t.codePointAt(next))) {
                link = true;
            } else if (Scripts.isSentenceFinal(cp) && cp != ':' && cp != '·' && (next >= len
                    || Character.isWhitespace(t.codePointAt(next)) || cp == '。' || cp == '！' || cp == '？')) {
                sentences++;
            } else if (cp == '/' && i > 0 && next < len && t.charAt(i - 1) == ' ' && t.charAt(next) == ' ') {
                separators++;
            }
            i = next;
        }
        if (!link) {
            link = Folded.contains(t, "http://") || Folded.contains(t, "https://") || Folded.contains(t, "www.");
        }
        // words and the language's frequent words among them; in scripts written without spaces a
        // word is taken as three letters (Han: one and a half)
        // the Ethiopic word space separates words too: split there as at white space
        List<String> tokens = t.indexOf('\u1361') < 0 ? l.tokens()
                : org.noisegate.lang.LanguageIdentifier.words(t.replace('\u1361', ' '));
        words = tokens.size();
        if (!stop.isEmpty()) {
            for (String w : tokens) {
                stops += stop.contains(w) ? 1 : 0;
            }
        }
        if (letters > 12 * Math.max(1, words)) {
            words = Math.max(words, (letters + cjk) / 3); // long runs of letters: a script without spaces
        }
        int size = chars + 2 * cjk;
        boolean sentence = l.endsSentence();
        String evidence = null;
        boolean strong = true;
        if (knownPhrase) {
            evidence = "a known boilerplate phrase";
        } else if (link && size < 150) {
            evidence = "a link or address";
        } else if (separators >= 2 && !sentence && size < 200 || pipe && !sentence && size < 100) {
            evidence = "separators";
        } else if (size < 120 && CREDIT.matcher(t).matches()) {
            evidence = "a credit or caption label";
        } else {
            strong = false;
            if (letters == 0) {
                evidence = "no words";
            } else if (digits > letters && size < 40) {
                evidence = "mostly digits";
            } else if (repeats >= MIN_REPEATS && size <= 60) {
                evidence = "repeated " + repeats + " times";
            }
        }
        boolean numbered = len > 1 && Character.isDigit(t.charAt(0)) && (t.charAt(1) == '.' || t.charAt(1) == ')'
                || len > 2 && Character.isDigit(t.charAt(1)) && (t.charAt(2) == '.' || t.charAt(2) == ')'));
        boolean quantity = !numbered && len > 0 && Character.isDigit(t.codePointAt(0));
        return new Features(size, sentence, sentences, words == 0 ? 0 : stops / (double) words, words, repeats,
                evidence, strong, numbered, quantity, !sentence && code(t));
    }
}
