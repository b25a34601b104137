package org.isfsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class FullFactorialTest {

    private final FullFactorial design = new FullFactorial();

    @Test
    void isTheCartesianProductWithTheFirstFactorSlowest() {
        List<FactorSpec> factors = List.of(
                new FactorSpec.Levels("a", List.of("x", "y")),
                new FactorSpec.Range("b", new BigDecimal("0.1"), new BigDecimal("0.3"), new BigDecimal("0.1"), false),
                new FactorSpec.Range("c", new BigDecimal("600"), new BigDecimal("800"), new BigDecimal("200"), true));
        List<List<String>> points = design.points(factors, null);
        assertEquals(2 * 3 * 2, points.size());
        assertEquals(List.of("x", "0.1", "600"), points.get(0));
        assertEquals(List.of("x", "0.1", "800"), points.get(1));
        assertEquals(List.of("x", "0.2", "600"), points.get(2));
        assertEquals(List.of("x", "0.3", "800"), points.get(5));
        assertEquals(List.of("y", "0.1", "600"), points.get(6));
        assertEquals(List.of("y", "0.3", "800"), points.get(11));
        assertEquals(points.size(), new HashSet<>(points).size());
        for (int p = 0; p < 6; p++) {
            assertEquals("x", points.get(p).get(0));
        }
    }

    @Test
    void singleFactorGivesItsLevels() {
        List<List<String>> points = design.points(List.of(new FactorSpec.Levels("a", List.of("true", "false"))), null);
        assertEquals(List.of(List.of("true"), List.of("false")), points);
        assertEquals("full-factorial", design.name());
    }

    @Test
    void refusesBoundsAndMissingFactors() {
        InvalidInputException bounds = assertThrows(InvalidInputException.class,
                () -> design.points(List.of(new FactorSpec.Bounds("force.battalionSize", 1, 2, true)), null));
        assertEquals("full-factorial needs values or {from, to, step} for force.battalionSize", bounds.getMessage());
        assertThrows(InvalidInputException.class, () -> design.points(List.of(), null));
        assertThrows(InvalidInputException.class, () -> design.points(List.of(
                new FactorSpec.Levels("a", List.of("1")), new FactorSpec.Levels("a", List.of("2"))), null));
    }

    @Test
    void refusesAbsurdlyLargeProducts() {
        FactorSpec big = new FactorSpec.Range("a", BigDecimal.ZERO, new BigDecimal("9999"), BigDecimal.ONE, true);
        FactorSpec big2 = new FactorSpec.Range("b", BigDecimal.ZERO, new BigDecimal("9999"), BigDecimal.ONE, true);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> design.points(List.of(big, big2), null));
        assertTrue(e.getMessage().contains("design points"), e.getMessage());
    }
}
