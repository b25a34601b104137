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
 * stats.mannwhitneyu(x, y, use_continuity=False, method='asymptotic').pvalue
 * </pre>
 *
 * SciPy's asymptotic Mann–Whitney p equals commons-math3's when there are no ties (neither corrects for
 * continuity here); with ties SciPy corrects the variance and commons-math3 does not, so the tied case
 * is checked against the textbook normal approximation by hand (see {@link #mannWhitneyWithTies}).
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

    @Test
    void mannWhitneyWithoutTiesMatchesScipy() {
        // U = 40 of 42 pairs; z = (2 - 21) / sqrt(6*7*14/12) = -2.7136
        assertEquals(0.006641885476426627, TwoSampleComparison.of(X, Y).pMannWhitney(), 1e-9);
    }

    /**
     * a = [1, 2, 2, 3, 4], b = [2, 3, 3, 5, 6, 7]. Average ranks of the pooled 11 values give a the rank
     * sum R₁ = 1 + 3 + 3 + 6 + 8 = 21, so U₁ = 21 − 5·6/2 = 6, U₂ = 30 − 6 = 24; without tie correction
     * z = (6 − 15)/√(5·6·12/12) = −9/√30 = −1.6431676725, p = 2Φ(z) = 0.1003482465 (Φ from scipy.stats.norm).
     */
    @Test
    void mannWhitneyWithTies() {
        double[] a = {1, 2, 2, 3, 4};
        double[] b = {2, 3, 3, 5, 6, 7};
        TwoSampleComparison c = TwoSampleComparison.of(a, b);
        assertEquals(0.10034824646229075, c.pMannWhitney(), 1e-9);
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
        assertTrue(c.pMannWhitney() > 0 && c.pMannWhitney() < 1);
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
