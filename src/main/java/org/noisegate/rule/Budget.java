package org.noisegate.rule;

/**
 * The time budget of the rule running on this thread. Rules and the views they build call
 * {@link #check()} in their loops (and {@link RuleContext#report} calls it), so a rule that runs
 * over its budget on a document is stopped at its next check; {@link RuleRunner} reports it as
 * a failed rule. Costs one thread-local read and, when a budget is set, one clock read.
 */
public final class Budget {
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[1]);

    private Budget() {
    }

    /** Throws {@link Exceeded} when the running rule is past its deadline. */
    public static void check() {
        long d = DEADLINE.get()[0];
        if (d != 0 && System.nanoTime() - d > 0) {
            throw new Exceeded();
        }
    }

    /** Sets the deadline of the rule about to run (0: none) and returns the previous one. */
    static long start(long deadlineNanos) {
        long[] d = DEADLINE.get();
        long prev = d[0];
        d[0] = deadlineNanos;
        return prev;
    }

    /** Thrown by {@link #check()}; caught by {@link RuleRunner}. Rules must not catch it. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("time budget exceeded", null, false, false);
        }
    }
}
