package org.noisegate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.noisegate.NoiseGate;
import picocli.CommandLine.Option;

/** Options shared by the commands that run rules. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rule data that extends the built-in rules/ (repeatable).")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--enable", split = ",", paramLabel = "ID",
            description = "Run only these rules: ids, categories (number) or prefixes (boilerplate.*).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", split = ",", paramLabel = "ID",
            description = "Do not run these rules (ids, categories or prefixes).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--lang", paramLabel = "CODE", converter = Messages.Language.class,
            description = "The language of every input (ISO 639 code, e.g. bn); by default guessed per file.")
    String lang;

    NoiseGate.Builder builder() {
        NoiseGate.Builder b = NoiseGate.builder().enable(enable).disable(disable).language(lang);
        ruleDirs.forEach(b::rules);
        return b;
    }
}
