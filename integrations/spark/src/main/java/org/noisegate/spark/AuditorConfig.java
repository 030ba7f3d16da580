package org.noisegate.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.noisegate.NoiseGate;

/**
 * What an executor needs to build its auditor: the rule folders (shipped to the executors with
 * {@code SparkContext.addFile}, found again with {@link SparkFiles}), the rules enabled and
 * disabled, the language. Equal configurations share one auditor per executor JVM.
 *
 * @param ruleDirs the rule folders as the driver names them
 * @param shipped  for each rule folder, the name it was shipped under ({@code SparkFiles.get}),
 *                 or an empty string when it was not shipped (the path is then read as it is)
 * @param enable   rules to run only (ids, categories, prefixes); empty for all
 * @param disable  rules not to run
 * @param language the language of every text (ISO 639), or null to guess it per text
 */
record AuditorConfig(List<String> ruleDirs, List<String> shipped, List<String> enable, List<String> disable,
                     String language) implements Serializable {
    AuditorConfig {
        ruleDirs = List.copyOf(ruleDirs);
        shipped = List.copyOf(shipped);
        enable = List.copyOf(enable);
        disable = List.copyOf(disable);
        if (shipped.size() != ruleDirs.size()) {
            throw new IllegalArgumentException("one shipped name per rule folder");
        }
    }

    /** Builds the auditor (on an executor: from the shipped copies of the rule folders). */
    NoiseGate build() {
        NoiseGate.Builder b = NoiseGate.builder().enable(enable).disable(disable).language(language);
        for (int i = 0; i < ruleDirs.size(); i++) {
            b.rules(resolve(ruleDirs.get(i), shipped.get(i)));
        }
        return b.build();
    }

    private static Path resolve(String dir, String shippedName) {
        if (!shippedName.isEmpty()) {
            try {
                Path copy = Path.of(SparkFiles.get(shippedName));
                if (Files.isDirectory(copy)) {
                    return copy;
                }
            } catch (RuntimeException e) {
                // no SparkContext on this JVM (a unit test, or the driver before start): read the path itself
            }
        }
        return Path.of(dir);
    }
}
