package org.noisegate.rules.boilerplate;

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
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * Placeholder text: "lorem ipsum" itself, and pseudo-Latin filler that never says it
 * ("Pellentesque mauris nisi, ornare quis…"), found by the density of the classic filler
 * vocabulary ({@code rules/boilerplate/filler-latin.txt}) in a line. Latin documents are left
 * alone.
 *
 * <p>Calibrated per language: where clean prose shares much of the filler vocabulary (Romance
 * languages), a filler line must also lack the language's own frequent words (its stop-word
 * density at most a calibrated value), and failing that the filler share rises.
 */
final class FillerRule extends BaseRule implements Calibrated {
    /** Filler lines are flagged from this share of filler words on. */
    static final Threshold SHARE = new Threshold("boilerplate.filler.filler-share", 0.6,
            "a line is filler when at least this share of its words are lorem-ipsum vocabulary");
    /** ... and when at most this share of its words are frequent words of the document's language. */
    static final Threshold STOP_WORDS = new Threshold("boilerplate.filler.stop-word-density", 1.0,
            "... and at most this share are frequent words of the document's language (1 = no limit)");
    /** Below this, stop words do not tell filler from prose: raise the filler share instead. */
    private static final double MIN_USEFUL_STOP_LIMIT = 0.05;
    private static final double STEP = 0.001;
    private static final int MIN_WORDS = 6;
    private final Set<String> vocabulary = new HashSet<>();
    private final Calibration calibration;
    private final LanguageIdentifier languages;

    FillerRule(RuleData data) {
        super("boilerplate.filler", Category.BOILERPLATE, Severity.ERROR,
                "Lorem-ipsum and other pseudo-Latin placeholder text, even without the words 'lorem ipsum'.");
        for (RuleData.DataLine l : data.readAll("boilerplate", "filler-*.txt")) {
            vocabulary.add(l.text().strip().toLowerCase(Locale.ROOT));
        }
        this.calibration = Calibration.of(data);
        this.languages = LanguageIdentifier.of(data);
    }

    private static boolean mostlyAscii(String t) {
        int ascii = 0;
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x80) {
                    ascii++;
                }
            }
        }
        return letters > 0 && ascii * 10 >= letters * 8;
    }

    /** A line's word counts: all words, filler words, frequent words of the language. */
    private record Counts(int words, int filler, int stop, boolean literal) {
        double fillerShare() {
            return words == 0 ? 0 : (double) filler / words;
        }

        double stopShare() {
            return words == 0 ? 0 : (double) stop / words;
        }
    }

    /** The counts of a line the rule judges, or null for lines it leaves alone. */
    private Counts count(LineInfo line, LanguageProfile profile) {
        if (line.blank() || !mostlyAscii(line.text())) {
            return null; // filler is Latin: skip other scripts without splitting words
        }
        String lower = line.text().toLowerCase(Locale.ROOT);
        int words = 0;
        int filler = 0;
        int stop = 0;
        for (String w : lower.split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (vocabulary.contains(w)) {
                filler++;
            }
            if (profile != null && profile.words().contains(w)) {
                stop++;
            }
        }
        return new Counts(words, filler, stop, lower.contains("lorem ipsum"));
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        if (doc.language().equals("la")) {
            return;
        }
        double minShare = calibration.get(doc.language(), SHARE);
        double maxStop = calibration.get(doc.language(), STOP_WORDS);
        LanguageProfile profile = languages.profile(doc.language());
        for (LineInfo line : LineInfo.of(doc)) {
            Counts c = count(line, profile);
            if (c == null) {
                continue;
            }
            boolean pseudo = c.words() >= MIN_WORDS && c.fillerShare() >= minShare && c.stopShare() <= maxStop;
            if (c.literal() || pseudo) {
                ctx.report(line.start(), line.end(), c.literal() ? "lorem ipsum placeholder text"
                        : "pseudo-Latin filler text (" + c.filler() + " of " + c.words() + " words are lorem-ipsum vocabulary)",
                        "remove the placeholder");
            }
        }
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(SHARE, STOP_WORDS);
    }

    @Override
    public List<String> statistics() {
        return List.of("filler-share", "stop-word-density");
    }

    @Override
    public void observe(Document doc, Observations out) {
        LanguageProfile profile = languages.profile(doc.language());
        for (LineInfo line : LineInfo.of(doc)) {
            Counts c = count(line, profile);
            if (c != null && c.words() >= MIN_WORDS) {
                out.add(c.fillerShare(), c.stopShare());
            }
        }
    }

    @Override
    public Map<String, Double> choose(List<double[]> observed, long allowed) {
        double[] candidates = observed.stream().filter(u -> u[0] >= SHARE.defaultValue()).mapToDouble(u -> u[1]).toArray();
        double stop = Quantiles.atMost(candidates, allowed, STOP_WORDS.defaultValue(), STEP);
        if (stop >= MIN_USEFUL_STOP_LIMIT) {
            return Map.of(SHARE.key(), SHARE.defaultValue(), STOP_WORDS.key(), stop);
        }
        double[] shares = observed.stream().mapToDouble(u -> u[0]).toArray();
        return Map.of(SHARE.key(), Quantiles.atLeast(shares, allowed, SHARE.defaultValue(), STEP),
                STOP_WORDS.key(), STOP_WORDS.defaultValue());
    }
}
