package org.noisegate.fuzz;

import java.util.regex.Pattern;
import org.noisegate.NoiseGate;
import org.noisegate.source.HtmlExtractor;

/** The auditor the fuzz tests share: built once per JVM, since loading the rule data takes a second. */
final class Engines {
    static final NoiseGate GATE = NoiseGate.builder().build();
    /** The extractor with a token pattern like the shipped one, for the extractor alone. */
    static final HtmlExtractor HTML = new HtmlExtractor(Pattern.compile("(?:share|social|comment|nav|ad|footer)"));

    private Engines() {
    }
}
