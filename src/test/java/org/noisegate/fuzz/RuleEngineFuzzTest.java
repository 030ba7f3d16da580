package org.noisegate.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.noisegate.report.FileResult;

/**
 * Coverage-guided fuzzing of the rule engine: every rule on arbitrary strings (lone surrogates
 * included), in a guessed or a fixed language. Invariants: {@link Invariants#audited} and
 * {@link Invariants#cleans}.
 */
class RuleEngineFuzzTest {
    private static final String[] LANGS = {null, "en", "bn", "ar", "hi", "ja", "zh", "th", "my", "ru", "fa", "ta", "und"};

    @FuzzTest(maxDuration = "30m")
    void audit(FuzzedDataProvider data) {
        String lang = LANGS[data.consumeInt(0, LANGS.length - 1)];
        String text = data.consumeRemainingAsString();
        FileResult r = Engines.GATE.audit("fuzz", text, lang);
        Invariants.audited(text, r);
        Invariants.cleans(r);
    }
}
