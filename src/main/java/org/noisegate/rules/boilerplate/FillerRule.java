package org.noisegate.rules.boilerplate;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.noisegate.calibration.Calibrated;
import org.noisegate.calibration.Calibration;
import org.noisegate.calibration.Observations;
import org.noisegate.calibration.Quantiles;
import org.noisegate.calibration.Threshold;
import org.noisegate.lang.LanguageIdentifier;
import org.noisegate.lang.LanguageProfile;
import org.noisegate.lang.Trigrams;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Folded;
import org.noisegate.text.Scripts;

/**
 * Placeholder text, found by what it is rather than by its words (see {@link FillerSignals} for
 * the measurements):
 * <ul>
 *   <li>"lorem ipsum" itself, and lines made mostly of the classic filler vocabulary
 *   ({@code rules/boilerplate/filler-latin.txt});</li>
 *   <li>a Latin paragraph in a document of another language (the letter trigrams of the line
 *   look most like Latin), and pseudo-Latin without Latin's function words in a Latin document;</li>
 *   <li>the customary filler texts of other languages ({@code rules/boilerplate/filler/<lang>.txt}):
 *   a line made of their words;</li>
 *   <li>nonsense: a long line whose letter sequences fit no language's trigram profile and which
 *   holds no language's frequent words;</li>
 *   <li>shuffled words: sentences that start in lower case and hold no capital letter at all, in a
 *   script with case; and long paragraphs with far fewer function words than the language's clean
 *   prose ever has (calibrated per language);</li>
 *   <li>random characters: Han characters outside the common tiers of the national standards, and
 *   Japanese without particles or with small kana where none can stand.</li>
 * </ul>
 *
 * <p>Calibrated per language: where clean prose shares much of the lorem vocabulary (Romance
 * languages) a filler line must also lack the language's frequent words; and the function-word
 * floor of long paragraphs is the density clean prose of the language stays above.
 */
final class FillerRule extends BaseRule implements Calibrated {
    /** Filler lines are flagged from this share of filler words on. */
    static final Threshold SHARE = new Threshold("boilerplate.filler.filler-share", 0.6,
            "a line is filler when at least this share of its words are lorem-ipsum vocabulary", 1.0);
    /** ... and when at most this share of its words are frequent words of the document's language. */
    static final Threshold STOP_WORDS = new Threshold("boilerplate.filler.stop-word-density", 1.0,
            "... and at most this share are frequent words of the document's language (1 = no limit)");
    /** A long paragraph with fewer of the language's frequent words than this is word salad. */
    static final Threshold MIN_DENSITY = new Threshold("boilerplate.filler.min-stop-density", 0.0,
            "a paragraph of 20+ words and 2+ sentences with a smaller share of the language's frequent words is "
                    + "word salad (0 = not measured for the language)");
    /** Below this, stop words do not tell filler from prose: raise the filler share instead. */
    private static final double MIN_USEFUL_STOP_LIMIT = 0.05;
    private static final double STEP = 0.001;
    private static final int MIN_WORDS = 6;

    private static final com.ibm.icu.text.Normalizer2 NFC = com.ibm.icu.text.Normalizer2.getNFCInstance();
    private final Set<String> vocabulary = new HashSet<>();
    private final FillerSignals signals;
    private final Calibration calibration;
    private final LanguageIdentifier languages;

    FillerRule(RuleData data) {
        super("boilerplate.filler", Category.BOILERPLATE, Severity.ERROR,
                "Placeholder text: lorem ipsum, pseudo-Latin, other languages' filler texts, nonsense syllables, "
                        + "shuffled words and random characters.");
        for (RuleData.DataLine l : data.readAll("boilerplate", "filler-*.txt")) {
            vocabulary.add(l.text().strip().toLowerCase(Locale.ROOT));
        }
        this.calibration = Calibration.of(data);
        this.languages = LanguageIdentifier.of(data);
        this.signals = new FillerSignals(Trigrams.of(data), languages, NationalFillers.of(data));
    }

    /** A line's word counts: all words, lorem words, frequent words of the language. */
    record Counts(int words, int filler, int stop, boolean literal, List<String> tokens) {
        double fillerShare() {
            return words == 0 ? 0 : (double) filler / words;
        }

        double stopShare() {
            return words == 0 ? 0 : (double) stop / words;
        }
    }

    /**
     * The counts of a non-blank line (lorem words only in mostly-ASCII lines), with the ASCII share
     * and the NFD test its shape took in its one pass over the characters.
     */
    private Counts count(LineInfo line, LanguageProfile profile, FillerSignals.Shape shape) {
        boolean ascii = shape.mostlyAscii();
        int words = 0;
        int filler = 0;
        int stop = 0;
        String text = line.text();
        List<String> tokens;
        if (shape.combiningAfterLatin()) {
            // profiles are in NFC; decomposed Latin text would miss every accented word
            tokens = LanguageIdentifier.words(NFC.normalize(text));
        } else {
            tokens = line.tokens();
        }
        for (String w : tokens) {
            words++;
            if (ascii && vocabulary.contains(w)) {
                filler++;
            }
            if (profile != null && profile.words().contains(w)) {
                stop++;
            }
        }
        return new Counts(words, filler, stop, ascii && Folded.contains(line.text(), "lorem ipsum"), tokens);
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        List<LineInfo> lines = LineInfo.of(doc);
        String[] why = verdicts(doc);
        for (int i = 0; i < why.length; i++) {
            if (why[i] != null) {
                ctx.report(lines.get(i).start(), lines.get(i).end(), why[i], "remove the placeholder");
            }
        }
    }

    /** Per line (by index), why it is filler, or null; computed once per document. */
    String[] verdicts(Document doc) {
        return doc.derived(this, this::judgeLines);
    }

