package org.noisegate.rules.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.noisegate.calibration.Calibrated;
import org.noisegate.calibration.Calibration;
import org.noisegate.calibration.Observations;
import org.noisegate.calibration.Quantiles;
import org.noisegate.calibration.Threshold;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * Language-independent widget residue: counters ("0", "12K"), ASCII slugs ("be_endim",
 * "dikkatimi_ekti"), lower-case labels ("featured"), and short label lines that sit between
 * other boilerplate (the neighbour rule of jusText: a short line whose neighbours on both sides
 * are boilerplate is boilerplate). Real sub-headings sit between paragraphs of prose and are not
 * touched.
 *
 * <p>Calibrated per language: where clean text has many short lines without sentence punctuation
 * (Thai writes none), only shorter lines count as labels.
 */
final class WidgetRule extends BaseRule implements Calibrated {
    static final Threshold SHORT_CHARS = new Threshold("boilerplate.widget.short-line-chars", 60,
            "a line of at most 6 words without sentence punctuation is a label when at most this many characters long",
            1);
    private static final Pattern COUNTER = Pattern.compile("[(\\[]?\\d{1,6}(?:[.,]\\d)?[KkMm]?[)\\]]?");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[_-][a-z0-9]+)*_[a-z0-9]+|[a-z0-9]+(?:-[a-z0-9]+){2,}");

    private enum Kind { PROSE, SHORT, LABEL, COUNTER, SLUG, KNOWN }

    private final PhraseMatcher matcher;
    private final Calibration calibration;
    private final LanguageIdentifier languages;

    WidgetRule(PhraseMatcher matcher, RuleData data) {
        super("boilerplate.widget", Category.BOILERPLATE, Severity.WARNING,
                "Counters, slugs and short labels among other boilerplate (reaction and share widgets, menus).");
        this.matcher = matcher;
        this.calibration = Calibration.of(data);
        this.languages = LanguageIdentifier.of(data);
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        boolean[] flags = flags(doc);
        for (LineInfo l : LineInfo.of(doc)) {
            org.noisegate.rule.Budget.check();
            if (flags[l.index()]) {
                ctx.report(l.start(), l.end(), describe(classify(l, false, Double.MAX_VALUE, true)), "remove the line");
            }
        }
    }

    /** The lines (by index) this rule reports: slugs, and counters and labels beside other boilerplate. */
    boolean[] flags(Document doc) {
        return doc.derived(this, this::compute);
    }

    private boolean[] compute(Document doc) {
        List<LineInfo> all = LineInfo.of(doc);
        List<LineInfo> lines = new ArrayList<>();
        for (LineInfo l : all) {
            if (!l.blank()) {
                lines.add(l);
            }
        }
        int n = lines.size();
        Kind[] kind = new Kind[n];
        List<List<PhraseMatcher.Entry>> phrases = matcher.matches(doc);
        double maxChars = calibration.get(doc.language(), SHORT_CHARS);
        LanguageProfile profile = languages.profile(doc.language());
        boolean cased = profile == null || !profile.has("unicameral");
        for (int i = 0; i < n; i++) {
            kind[i] = classify(lines.get(i), !phrases.get(lines.get(i).index()).isEmpty(), maxChars, cased);
        }
        boolean[] out = new boolean[all.size()];
        for (int i = 0; i < n; i++) {
            boolean neighbourJunk = junk(kind, i - 1) || junk(kind, i + 1);
            boolean bad = switch (kind[i]) {
                case SLUG -> true;
                case COUNTER, LABEL -> neighbourJunk;
                default -> false;
            };
            out[lines.get(i).index()] = bad;
        }
        return out;
    }

    private static boolean junk(Kind[] kind, int i) {
        return i >= 0 && i < kind.length && kind[i] != Kind.PROSE && kind[i] != Kind.SHORT;
    }

    private static String describe(Kind k) {
        return switch (k) {
            case COUNTER -> "widget counter";
            case SLUG -> "widget slug (an ASCII identifier left by the page template)";
            case LABEL -> "lower-case widget label";
            default -> "label among boilerplate lines";
        };
    }

    private static Kind classify(LineInfo l, boolean knownPhrase, double maxChars, boolean cased) {
        String t = l.text();
        if (COUNTER.matcher(t).matches()) {
            return Kind.COUNTER;
        }
        if (SLUG.matcher(t).matches()) {
            return Kind.SLUG;
        }
        if (knownPhrase) {
            return Kind.KNOWN;
        }
        if (!l.shortLabel(maxChars)) {
            return Kind.PROSE;
        }
        int cp = t.codePointAt(0);
        if (cased && l.words() <= 2 && Character.isLowerCase(cp)) {
            return Kind.LABEL;
        }
        return Kind.SHORT;
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(SHORT_CHARS);
    }

    @Override
    public List<String> statistics() {
        return List.of("short-line-chars");
    }

    @Override
    public void observe(Document doc, Observations out) {
        for (LineInfo l : LineInfo.of(doc)) {
            if (l.labelShaped()) {
                out.add(l.chars());
            }
        }
    }

    @Override
    public Map<String, Double> choose(List<double[]> observed, long allowed) {
        double[] chars = observed.stream().mapToDouble(u -> u[0]).toArray();
        return Map.of(SHORT_CHARS.key(), Quantiles.atMost(chars, allowed, SHORT_CHARS.defaultValue(), 1));
    }
}
