package org.noisegate.calibration;

import java.util.Arrays;

/**
 * Threshold choice for one statistic: the loosest change of a default that keeps at most
 * {@code allowed} of the observed clean values on the flagged side.
 */
public final class Quantiles {
    /** Values are measured to far fewer digits than this; it keeps 0.957 × 1000 from becoming 956.99… */
    private static final double EPSILON = 1e-6;
    private Quantiles() {
    }

    /**
     * For a rule that flags values {@code >= t}: {@code dflt} when at most {@code allowed} clean
     * values reach it, else the smallest multiple of {@code step} above it that lets no more through.
     */
    public static double atLeast(double[] values, long allowed, double dflt, double step) {
        if (count(values, v -> v >= dflt) <= allowed) {
            return dflt;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double kth = sorted[(int) (sorted.length - 1 - allowed)]; // the (allowed+1)-th largest
        double scale = Math.rint(1 / step);
        return (Math.floor(kth * scale + EPSILON) + 1) / scale; // the first step strictly above it
    }

    /** For a rule that flags values {@code <= t}: the mirror image of {@link #atLeast}. */
    public static double atMost(double[] values, long allowed, double dflt, double step) {
        if (count(values, v -> v <= dflt) <= allowed) {
            return dflt;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double kth = sorted[(int) allowed]; // the (allowed+1)-th smallest
        double scale = Math.rint(1 / step);
        return (Math.ceil(kth * scale - EPSILON) - 1) / scale; // the first step strictly below it
    }

    /** The value below which a share {@code q} of the sorted values lie (nearest rank). */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long count(double[] values, java.util.function.DoublePredicate p) {
        return Arrays.stream(values).filter(p).count();
    }

}
