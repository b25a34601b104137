package org.isfsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.math.BigDecimal;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class LatinHypercubeTest {

    private static final int SAMPLES = 50;

    private static List<FactorSpec> factors() {
        return List.of(
                new FactorSpec.Bounds("a.real", 0.0, 1.0, false),
                new FactorSpec.Bounds("b.whole", 0, SAMPLES * 10, true),
                new FactorSpec.Bounds("c.shifted", -5.0, 15.0, false),
                new FactorSpec.Levels("d.mode", List.of("LOW", "MID", "HIGH", "MAX", "TOP")),
                new FactorSpec.Range("e.step", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, true));
    }

    @Test
    void eachStratumOfTheUnitCubeIsHitOncePerDimension() {
        double[][] u = new LatinHypercube(SAMPLES).unitPoints(4, new MersenneTwisterFast(11));
        assertEquals(SAMPLES, u.length);
        for (int d = 0; d < 4; d++) {
            boolean[] hit = new boolean[SAMPLES];
            for (double[] row : u) {
                assertTrue(row[d] >= 0.0 && row[d] < 1.0);
                int stratum = (int) Math.floor(row[d] * SAMPLES);
                assertTrue(!hit[stratum], "stratum " + stratum + " hit twice in dimension " + d);
                hit[stratum] = true;
            }
        }
    }

    @Test
    void eachStratumOfEachFactorIsHitExactlyOnce() {
        List<List<String>> points = new LatinHypercube(SAMPLES).points(factors(), new MersenneTwisterFast(42));
        assertEquals(SAMPLES, points.size());
        double[][] ranges = {{0.0, 1.0}, {-5.0, 15.0}};
        int[] columns = {0, 2};
        for (int c = 0; c < columns.length; c++) {
            int[] hits = new int[SAMPLES];
            for (List<String> point : points) {
                double x = Double.parseDouble(point.get(columns[c]));
                double u = (x - ranges[c][0]) / (ranges[c][1] - ranges[c][0]);
                hits[Math.min(SAMPLES - 1, (int) Math.floor(u * SAMPLES))]++;
            }
            for (int s = 0; s < SAMPLES; s++) {
                assertEquals(1, hits[s], "factor " + columns[c] + " stratum " + s);
            }
        }
        // b.whole spans 0..500 in 50 strata of width 10; rounding to the nearest whole number can only
        // reach the stratum's upper edge, so the i-th smallest value lies in [10i, 10i + 10].
        int[] whole = points.stream().mapToInt(p -> Integer.parseInt(p.get(1))).sorted().toArray();
        for (int i = 0; i < SAMPLES; i++) {
            assertTrue(whole[i] >= 10 * i && whole[i] <= 10 * i + 10, "value " + whole[i] + " in stratum " + i);
        }
    }

    @Test
    void discreteFactorsUseEachLevelEquallyOften() {
        List<List<String>> points = new LatinHypercube(SAMPLES).points(factors(), new MersenneTwisterFast(42));
        for (String level : List.of("LOW", "MID", "HIGH", "MAX", "TOP")) {
            assertEquals(SAMPLES / 5, points.stream().filter(p -> p.get(3).equals(level)).count(), level);
        }
        for (int value = 1; value <= 10; value++) {
            String text = Integer.toString(value);
            assertEquals(SAMPLES / 10, points.stream().filter(p -> p.get(4).equals(text)).count(), text);
        }
    }

    @Test
    void integersStayIntegral() {
        for (List<String> point : new LatinHypercube(SAMPLES).points(factors(), new MersenneTwisterFast(3))) {
            assertTrue(point.get(1).matches("\\d+"), point.get(1));
            int value = Integer.parseInt(point.get(1));
            assertTrue(value >= 0 && value <= SAMPLES * 10);
        }
    }

    @Test
    void sameSeedSamePointsOtherSeedOtherPoints() {
        LatinHypercube design = new LatinHypercube(SAMPLES);
        List<List<String>> first = design.points(factors(), new MersenneTwisterFast(2024));
        assertEquals(first, design.points(factors(), new MersenneTwisterFast(2024)));
        assertNotEquals(first, design.points(factors(), new MersenneTwisterFast(2025)));
    }

    @Test
    void refusesTooFewSamplesAndNoFactors() {
        assertThrows(InvalidInputException.class, () -> new LatinHypercube(1));
        assertThrows(InvalidInputException.class, () -> new LatinHypercube(0));
        assertThrows(InvalidInputException.class,
                () -> new LatinHypercube(10).points(List.of(), new MersenneTwisterFast(1)));
        assertEquals("latin-hypercube", new LatinHypercube(10).name());
    }
}
