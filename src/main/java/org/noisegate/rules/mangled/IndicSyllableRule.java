package org.noisegate.rules.mangled;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleData;
import org.noisegate.rule.RuleDataException;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;
import org.noisegate.text.Token;

/**
 * Ill-formed syllables in Brahmic scripts, by Unicode's Indic_Syllabic_Category: a vowel sign
 * after an independent vowel, after a virama or after another vowel sign (unless the two
 * compose in NFC, as two-part vowels do), a virama or nukta with no consonant before it, plus
 * the forbidden sequences listed per script in {@code rules/mangled/sequences.tsv} (such as a
 * doubled ya-phala ্য্য after a consonant other than র).
 */
final class IndicSyllableRule extends BaseRule {
    private static final int[] SCRIPTS = {UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI,
        UScript.GUJARATI, UScript.ORIYA, UScript.TAMIL, UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM,
        UScript.SINHALA};
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private record Sequence(int script, Pattern pattern, String message) {
    }

    private final List<Sequence> sequences = new ArrayList<>();
    private final List<Sequence> allowed = new ArrayList<>();

    IndicSyllableRule(RuleData data) {
        super("mangled.indic-syllable", Category.MANGLED, Severity.ERROR,
                "Ill-formed syllables in Brahmic scripts (Bengali, Devanagari and others).");
        for (RuleData.DataLine l : data.readAll("mangled", "sequences*.tsv")) {
            String[] f = l.fields(2);
            int script = UScript.getCodeFromName(f[0].strip());
            if (script == UScript.INVALID_CODE) {
                throw new RuleDataException(l.where() + ": unknown script " + f[0]);
            }
            try {
                Sequence seq = new Sequence(script, Pattern.compile(f[1].strip()), f.length > 2 ? f[2].strip() : "");
                if (l.section().equals("allowed")) {
                    allowed.add(seq);
                } else if (l.section().equals("forbidden")) {
                    sequences.add(seq);
                } else {
                    throw new RuleDataException(l.where() + ": expected section [forbidden] or [allowed]");
                }
            } catch (PatternSyntaxException e) {
                throw new RuleDataException(l.where() + ": bad pattern: " + e.getDescription());
            }
        }
    }

    private static boolean brahmic(int script) {
        for (int s : SCRIPTS) {
            if (s == script) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (Token tok : doc.tokens()) {
            if (!brahmic(tok.script())) {
                continue;
            }
            String nfc = NFC.normalize(tok.text());
            String problem = grammar(nfc, allowedMask(nfc, tok.script()));
            if (problem == null) {
                for (Sequence s : sequences) {
                    if (s.script() == tok.script()) {
                        Matcher m = s.pattern().matcher(nfc);
                        if (m.find()) {
                            problem = s.message();
                            break;
                        }
                    }
                }
            }
            if (problem != null) {
                ctx.report(tok.start(), tok.end(), "ill-formed syllable in '" + tok.text() + "': " + problem,
                        "retype the word in standard spelling");
            }
        }
    }

    /** Which UTF-16 positions of the word lie inside an allowed sequence. */
    private boolean[] allowedMask(String word, int script) {
        boolean[] mask = new boolean[word.length() + 1];
        for (Sequence s : allowed) {
            if (s.script() == script) {
                Matcher m = s.pattern().matcher(word);
                while (m.find()) {
                    for (int i = m.start(); i < m.end(); i++) {
                        mask[i] = true;
                    }
                }
            }
        }
        return mask;
    }

    /** The first grammar violation in a word outside the allowed positions, or null. */
    static String grammar(String word, boolean[] allowed) {
        int prev = -1;
        int prevCat = UCharacter.IndicSyllabicCategory.OTHER;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int cat = UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY);
            if (prev >= 0 && !allowed[i]) {
                String p = violation(prev, prevCat, cp, cat);
                if (p != null) {
                    return p;
                }
            }
            prev = cp;
            prevCat = cat;
            i += Character.charCount(cp);
        }
        return null;
    }

    private static boolean consonantLike(int cat) {
        switch (cat) {
            case UCharacter.IndicSyllabicCategory.CONSONANT:
            case UCharacter.IndicSyllabicCategory.CONSONANT_DEAD:
            case UCharacter.IndicSyllabicCategory.CONSONANT_MEDIAL:
            case UCharacter.IndicSyllabicCategory.CONSONANT_SUBJOINED:
            case UCharacter.IndicSyllabicCategory.CONSONANT_FINAL:
            case UCharacter.IndicSyllabicCategory.CONSONANT_HEAD_LETTER:
            case UCharacter.IndicSyllabicCategory.CONSONANT_PLACEHOLDER:
            case UCharacter.IndicSyllabicCategory.CONSONANT_WITH_STACKER:
            case UCharacter.IndicSyllabicCategory.CONSONANT_PRECEDING_REPHA:
            case UCharacter.IndicSyllabicCategory.CONSONANT_SUCCEEDING_REPHA:
            case UCharacter.IndicSyllabicCategory.NUKTA:
                return true;
            default:
                return false;
        }
    }

    private static String violation(int prev, int prevCat, int cp, int cat) {
        final int vowelSign = UCharacter.IndicSyllabicCategory.VOWEL_DEPENDENT;
        final int independent = UCharacter.IndicSyllabicCategory.VOWEL_INDEPENDENT;
        final int virama = UCharacter.IndicSyllabicCategory.VIRAMA;
        final int nukta = UCharacter.IndicSyllabicCategory.NUKTA;
        if (cat == vowelSign) {
            if (prevCat == independent) {
                return "vowel sign after an independent vowel";
            }
            if (prevCat == virama) {
                return "vowel sign after a virama";
            }
            if (prevCat == vowelSign && NFC.composePair(prev, cp) < 0) {
                return "two vowel signs in a row";
            }
        } else if (cat == virama) {
            if (prevCat == virama) {
                return "doubled virama";
            }
            if (prevCat == vowelSign || prevCat == independent) {
                return "virama after a vowel";
            }
        } else if (cat == nukta) {
            if (!consonantLike(prevCat) || prevCat == nukta) {
                return "nukta not after a consonant";
            }
        }
        return null;
    }
}
