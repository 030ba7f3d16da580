package org.noisegate.fuzz;

import java.util.Random;

/**
 * Seeded randomness in the style of Lucene's test framework: each run draws a new seed (or takes
 * {@code -Dnoisegate.seed=N}), and a failure names the seed so that the same inputs come back.
 */
final class RandomSeed {
    private RandomSeed() {
    }

    /** The seed of this run: {@code noisegate.seed} when set, else a fresh one. */
    static long seed() {
        String s = System.getProperty("noisegate.seed");
        return s == null || s.isBlank() ? new Random().nextLong() : Long.parseLong(s.strip());
    }

    /** Something to run with a seeded random; a failure is rethrown with the seed to reproduce it. */
    interface Body {
        void run(Random rnd) throws Exception;
    }

    static void run(String what, Body body) {
        long seed = seed();
        try {
            body.run(new Random(seed));
        } catch (Throwable e) {
            AssertionError a = new AssertionError(what + " failed with seed " + seed
                    + " (reproduce: mvn test -Dtest=" + caller() + " -Dnoisegate.seed=" + seed + "): " + e, e);
            throw a;
        }
    }

    private static String caller() {
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            if (!e.getClassName().equals(RandomSeed.class.getName())) {
                String c = e.getClassName();
                return c.substring(c.lastIndexOf('.') + 1);
            }
        }
        return "?";
    }
}
