package org.noisegate.rules.boilerplate;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
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
 */
final class FillerRule extends BaseRule {
    /** Share of a line's words that must be filler words, and how many words at least. */
    private static final double MIN_SHARE = 0.6;
    private static final int MIN_WORDS = 6;
    private final Set<String> vocabulary = new HashSet<>();

    FillerRule(RuleData data) {
        super("boilerplate.filler", Category.BOILERPLATE, Severity.ERROR,
                "Lorem-ipsum and other pseudo-Latin placeholder text, even without the words 'lorem ipsum'.");
        for (RuleData.DataLine l : data.readAll("boilerplate", "filler-*.txt")) {
            vocabulary.add(l.text().strip().toLowerCase(Locale.ROOT));
        }
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

    @Override
    public void check(Document doc, RuleContext ctx) {
        if (doc.language().equals("la")) {
            return;
        }
        for (LineInfo line : LineInfo.of(doc)) {
            if (line.blank()) {
                continue;
            }
            if (!mostlyAscii(line.text())) {
                continue; // filler is Latin: skip other scripts without splitting words
            }
            String lower = line.text().toLowerCase(Locale.ROOT);
            int words = 0;
            int filler = 0;
            for (String w : lower.split("[^\\p{L}]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                words++;
                if (vocabulary.contains(w)) {
                    filler++;
                }
            }
            boolean literal = lower.contains("lorem ipsum");
            if (literal || words >= MIN_WORDS && filler >= MIN_SHARE * words) {
                ctx.report(line.start(), line.end(), literal ? "lorem ipsum placeholder text"
                        : "pseudo-Latin filler text (" + filler + " of " + words + " words are lorem-ipsum vocabulary)",
                        "remove the placeholder");
            }
        }
    }
}
