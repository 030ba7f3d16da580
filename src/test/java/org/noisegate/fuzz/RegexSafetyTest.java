package org.noisegate.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.noisegate.NoiseGate;
import org.noisegate.rule.RegexSafety;
import org.noisegate.rule.RuleDataException;

/** The load-time check that no regular expression in rules/ can backtrack catastrophically. */
class RegexSafetyTest {
    @ParameterizedTest
    @ValueSource(strings = {"share|sharing|sharer", "comments?", "(?<![রৰ])্য্য", "[अआ]\\u200D?[ॅॉ]", "ऍ|ऑ",
        "\\d{4}-\\d{2}-\\d{2}", "(?:ab)+", "(?:a|b)+", "(a++)+", "(?>a+)+", "\\p{L}+ \\p{L}+", "x(?:, y)*",
        "(?i)(?:share|social)", "[^/()]{0,40}/", "(?:\\d{1,3},)+\\d{3}", "a{2,5}b"})
    void safePatternsPass(String regex) {
        Pattern.compile(regex);
        assertNull(RegexSafety.problem(regex), regex);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(a+)+", "(a*)*", "(?:\\s*x)*", "(a|a)*", "(a|ab)*", "(\\w|\\d)+", "(.{0,50})+",
        "(?i)(A|a)+", "([a-z]+)*", "(x+x+)+y", "(\\p{L}|\\p{Lu})+", "(?:a|)*", "^(\\w+\\s?)*$", "(?:[ab]|b)+c"})
    void unsafePatternsAreRefused(String regex) {
        Pattern.compile(regex);
        assertNotNull(RegexSafety.problem(regex), regex);
    }

    @Test
    void aRulesFolderWithAnUnsafePatternFailsToLoadNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("boilerplate/dom-tokens-mine.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "# my tokens\nsidebar2\n(ad|ads|adv)+\n", StandardCharsets.UTF_8);
        RuleDataException e = assertThrows(RuleDataException.class, () -> NoiseGate.builder().rules(dir).build());
        assertTrue(e.getMessage().contains(f + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("can take exponential time"), e.getMessage());
        Path g = dir.resolve("mangled/sequences.tsv");
        Files.delete(f);
        Files.createDirectories(g.getParent());
        Files.writeString(g, "[forbidden]\nBeng\t(?:ক্+)+\tdoubled virama\n", StandardCharsets.UTF_8);
        e = assertThrows(RuleDataException.class, () -> NoiseGate.builder().rules(dir).build());
        assertTrue(e.getMessage().contains(g + ":2:"), e.getMessage());
    }

    @Test
    void everyShippedPatternPasses() {
        assertNotNull(Engines.GATE, "the built-in rules/ loaded, so every pattern in it passed the check");
    }
}
