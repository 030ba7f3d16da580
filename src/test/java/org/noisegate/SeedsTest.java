package org.noisegate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.rule.Severity;
import org.noisegate.text.Span;

/**
 * Pins the audit of the seed files to src/test/resources/seeds/expected.tsv and scores.tsv:
 * every "must" item is found with its category, nothing else carries a warning or error, and the
 * score bands hold.
 */
class SeedsTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final NoiseGate GATE = NoiseGate.builder().build();

    private record Item(String file, boolean must, String category, String pattern) {
    }

    @TestFactory
    Stream<DynamicTest> seeds() throws IOException {
        List<Item> items = new ArrayList<>();
        for (String[] f : tsv("/seeds/expected.tsv")) {
            items.add(new Item(f[0], f[1].equals("must"), f[2], f[3]));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] band : tsv("/seeds/scores.tsv")) {
            String file = band[0];
            tests.add(DynamicTest.dynamicTest(file, () -> check(file, Double.parseDouble(band[1]),
                    Double.parseDouble(band[2]), items.stream().filter(i -> i.file().equals(file)).toList())));
        }
        return tests.stream();
    }

    private static void check(String file, double min, double max, List<Item> items) throws IOException {
        FileResult r = GATE.audit(file, SEEDS.resolve(file));
        assertTrue(r.audited(), file + ": " + r.note());
        String text = new String(Files.readAllBytes(SEEDS.resolve(file)), StandardCharsets.UTF_8);
        List<Located> serious = r.findings().stream().filter(l -> l.finding().severity() != Severity.INFO).toList();
        List<Span> allowed = new ArrayList<>();
        for (Item item : items) {
            List<Span> spans = find(text, item.pattern());
            assertFalse(spans.isEmpty(), file + ": pattern not in the seed: " + item.pattern());
            allowed.addAll(spans);
            if (!item.must()) {
                continue;
            }
            for (Span s : spans) {
                boolean hit = serious.stream().anyMatch(l -> l.finding().category().key().equals(item.category())
                        && l.finding().span().overlaps(s));
                if (!hit) {
                    fail(file + ": missed " + item.category() + " '" + text.substring(s.start(), s.end()) + "'");
                }
            }
        }
        for (Located l : serious) {
            if (allowed.stream().noneMatch(s -> s.overlaps(l.finding().span()))) {
                fail(file + ": false alarm " + l.finding().ruleId() + " on '" + l.finding().text() + "' (line "
                        + l.line() + "): " + l.finding().message());
            }
        }
        assertTrue(r.score() >= min && r.score() < max, file + ": score " + r.score() + " outside [" + min + ", "
                + max + ")");
    }

    private static List<Span> find(String text, String pattern) {
        List<Span> out = new ArrayList<>();
        if (pattern.startsWith("re:")) {
            Matcher m = Pattern.compile(pattern.substring(3), Pattern.MULTILINE).matcher(text);
            while (m.find()) {
                out.add(new Span(m.start(), m.end()));
            }
        } else if (pattern.startsWith("line:")) {
            String want = pattern.substring(5);
            int start = 0;
            for (String line : text.split("\n", -1)) {
                int lead = line.length() - line.stripLeading().length();
                if (line.strip().equals(want)) {
                    out.add(new Span(start + lead, start + lead + want.length()));
                }
                start += line.length() + 1;
            }
        } else {
            for (int i = text.indexOf(pattern); i >= 0; i = text.indexOf(pattern, i + 1)) {
                out.add(new Span(i, i + pattern.length()));
            }
        }
        return out;
    }

    private static List<String[]> tsv(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SeedsTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        }
        return rows;
    }
}
