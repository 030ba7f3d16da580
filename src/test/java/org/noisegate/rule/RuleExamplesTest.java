package org.noisegate.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.noisegate.NoiseGate;
import org.noisegate.report.FileResult;
import org.noisegate.report.Located;
import org.noisegate.text.Span;

/**
 * The one generic test of rule behaviour: every example kept beside the rule data
 * ({@code rules/**}/examples*.txt) is checked against its rule.
 */
class RuleExamplesTest {
    private static final NoiseGate GATE = NoiseGate.builder().build();
    private static final List<Example> EXAMPLES = Example.load(RuleData.builtIn());

    @TestFactory
    Stream<DynamicTest> everyExampleHolds() {
        return EXAMPLES.stream().map(e -> DynamicTest.dynamicTest(
                (e.positive() ? "flags " : "accepts ") + e.ruleId() + " @ " + shortWhere(e.where()), () -> check(e)));
    }

    private static String shortWhere(String where) {
        int i = where.indexOf("rules/");
        return i >= 0 ? where.substring(i) : where;
    }

    private static void check(Example e) {
        assertTrue(GATE.registry().get(e.ruleId()).isPresent(), e.where() + ": no rule " + e.ruleId());
        if (e.text().indexOf('\f') >= 0) {
            checkCorpus(e);
            return;
        }
        FileResult r = e.html() ? GATE.auditHtml("example", e.text().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : e.hasRawBytes() ? GATE.audit("example", e.bytes(), e.lang())
                : GATE.audit("example", e.text(), e.lang());
        List<Located> mine = r.findings().stream()
                .filter(l -> l.finding().ruleId().equals(e.ruleId()))
                .filter(l -> l.finding().severity() != Severity.INFO)
                .toList();
        if (e.positive() && e.html()) {
            for (String marked : e.markedTexts()) {
                int at = r.text().indexOf(marked);
                assertTrue(at >= 0, e.where() + ": «" + marked + "» is not in the extracted text: " + r.text());
                Span mark = new Span(at, at + marked.length());
                if (mine.stream().noneMatch(l -> l.finding().span().overlaps(mark))) {
                    fail(e.where() + ": " + e.ruleId() + " did not flag «" + marked + "»; it reported: " + describe(mine));
                }
            }
        } else if (e.positive()) {
            for (Span mark : e.marked()) {
                boolean hit = mine.stream().anyMatch(l -> l.finding().span().overlaps(mark));
                if (!hit) {
                    fail(e.where() + ": " + e.ruleId() + " did not flag «" + e.text().substring(mark.start(), mark.end())
                            + "» (language " + r.language() + "); it reported: " + describe(mine));
                }
            }
        } else if (!mine.isEmpty()) {
            fail(e.where() + ": " + e.ruleId() + " flagged clean text (language " + r.language() + "): "
                    + describe(mine));
        }
    }

    /** A corpus example: documents separated by \f; the last is audited with the corpus's line counts. */
    private static void checkCorpus(Example e) {
        String[] docs = e.text().split("\f", -1);
        org.noisegate.text.CorpusStats stats = new org.noisegate.text.CorpusStats(1 << 8);
        for (String d : docs) {
            stats.add(d);
        }
        int offset = e.text().lastIndexOf('\f') + 1;
        FileResult r = GATE.audit("example", docs[docs.length - 1], stats);
        List<Located> mine = r.findings().stream().filter(l -> l.finding().ruleId().equals(e.ruleId())
                && l.finding().severity() != Severity.INFO).toList();
        if (!e.positive()) {
            assertTrue(mine.isEmpty(), e.where() + ": flagged " + describe(mine));
            return;
        }
        for (Span m : e.marked()) {
            Span mark = new Span(m.start() - offset, m.end() - offset);
            assertTrue(mine.stream().anyMatch(l -> l.finding().span().overlaps(mark)),
                    e.where() + ": did not flag «" + e.text().substring(m.start(), m.end()) + "»: " + describe(mine));
        }
    }

    private static String describe(List<Located> l) {
        return l.isEmpty() ? "nothing" : l.stream().map(x -> "'" + x.finding().text() + "' " + x.finding().message())
                .collect(Collectors.joining("; "));
    }

    @Test
    void everyRuleHasPositiveAndNegativeExamples() {
        Set<String> positive = new HashSet<>();
        Set<String> negative = new HashSet<>();
        for (Example e : EXAMPLES) {
            (e.positive() ? positive : negative).add(e.ruleId());
        }
        for (Rule r : GATE.registry().all()) {
            assertTrue(positive.contains(r.id()), r.id() + " has no positive example");
            assertTrue(negative.contains(r.id()), r.id() + " has no negative example");
        }
    }

    @Test
    void everyRuleIsDescribedAndNamedByItsCategory() {
        Set<String> ids = new HashSet<>();
        for (Rule r : GATE.registry().all()) {
            assertTrue(ids.add(r.id()), "duplicate id " + r.id());
            assertTrue(r.id().matches("[a-z]+\\.[a-z0-9-]+"), "bad id " + r.id());
            assertEquals(r.category().key(), r.id().substring(0, r.id().indexOf('.')));
            assertFalse(r.description().isBlank(), r.id() + " has no description");
        }
        assertTrue(ids.size() >= 20, "expected the four families' rules, found " + ids);
    }
}
