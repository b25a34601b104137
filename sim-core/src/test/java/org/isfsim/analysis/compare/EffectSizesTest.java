package org.isfsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hedges' g and Cliff's delta on small fixed data, against values worked out by hand. */
class EffectSizesTest {
    /**
     * x (n₁ = 6): mean 13.3333, s₁ = 1.3125040; y (n₂ = 7): mean 10.9143, s₂ = 0.8668498.
     * s_p = √((5·1.3125040² + 6·0.8668498²)/11) = 1.0922040; d = 2.4190476/1.0922040 = 2.2148398;
     * J = 1 − 3/(4·13 − 9) = 40/43 = 0.9302326; g = J·d = 2.0603161 (computed in Python with numpy's
     * var(ddof=1), 2.060316094948274).
     */
    @Test
    void hedgesGByHand() {
        assertEquals(2.060316094948274, EffectSizes.hedgesG(TwoSampleComparisonTest.X, TwoSampleComparisonTest.Y),
                1e-12);
        assertEquals(-2.060316094948274, EffectSizes.hedgesG(TwoSampleComparisonTest.Y, TwoSampleComparisonTest.X),
                1e-12);
    }

    /**
     * Of the 6 × 7 = 42 pairs (x, y), x &lt; y only for (11.8, 12.4) and (12.1, 12.4); none tie; so
     * δ = (40 − 2)/42 = 0.9047619. Cross-check: SciPy's Mann–Whitney U for x is 40, and δ = 2U/(n₁n₂) − 1.
     */
    @Test
    void cliffsDeltaByHand() {
        assertEquals(0.9047619047619048, EffectSizes.cliffsDelta(TwoSampleComparisonTest.X, TwoSampleComparisonTest.Y),
                1e-12);
    }

    /** a = [1, 2, 3], b = [2, 2, 4]: pairs a &gt; b: (3,2),(3,2) = 2; a &lt; b: (1,2),(1,2),(1,4),(2,4),(3,4) = 5; δ = −3/9. */
    @Test
    void cliffsDeltaWithTies() {
        assertEquals(-3.0 / 9, EffectSizes.cliffsDelta(new double[] {1, 2, 3}, new double[] {2, 2, 4}), 1e-15);
        assertEquals(3.0 / 9, EffectSizes.cliffsDelta(new double[] {2, 2, 4}, new double[] {1, 2, 3}), 1e-15);
        assertEquals(0, EffectSizes.cliffsDelta(new double[] {1, 2, 3}, new double[] {1, 2, 3}));
        assertEquals(1, EffectSizes.cliffsDelta(new double[] {5, 6}, new double[] {1, 2, 3}));
        assertEquals(-1, EffectSizes.cliffsDelta(new double[] {1, 2, 3}, new double[] {5, 6}));
    }

    @Test
    void gIsUndefinedWithoutSpreadOrWithOneValue() {
        assertTrue(Double.isNaN(EffectSizes.hedgesG(new double[] {1, 1}, new double[] {2, 2})));
        assertTrue(Double.isNaN(EffectSizes.hedgesG(new double[] {1}, new double[] {2, 3})));
    }
}
