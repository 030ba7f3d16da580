package org.noisegate.rule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.noisegate.text.Document;

/**
 * Runs rules over a document and returns their findings in text order. With a time budget,
 * each rule may take at most that long on the document: one that runs over it is stopped at its
 * next {@link Budget#check()} (or, if it finishes late, its findings are dropped) and reported as
 * a {@link RuleFailure}, as is one that throws; the other rules' findings stand.
 */
public final class RuleRunner {
    private RuleRunner() {
    }

    /** Findings and the rules that failed. */
    public record Outcome(List<Finding> findings, List<RuleFailure> failures) {
    }

    /** Runs the rules with no time budget; a rule that throws ends the run (for tests and tools). */
    public static List<Finding> run(List<Rule> rules, Document doc) {
        Outcome o = run(rules, doc, Duration.ZERO);
        if (!o.failures().isEmpty()) {
            RuleFailure f = o.failures().get(0);
            throw new IllegalStateException("rule " + f.ruleId() + " failed on " + doc.id() + ": " + f.reason());
        }
        return o.findings();
    }

    /** Runs the rules, each within {@code budget} on this document (zero: no limit). */
    public static Outcome run(List<Rule> rules, Document doc, Duration budget) {
        long limit = budget.isZero() || budget.isNegative() ? 0 : budget.toNanos();
        RuleContext ctx = new RuleContext(doc);
        List<RuleFailure> failures = new ArrayList<>();
        for (Rule r : rules) {
            ctx.using(r);
            int mark = ctx.findings().size();
            long t0 = System.nanoTime();
            long prev = Budget.start(limit == 0 ? 0 : (t0 + limit) | 1); // | 1: never the "none" value 0
            String failed = null;
            try {
                r.check(doc, ctx);
                if (limit != 0 && System.nanoTime() - t0 > limit) {
                    failed = "took " + seconds(System.nanoTime() - t0) + ", over its time budget of " + seconds(limit)
                            + " (--time-budget); its findings are left out";
                }
            } catch (Budget.Exceeded e) {
                failed = "stopped after its time budget of " + seconds(limit) + " (--time-budget)";
            } catch (RuntimeException | StackOverflowError e) {
                failed = "internal error, please report it: " + e;
            } finally {
                Budget.start(prev);
            }
            if (failed != null) {
                ctx.findings().subList(mark, ctx.findings().size()).clear();
                failures.add(new RuleFailure(r.id(), failed));
            }
        }
        List<Finding> out = new ArrayList<>(new LinkedHashSet<>(ctx.findings()));
        out.sort(Comparator.comparingInt((Finding f) -> f.span().start())
                .thenComparingInt(f -> f.span().end())
                .thenComparing(Finding::ruleId));
        return new Outcome(out, List.copyOf(failures));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
