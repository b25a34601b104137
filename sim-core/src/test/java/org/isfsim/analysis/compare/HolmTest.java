package org.isfsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Holm's adjustment on lists worked out by hand (the same as R's {@code p.adjust(p, "holm")}). */
class HolmTest {
    /**
     * p = (0.01, 0.04, 0.03, 0.005), m = 4. Ascending: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06,
     * 0.04·1 = 0.04 → running maximum 0.04 → 0.06. In input order: (0.03, 0.06, 0.06, 0.02).
     */
    @Test
    void knownList() {
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
    }

    /**
     * Holm's own kind of example, m = 5: p = (0.001, 0.011, 0.02, 0.04, 0.3) → 0.005, 0.044, 0.06,
     * 0.08, 0.3 (each k-th smallest times 6 − k, already increasing).
     */
    @Test
    void increasingProducts() {
        assertArrayEquals(new double[] {0.005, 0.044, 0.06, 0.08, 0.3},
                Holm.adjust(new double[] {0.001, 0.011, 0.02, 0.04, 0.3}), 1e-15);
    }

    @Test
    void cappedAtOne() {
        assertArrayEquals(new double[] {1, 1, 1}, Holm.adjust(new double[] {0.5, 0.6, 0.9}), 1e-15);
    }

    /** A NaN (no test possible) is left out of the family: here m = 2, not 3. */
    @Test
    void nanIsLeftOut() {
        double[] adjusted = Holm.adjust(new double[] {0.02, Double.NaN, 0.04});
        assertArrayEquals(new double[] {0.04, Double.NaN, 0.04}, adjusted, 1e-15);
        assertTrue(Double.isNaN(adjusted[1]));
    }

    @Test
    void tiesAndEmpty() {
        assertArrayEquals(new double[] {0.03, 0.03, 0.03}, Holm.adjust(new double[] {0.01, 0.01, 0.01}), 1e-15);
        assertArrayEquals(new double[0], Holm.adjust(new double[0]));
    }

    @Test
    void refusesValuesThatAreNotProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.1, 1.5}));
    }
}
