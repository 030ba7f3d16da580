package org.noisegate.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.noisegate.NoiseGate;
import org.noisegate.report.FileResult;
import org.noisegate.report.Formats;
import org.noisegate.rule.BaseRule;
import org.noisegate.rule.Category;
import org.noisegate.rule.RuleContext;
import org.noisegate.rule.RuleFailure;
import org.noisegate.rule.Severity;
import org.noisegate.text.Document;

/** The per-document time budget, with rules that are slow on purpose. */
class TimeBudgetTest {
    /** Loops until it is stopped, reporting as it goes (reports are checkpoints). */
    static final class Spinning extends BaseRule {
        Spinning() {
            super("mangled.test-spinning", Category.MANGLED, Severity.ERROR, "never finishes (test rule)");
        }

        @Override
        public void check(Document doc, RuleContext ctx) {
            long t0 = System.nanoTime();
            while (System.nanoTime() - t0 < 60_000_000_000L) {
                ctx.checkpoint();
                if (doc.text().length() > 1) {
                    ctx.report(0, 1, "a finding of a rule that will be stopped", null);
                }
            }
        }
    }

    /** Finishes, but late, without a checkpoint: its findings must be dropped all the same. */
    static final class Late extends BaseRule {
        Late() {
            super("mangled.test-late", Category.MANGLED, Severity.ERROR, "sleeps past its budget (test rule)");
        }

        @Override
        public void check(Document doc, RuleContext ctx) {
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ctx.findings().clear(); // a rule must not do this; it checks that the runner does not rely on it
            ctx.report(Severity.ERROR, 0, 1, "late finding", null);
        }
    }

    /** Throws: a bug costs its rule on this document, not the document. */
    static final class Broken extends BaseRule {
        Broken() {
            super("mangled.test-broken", Category.MANGLED, Severity.ERROR, "throws (test rule)");
        }

        @Override
        public void check(Document doc, RuleContext ctx) {
            throw new IllegalStateException("boom");
        }
    }

    private static final String TEXT = "প্রায় 600০০ সেনা নিহত হয়েছে।\n";

    /**
     * The real rules load some data on first use; done here, so that only the test rules can
     * run over a budget of one second (each test's gate shares the loaded data through the JVM).
     */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        for (int i = 0; i < 3; i++) {
            NoiseGate.builder().timeBudget(Duration.ZERO).build().audit("warm-up", TEXT);
        }
    }

    @Test
    void aRuleOverItsBudgetIsStoppedAndTheDocumentStillScored() {
        NoiseGate gate = NoiseGate.builder().rule(new Spinning()).timeBudget(Duration.ofSeconds(1)).build();
        long t0 = System.nanoTime();
        FileResult r = gate.audit("doc", TEXT);
        double secs = (System.nanoTime() - t0) / 1e9;
        assertTrue(secs < 10, "the spinning rule was not stopped: " + secs + " s");
        assertEquals(FileResult.Status.AUDITED, r.status());
        assertEquals(List.of("mangled.test-spinning"), r.failedRules().stream().map(RuleFailure::ruleId).toList());
        assertTrue(r.failedRules().get(0).reason().contains("time budget of 1.0 s"), r.failedRules().get(0).reason());
        assertTrue(r.findings().stream().noneMatch(l -> l.finding().ruleId().equals("mangled.test-spinning")),
                "the stopped rule's findings must be left out");
        // scored on the other rules: the same findings and score as without the slow rule
        FileResult plain = Engines.GATE.audit("doc", TEXT);
        assertEquals(plain.score(), r.score());
        assertEquals(plain.findings(), r.findings());
        assertTrue(r.findings().stream().anyMatch(l -> l.finding().ruleId().equals("number.mixed-digits")));
    }

    @Test
    void aRuleThatFinishesLateOrThrowsIsReportedFailed() {
        NoiseGate gate = NoiseGate.builder().rule(new Late()).rule(new Broken()).timeBudget(Duration.ofSeconds(1))
                .build();
        FileResult r = gate.audit("doc", TEXT);
        assertEquals(FileResult.Status.AUDITED, r.status());
        assertEquals(List.of("mangled.test-broken", "mangled.test-late"),
                r.failedRules().stream().map(RuleFailure::ruleId).sorted().toList());
        assertTrue(r.failedRules().stream().anyMatch(f -> f.reason().contains("IllegalStateException: boom")));
        assertTrue(r.findings().stream().noneMatch(l -> l.finding().ruleId().startsWith("mangled.test-")));
        assertEquals(Engines.GATE.audit("doc", TEXT).findings(), r.findings(),
                "the late rule cleared the list; the others' findings must survive");
    }

    @Test
    void noBudgetLetsTheRuleFinish() {
        NoiseGate gate = NoiseGate.builder().rule(new Late()).timeBudget(Duration.ZERO).build();
        FileResult r = gate.audit("doc", TEXT);
        assertTrue(r.failedRules().isEmpty());
        assertTrue(r.findings().stream().anyMatch(l -> l.finding().ruleId().equals("mangled.test-late")));
    }

    @Test
    void failedRulesShowInTheJsonAndTextReports() throws Exception {
        NoiseGate gate = NoiseGate.builder().rule(new Spinning()).timeBudget(Duration.ofSeconds(1)).build();
        FileResult r = gate.audit("doc.txt", TEXT);
        // jsonl writes the file object of the json format (one writer for both)
        JsonNode json = new ObjectMapper().readTree(render("jsonl", r));
        JsonNode failed = json.path("failedRules");
        assertEquals(1, failed.size(), json.toString());
        assertEquals("mangled.test-spinning", failed.get(0).path("rule").asText());
        assertEquals("failed", failed.get(0).path("status").asText());
        assertEquals("audited", json.path("status").asText());
        String text = render("text", r);
        assertTrue(text.contains("rule mangled.test-spinning failed: stopped after its time budget"), text);
        assertFalse(new ObjectMapper().readTree(render("jsonl", Engines.GATE.audit("doc.txt", TEXT)))
                .has("failedRules"), "complete audits have no failedRules member");
    }

    @Test
    void theCliTakesABudget() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = org.noisegate.cli.Main.run(new java.io.ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)),
                new java.io.PrintStream(out), new java.io.PrintStream(err), "audit", "--time-budget", "soon", "-");
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--time-budget takes a time such as 500ms"),
                err.toString(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> NoiseGate.builder().timeBudget(Duration.ofSeconds(-1)));
        code = org.noisegate.cli.Main.run(new java.io.ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)),
                new java.io.PrintStream(out), new java.io.PrintStream(err), "audit", "--time-budget", "1.5s",
                "--format", "json", "-");
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    }

    private static String render(String format, FileResult r) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (var sink = Formats.open(format, b, org.noisegate.report.ReportOptions.DEFAULT)) {
            sink.file(r);
        }
        return b.toString(StandardCharsets.UTF_8);
    }
}
