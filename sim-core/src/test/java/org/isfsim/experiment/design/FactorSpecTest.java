package org.isfsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class FactorSpecTest {

    private static BigDecimal d(String text) {
        return new BigDecimal(text);
    }

    @Test
    void rangeLevelsAreExactDecimals() {
        FactorSpec.Range range = new FactorSpec.Range("a.b", d("0.1"), d("0.3"), d("0.1"), false);
        assertEquals(List.of("0.1", "0.2", "0.3"), range.levels());
        assertEquals(List.of("0", "0.25", "0.5", "0.75", "1"),
                new FactorSpec.Range("a.b", d("0.00"), d("1.0"), d("0.25"), false).levels());
        assertEquals(List.of("2", "2.5"), new FactorSpec.Range("a.b", d("2.0"), d("2.9"), d("0.5"), false).levels());
    }

    @Test
    void integerRangeLevelsHaveNoDecimalPoint() {
        FactorSpec.Range range = new FactorSpec.Range("force.battalionSize", d("600"), d("1000"), d("200"), true);
        assertEquals(List.of("600", "800", "1000"), range.levels());
        assertTrue(range.integer());
        assertEquals(List.of("600"), new FactorSpec.Range("k", d("600.0"), d("600"), d("1"), true).levels());
    }

    @Test
    void rangeRefusesBadSteps() {
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> new FactorSpec.Range("a.b", d("0"), d("1"), d("0"), false));
        assertTrue(zero.getMessage().contains("a.b"), zero.getMessage());
        assertEquals("a.b", zero.key());
        assertThrows(InvalidInputException.class, () -> new FactorSpec.Range("a.b", d("0"), d("1"), d("-1"), false));
        assertThrows(InvalidInputException.class, () -> new FactorSpec.Range("a.b", d("2"), d("1"), d("1"), false));
        assertThrows(InvalidInputException.class, () -> new FactorSpec.Range("a.b", d("0"), d("1"), d("0.5"), true));
        assertThrows(InvalidInputException.class,
                () -> new FactorSpec.Range("a.b", d("0"), d("1"), d("0.000001"), false));
    }

    @Test
    void levelsAreCopiedAndValidated() {
        FactorSpec.Levels levels = new FactorSpec.Levels("m.mode", List.of("STRICT", "LOOSE"));
        assertFalse(levels.integer());
        assertTrue(new FactorSpec.Levels("k", List.of("1", "-2", "300")).integer());
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> new FactorSpec.Levels("m.mode", List.of()));
        assertTrue(empty.getMessage().contains("m.mode"));
        assertThrows(InvalidInputException.class, () -> new FactorSpec.Levels(" ", List.of("1")));
    }

    @Test
    void boundsMapTheUnitInterval() {
        FactorSpec.Bounds real = new FactorSpec.Bounds("r", -1.0, 3.0, false);
        assertEquals("-1", real.value(0.0));
        assertEquals("1", real.value(0.5));
        assertEquals("2", real.value(0.75));
        assertEquals("0.3333333333", new FactorSpec.Bounds("r", 0.0, 1.0, false).value(1.0 / 3.0));
        assertEquals("0.000001234567891",
                new FactorSpec.Bounds("r", 0.0, 1.0, false).value(0.0000012345678912345));
        assertEquals("3", real.value(1.0));
        assertThrows(IllegalArgumentException.class, () -> real.value(1.5));
        assertThrows(IllegalArgumentException.class, () -> real.value(Double.NaN));
    }

    @Test
    void integerBoundsRoundToTheNearestWholeNumberWithinBounds() {
        FactorSpec.Bounds whole = new FactorSpec.Bounds("force.battalionSize", 400, 800, true);
        assertEquals("400", whole.value(0.0));
        assertEquals("600", whole.value(0.5));
        assertEquals("601", whole.value(0.5024));
        assertEquals("800", whole.value(0.99999));
        FactorSpec.Bounds odd = new FactorSpec.Bounds("k", 0.4, 2.6, true);
        assertEquals("1", odd.value(0.0));
        assertEquals("2", odd.value(0.99999));
    }

    @Test
    void boundsRefuseEmptyIntervals() {
        InvalidInputException reversed = assertThrows(InvalidInputException.class,
                () -> new FactorSpec.Bounds("x.y", 2.0, 1.0, false));
        assertTrue(reversed.getMessage().contains("x.y"));
        assertThrows(InvalidInputException.class, () -> new FactorSpec.Bounds("x.y", 0.2, 0.8, true));
        assertThrows(InvalidInputException.class, () -> new FactorSpec.Bounds("x.y", 0, Double.NaN, false));
        assertEquals("5", new FactorSpec.Bounds("x.y", 5, 5, false).value(0.3));
    }
}
