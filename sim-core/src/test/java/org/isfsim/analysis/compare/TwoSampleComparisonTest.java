package org.isfsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The two-sample statistics against values computed independently with Python 3 / SciPy 1.17.1 on this
 * machine:
 *
 * <pre>
 * from scipy import stats
 * x = [12.1, 14.3, 11.8, 15.2, 13.7, 12.9]; y = [10.2, 11.5, 9.8, 12.4, 10.9, 11.1, 10.5]
 * r = stats.ttest_ind(x, y, equal_var=False); r.pvalue, r.confidence_interval(0.95)
 * stats.mannwhitneyu(x, y, method='exact').pvalue                              # no ties, fewer than 50
 * stats.mannwhitneyu(a, b, method='asymptotic', use_continuity=True).pvalue     # ties, or 50 and more
 * </pre>
 */
class TwoSampleComparisonTest {
    static final double[] X = {12.1, 14.3, 11.8, 15.2, 13.7, 12.9};
    static final double[] Y = {10.2, 11.5, 9.8, 12.4, 10.9, 11.1, 10.5};

    @Test
    void welchDifferenceIntervalAndPMatchScipy() {
        TwoSampleComparison c = TwoSampleComparison.of(X, Y);
        assertEquals(2.419047619047623, c.diff(), 1e-12);
        assertEquals(0.984143182519791, c.diffLow(), 1e-9);
        assertEquals(3.853952055575455, c.diffHigh(), 1e-9);
        assertEquals(0.004384239476192666, c.pWelch(), 1e-9);
    }

    /** Small samples without ties: the exact p (U = 40 of 42 pairs), as replications of a few runs give. */
    @Test
    void mannWhitneyWithoutTiesIsExactAsScipy() {
        assertEquals(0.004662004662004662, TwoSampleComparison.of(X, Y).pMannWhitney(), 1e-12);
        // 49 and 12 values, still exact: x = 2·(37i mod 101), y = 2·(53j mod 97) + 21
        assertEquals(0.8508670352646045, TwoSampleComparison.of(spread(49, 37, 101, 2, 0), spread(12, 53, 97, 2, 21))
                .pMannWhitney(), 1e-12);
    }

    /** 60 and 55 values: the normal approximation with continuity correction, and tie correction with ties. */
    @Test
    void mannWhitneyOnLargeSamplesIsAsymptoticAsScipy() {
        assertEquals(0.18360239722457694, TwoSampleComparison.of(spread(60, 37, 101, 2, 0), spread(55, 53, 97, 2, 21))
                .pMannWhitney(), 1e-12);
        assertEquals(0.21488656127174544, TwoSampleComparison.of(spread(60, 37, 101, 1, 0), spread(55, 53, 97, 1, 10))
                .pMannWhitney(), 1e-12);
    }

    /** n values {@code scale·(step·i mod modulus) + offset}: distinct within the sample, spread over its range. */
    private static double[] spread(int n, int step, int modulus, int scale, int offset) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = scale * ((step * i) % modulus) + offset;
        }
        return values;
    }

    /**
     * a = [1, 2, 2, 3, 4], b = [2, 3, 3, 5, 6, 7]: tied values, so the normal approximation with the variance
     * corrected for ties and a continuity correction (commons-math3, before, corrected neither: 0.1003).
     */
    @Test
    void mannWhitneyWithTies() {
        double[] a = {1, 2, 2, 3, 4};
        double[] b = {2, 3, 3, 5, 6, 7};
        TwoSampleComparison c = TwoSampleComparison.of(a, b);
        assertEquals(0.11390314458853068, c.pMannWhitney(), 1e-12);
        // scipy: ttest_ind(a, b, equal_var=False) -> p 0.07572140405, CI (-4.11787343593, 0.25120676926)
        assertEquals(0.07572140405159031, c.pWelch(), 1e-9);
        assertEquals(-4.1178734359265246, c.diffLow(), 1e-9);
        assertEquals(0.25120676925985785, c.diffHigh(), 1e-9);
        assertEquals(-0.6, c.cliffsDelta(), 1e-12);
        assertEquals(-1.070610868092809, c.hedgesG(), 1e-9);
    }

    @Test
    void noSpreadLeavesWelchUndefinedAndTheIntervalAtTheDifference() {
        TwoSampleComparison c = TwoSampleComparison.of(new double[] {3, 3, 3}, new double[] {1, 1});
        assertEquals(2, c.diff());
        assertEquals(2, c.diffLow());
        assertEquals(2, c.diffHigh());
        assertTrue(Double.isNaN(c.pWelch()));
        assertTrue(Double.isNaN(c.hedgesG()));
        assertEquals(1, c.cliffsDelta());
        // scipy: mannwhitneyu([3, 3, 3], [1, 1], method='asymptotic', use_continuity=True)
        assertEquals(0.0955807045456294, c.pMannWhitney(), 1e-12);
    }

    @Test
    void identicalConstantSetsDoNotDiffer() {
        TwoSampleComparison c = TwoSampleComparison.of(new double[] {5, 5}, new double[] {5, 5, 5});
        assertEquals(0, c.diff());
        assertEquals(1, c.pMannWhitney(), 1e-12);
        assertEquals(0, c.cliffsDelta());
    }

    @Test
    void needsTwoValuesInEachSample() {
        assertThrows(IllegalArgumentException.class, () -> TwoSampleComparison.of(new double[] {1}, Y));
    }
}
