package org.isfsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Runs needed for a relative error, against a plain search with SciPy 1.17.1:
 * {@code m = 2; while stats.t.ppf(0.975, m - 1) * sd / sqrt(m) > g / (1 + g) * mean: m += 1}.
 */
class PrecisionTest {
    private static SampleSummary summary(long n, double mean, double sd) {
        double half = n < 2 ? Double.NaN : SampleSummary.tQuantile(n - 1) * sd / Math.sqrt(n);
        return new SampleSummary(n, mean, sd, mean - half, mean + half);
    }

    @Test
    void runsNeededMatchAPlainSearch() {
        Precision tight = Precision.of(summary(10, 50, 2), 0.05);
        assertEquals(1.4307138119413294, tight.halfWidth(), 1e-9);
        assertEquals(1.4307138119413294 / 50, tight.relative(), 1e-9);
        assertEquals(6, tight.runsNeeded(), "fewer than the 10 made: enough already");
        assertEquals(426, Precision.of(summary(10, 20, 10), 0.05).runsNeeded());
        assertEquals(426, Precision.of(summary(10, -20, 10), 0.05).runsNeeded(), "the sign of the mean does not matter");
    }

    @Test
    void degenerateSetsAreSaidSo() {
        assertEquals(new Precision(0, 0, 2), Precision.of(summary(5, 11_000, 0), 0.05));
        Precision zeroMean = Precision.of(summary(5, 0, 1), 0.05);
        assertTrue(Double.isNaN(zeroMean.relative()));
        assertEquals(-1, zeroMean.runsNeeded());
        assertEquals(-1, Precision.of(new SampleSummary(1, 3, Double.NaN, Double.NaN, Double.NaN), 0.05).runsNeeded());
        assertEquals(Precision.MAX_RUNS, Precision.of(summary(3, 1e-6, 10), 0.05).runsNeeded());
        assertThrows(IllegalArgumentException.class, () -> Precision.of(summary(5, 1, 1), 0));
        assertThrows(IllegalArgumentException.class, () -> Precision.of(summary(5, 1, 1), 1));
    }
}
