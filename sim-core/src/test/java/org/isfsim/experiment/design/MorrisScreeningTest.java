package org.isfsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Morris trajectories: one factor at a time, each once, by Δ of its range, on the grid, from the seed alone. */
class MorrisScreeningTest {
    private static final List<FactorSpec> FACTORS = List.of(new FactorSpec.Bounds("a.x", 0, 10, false),
            new FactorSpec.Bounds("a.y", -1, 1, false), new FactorSpec.Bounds("a.z", 100, 200, false));

    @Test
    void eachStepMovesOneFactorOnceByDeltaOfItsRange() {
        MorrisScreening design = new MorrisScreening(25, 4);
        assertEquals(2.0 / 3, design.delta(), 1e-15);
        List<List<String>> points = design.points(FACTORS, new MersenneTwisterFast(5));
        assertEquals(25 * 4, points.size());
        Set<String> starts = new HashSet<>();
        for (int t = 0; t < 25; t++) {
            Set<Integer> moved = new HashSet<>();
            starts.add(points.get(t * 4).toString());
            for (int j = 0; j < 3; j++) {
                List<String> before = points.get(t * 4 + j);
                List<String> after = points.get(t * 4 + j + 1);
                int changed = -1;
                for (int i = 0; i < 3; i++) {
                    if (!before.get(i).equals(after.get(i))) {
                        assertEquals(-1, changed, "one factor a step, trajectory " + t);
                        changed = i;
                        FactorSpec.Bounds b = (FactorSpec.Bounds) FACTORS.get(i);
                        double step = Math.abs(Double.parseDouble(after.get(i)) - Double.parseDouble(before.get(i)));
                        // Values are written to ten significant digits (DecimalText).
                        assertEquals(2.0 / 3 * (b.max() - b.min()), step, 1e-8 * (b.max() - b.min()));
                    }
                }
                assertTrue(moved.add(changed), "each factor once, trajectory " + t);
            }
            for (List<String> point : points.subList(t * 4, t * 4 + 4)) {
                for (int i = 0; i < 3; i++) {
                    FactorSpec.Bounds b = (FactorSpec.Bounds) FACTORS.get(i);
                    double v = Double.parseDouble(point.get(i));
                    assertTrue(v >= b.min() && v <= b.max(), point.toString());
                }
            }
        }
        assertTrue(starts.size() > 5, "trajectories start in different places: " + starts.size());
        assertEquals(points, design.points(FACTORS, new MersenneTwisterFast(5)), "the seed decides the design");
    }

    @Test
    void withSixLevelsTheGridIsFiner() {
        MorrisScreening design = new MorrisScreening(40, 6);
        assertEquals(0.6, design.delta(), 1e-15);
        Set<Double> values = new HashSet<>();
        for (MorrisScreening.Trajectory t : design.unitTrajectories(2, new MersenneTwisterFast(9))) {
            for (double[] u : t.points()) {
                values.add(Math.round(u[0] * 5 * 1e9) / 1e9);
            }
        }
        assertTrue(Set.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0).containsAll(values), "on the grid k/5: " + values);
    }

    @Test
    void badDesignsAndFactorsAreRefused() {
        assertThrows(InvalidInputException.class, () -> new MorrisScreening(1, 4));
        assertThrows(InvalidInputException.class, () -> new MorrisScreening(10, 5));
        assertThrows(InvalidInputException.class, () -> new MorrisScreening(10, 0));
        InvalidInputException levels = assertThrows(InvalidInputException.class, () -> new MorrisScreening(10, 4)
                .points(List.of(new FactorSpec.Levels("m.mode", List.of("A", "B"))), new MersenneTwisterFast(1)));
        assertTrue(levels.getMessage().contains("morris needs {min, max} for m.mode"), levels.getMessage());
    }
}
