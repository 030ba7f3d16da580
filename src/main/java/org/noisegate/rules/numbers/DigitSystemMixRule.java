package org.noisegate.rules.numbers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.noisegate.calibration.Calibrated;
import org.noisegate.calibration.Calibration;
import org.noisegate.calibration.Observations;
import org.noisegate.calibration.Quantiles;
import org.noisegate.calibration.Threshold;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/**
 * A document whose numbers use several digit systems. Professional Bengali, Marathi or Khmer
 * text mixes ASCII and native digits across sentences, so this is an info note; but Arabic-Indic
 * (٠١٢) and Extended Arabic-Indic (۰۱۲, Persian/Urdu) digits in one document are a real error:
 * each number of the minority system gets a warning.
 *
 * <p>Calibrated per language: where clean documents mix systems, the note needs a minority share
 * of the numbers above what they show.
 */
final class DigitSystemMixRule extends BaseRule implements Calibrated {
    static final Threshold MINORITY = new Threshold("number.digit-system-mix.minority-share", 0,
            "the mix is noted when at least this share of a document's numbers are not in its main system "
                    + "(the Arabic-Indic/Extended Arabic-Indic warning is not calibrated)", 0.5);
    private static final int ARABIC_INDIC = 0x0660;
    private static final int EXTENDED_ARABIC_INDIC = 0x06F0;
    private final Calibration calibration;

    DigitSystemMixRule(RuleData data) {
        super("number.digit-system-mix", Category.NUMBER, Severity.INFO,
                "The document uses several digit systems (info; Arabic-Indic with Extended Arabic-Indic: warning).");
        this.calibration = Calibration.of(data);
    }

    /** How many numbers use each digit system (by its zero), in order of first use. */
    private static Map<Integer, Integer> systems(List<NumberToken> numbers) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (NumberToken n : numbers) {
            if (n.zeros().size() == 1) {
                counts.merge(n.zeros().get(0), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The share of the numbers that are not in the most used system. */
    private static double minorityShare(Map<Integer, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return total == 0 ? 0 : 1.0 - (double) max / total;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        List<NumberToken> numbers = NumberToken.find(doc.text());
        Map<Integer, Integer> counts = systems(numbers);
        if (counts.size() < 2) {
            return;
        }
        boolean note = minorityShare(counts) >= calibration.get(doc.language(), MINORITY);
        int major = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        StringBuilder all = new StringBuilder();
        counts.forEach((z, c) -> all.append(all.length() == 0 ? "" : ", ").append(DigitSystems.name(z))
                .append(" ").append(c));
        boolean arabicClash = counts.containsKey(ARABIC_INDIC) && counts.containsKey(EXTENDED_ARABIC_INDIC);
        boolean noted = false;
        for (NumberToken n : numbers) {
            if (n.zeros().size() != 1 || n.zeros().get(0) == major) {
                continue;
            }
            int z = n.zeros().get(0);
            if (arabicClash && (z == ARABIC_INDIC || z == EXTENDED_ARABIC_INDIC)) {
                ctx.report(Severity.WARNING, n.start(), n.end(), "Arabic-Indic and Extended Arabic-Indic digits in one "
                        + "document (" + all + ")", DigitSystems.convert(n.text(), major));
            } else if (note && !noted) {
                ctx.report(Severity.INFO, n.start(), n.end(), "the document mixes digit systems (" + all + ")",
                        null);
                noted = true;
            }
        }
    }

    @Override
    public List<Threshold> thresholds() {
        return List.of(MINORITY);
    }

    @Override
    public List<String> statistics() {
        return List.of("minority-share");
    }

    /** One unit per document that mixes systems: the share of its numbers outside the main one. */
    @Override
    public void observe(Document doc, Observations out) {
        Map<Integer, Integer> counts = systems(NumberToken.find(doc.text()));
        if (counts.size() >= 2) {
            out.add(minorityShare(counts));
        }
    }

    @Override
    public boolean perDocument() {
        return true;
    }

    @Override
    public Map<String, Double> choose(List<double[]> observed, long allowed) {
        double[] shares = observed.stream().mapToDouble(u -> u[0]).toArray();
        return Map.of(MINORITY.key(), Quantiles.atLeast(shares, allowed, MINORITY.defaultValue(), 0.001));
    }
}