    private String[] judgeLines(Document doc) {
        double minShare = calibration.get(doc.language(), SHARE);
        double maxStop = calibration.get(doc.language(), STOP_WORDS);
        double minDensity = calibration.get(doc.language(), MIN_DENSITY);
        LanguageProfile profile = languages.profile(doc.language());
        List<LineInfo> lines = LineInfo.of(doc);
        FillerSignals.Shape[] shapes = new FillerSignals.Shape[lines.size()];
        for (LineInfo line : lines) {
            if (!line.blank()) {
                shapes[line.index()] = FillerSignals.Shape.of(line.text());
            }
        }
        boolean lowerCaseDocument = FillerSignals.lowerCaseDocument(lines, shapes);
        List<Counts> counts = new ArrayList<>();
        for (LineInfo line : lines) {
            counts.add(line.blank() ? null : count(line, profile, shapes[line.index()]));
        }
        if (minDensity > 0 && !usualDensity(counts, minDensity)) {
            minDensity = 0; // the document's prose itself has fewer function words: another orthography or language
        }
        String[] out = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            LineInfo line = lines.get(i);
            Counts c = counts.get(i);
            if (c == null) {
                continue;
            }
            String why;
            if (c.literal()) {
                why = "lorem ipsum placeholder text";
            } else if (c.words() >= MIN_WORDS && c.fillerShare() >= minShare
                    && c.stopShare() <= maxStop) {
                why = "pseudo-Latin filler text (" + c.filler() + " of " + c.words() + " words are lorem-ipsum vocabulary)";
            } else {
                why = signals.judge(line.text(), shapes[i], doc.language(), profile, c, minDensity, lowerCaseDocument);
            }
            out[i] = why;
        }
        return out;
    }

    /** Whether the document's long lines (when it has three or more) have the language's usual density. */
    private static boolean usualDensity(List<Counts> counts, double minDensity) {
        double[] d = counts.stream().filter(c -> c != null && c.words() >= 12).mapToDouble(Counts::stopShare).sorted()
                .toArray();
        return d.length < 3 || d[d.length / 2] >= minDensity;
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(SHARE, STOP_WORDS, MIN_DENSITY);
    }

    @Override
    public List<String> statistics() {
        return List.of("filler-share", "stop-word-density", "paragraph-stop-density");
    }

    @Override
    public void observe(Document doc, Observations out) {
        LanguageProfile profile = languages.profile(doc.language());
        List<Counts> window = new ArrayList<>();
        for (LineInfo line : LineInfo.of(doc)) {
            org.noisegate.rule.Budget.check();
            if (line.blank()) {
                continue;
            }
            FillerSignals.Shape shape = FillerSignals.Shape.of(line.text());
            Counts c = count(line, profile, shape);
            if (c.words() < MIN_WORDS) {
                continue;
            }
            boolean ascii = shape.mostlyAscii();
            out.add(ascii ? c.fillerShare() : Double.NaN, ascii ? c.stopShare() : Double.NaN, Double.NaN);
            if (profile == null) {
                continue;
            }
            // paragraphs of clean prose: runs of consecutive lines of at least 20 words and 2 sentences
            window.add(c);
            int words = window.stream().mapToInt(Counts::words).sum();
            while (window.size() > 2 && words - window.get(0).words() >= FillerSignals.DENSITY_WORDS) {
                words -= window.remove(0).words();
            }
            if (window.size() >= 2 && words >= FillerSignals.DENSITY_WORDS) {
                int stop = window.stream().mapToInt(Counts::stop).sum();
                out.add(Double.NaN, Double.NaN, stop / (double) words);
            }
        }
    }

    @Override
    public Map<String, Double> choose(List<double[]> observed, long allowed) {
        List<double[]> ascii = new ArrayList<>();
        for (double[] u : observed) {
            if (!Double.isNaN(u[0])) {
                ascii.add(u);
            }
        }
        double[] candidates = ascii.stream().filter(u -> u[0] >= SHARE.defaultValue()).mapToDouble(u -> u[1]).toArray();
        double stop = Quantiles.atMost(candidates, allowed, STOP_WORDS.defaultValue(), STEP);
        double share = SHARE.defaultValue();
        if (stop < MIN_USEFUL_STOP_LIMIT) {
            double[] shares = ascii.stream().mapToDouble(u -> u[0]).toArray();
            share = Quantiles.atLeast(shares, allowed, SHARE.defaultValue(), STEP);
            stop = STOP_WORDS.defaultValue();
        }
        double[] density = observed.stream().filter(u -> u.length > 2 && !Double.isNaN(u[2])).mapToDouble(u -> u[2])
                .toArray();
        return Map.of(SHARE.key(), share, STOP_WORDS.key(), stop, MIN_DENSITY.key(), floor(density, allowed));
    }

    /**
     * The function-word floor: just below the lowest densities clean lines of the language reach,
     * keeping at most {@code allowed} of them under it; 0 when the sample is too small to tell.
     */
    static double floor(double[] density, long allowed) {
        if (density.length < FillerSignals.MIN_DENSITY_SAMPLE) {
            return 0.0;
        }
        double[] sorted = density.clone();
        java.util.Arrays.sort(sorted);
        double kth = sorted[(int) Math.min(sorted.length - 1, allowed)];
        return Math.max(0.0, Math.floor(kth / STEP + 1e-9) / Math.rint(1 / STEP));
    }

    static boolean cased(int script) {
        return script == UScript.LATIN || script == UScript.CYRILLIC || script == UScript.GREEK
                || script == UScript.ARMENIAN || Scripts.code(script).equals("Cher");
    }
}
