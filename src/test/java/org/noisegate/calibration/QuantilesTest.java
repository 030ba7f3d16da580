package org.noisegate.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The threshold choice keeps at most the allowed clean values flagged, and is as loose as that allows. */
class QuantilesTest {
    private static long atOrAbove(double[] v, double t) {
        return Arrays.stream(v).filter(x -> x >= t).count();
    }

    private static long atOrBelow(double[] v, double t) {
        return Arrays.stream(v).filter(x -> x <= t).count();
    }

    @Test
    void atLeastFlagsNoMoreThanAllowedAndNoStricterThanTheDefault() {
        Random rnd = new Random(7);
        for (int round = 0; round < 500; round++) {
            double[] v = new double[1 + rnd.nextInt(200)];
            for (int i = 0; i < v.length; i++) {
                v[i] = Math.round(rnd.nextDouble() * 1000) / 1000.0;
            }
            long allowed = rnd.nextInt(5);
            double dflt = 0.6;
            double t = Quantiles.atLeast(v, allowed, dflt, 0.001);
            assertTrue(t >= dflt, "never stricter than the default");
            assertTrue(atOrAbove(v, t) <= allowed, "too many flagged at " + t);
            if (t > dflt) {
                assertTrue(atOrAbove(v, t - 0.001) > allowed, "one step looser would have been enough: " + t);
            }
        }
    }

    @Test
    void atMostIsTheMirrorImage() {
        Random rnd = new Random(11);
        for (int round = 0; round < 500; round++) {
            double[] v = new double[1 + rnd.nextInt(200)];
            for (int i = 0; i < v.length; i++) {
                v[i] = rnd.nextInt(80);
            }
            long allowed = rnd.nextInt(5);
            double t = Quantiles.atMost(v, allowed, 60, 1);
            assertTrue(t <= 60);
            assertTrue(atOrBelow(v, t) <= allowed, "too many flagged at " + t);
            if (t < 60) {
                assertTrue(atOrBelow(v, t + 1) > allowed, "one step looser would have been enough: " + t);
            }
        }
    }

    @Test
    void theDefaultHoldsWhenCleanTextStaysClearOfIt() {
        assertEquals(0.6, Quantiles.atLeast(new double[] {0.1, 0.2, 0.59}, 0, 0.6, 0.001));
        assertEquals(0.701, Quantiles.atLeast(new double[] {0.1, 0.7, 0.799}, 1, 0.6, 0.001));
        assertEquals(0.5, Quantiles.quantile(new double[] {0.1, 0.5, 0.9}, 0.5));
    }
}
