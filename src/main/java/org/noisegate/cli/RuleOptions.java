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

    @Option(names = "--time-budget", paramLabel = "TIME",
            description = "How long one rule may take on one document, e.g. 500ms, 30s, 2m; 0 for no limit "
                    + "(default: 60s). A rule over it is stopped and reported as failed for that document, "
                    + "which is scored on the other rules.")
    String timeBudget;

    NoiseGate.Builder builder() {
        NoiseGate.Builder b = NoiseGate.builder().enable(enable).disable(disable).language(lang);
        budget(b);
        ruleDirs.forEach(b::rules);
        return b;
    }

    /** Applies --time-budget, when given, to the builder. */
    NoiseGate.Builder budget(NoiseGate.Builder b) {
        return timeBudget == null ? b : b.timeBudget(duration(timeBudget));
    }

    /** 500ms, 30s, 2m, 1h or a plain number of seconds. */
    static java.time.Duration duration(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?")
                .matcher(s.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("--time-budget takes a time such as 500ms, 30s or 2m (0 for no limit), "
                    + "not '" + s + "'");
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double ms = v * switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1000;
        };
        return java.time.Duration.ofMillis(Math.round(ms));
    }
}
