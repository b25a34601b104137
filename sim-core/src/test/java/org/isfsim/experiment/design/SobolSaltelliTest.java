package org.isfsim.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.isfsim.InvalidInputException;
import org.junit.jupiter.api.Test;

class SobolSaltelliTest {

    private static final int N = 64;

    private static final List<FactorSpec> FACTORS = List.of(
            new FactorSpec.Bounds("x.one", 0.0, 1.0, false),
            new FactorSpec.Bounds("x.two", -10.0, 10.0, false),
            new FactorSpec.Bounds("x.three", 100, 1000, true));

    @Test
    void hasNBlocksOfKPlusTwoPoints() {
        List<List<String>> points = new SobolSaltelli(N).points(FACTORS, null);
        assertEquals(N * (FACTORS.size() + 2), points.size());
        assertEquals(N * 5L, new SobolSaltelli(N).pointCount(3));
        assertEquals("sobol", new SobolSaltelli(N).name());
    }

    @Test
    void aAndBAreTheSobolSequenceAfterItsZeroPoint() {
        int k = FACTORS.size();
        List<List<String>> points = new SobolSaltelli(N).points(FACTORS, null);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        double[] zero = sobol.nextVector();
        assertEquals(0.0, zero[0]);
        for (int j = 0; j < N; j++) {
            double[] row = sobol.nextVector();
            List<String> a = points.get(SobolSaltelli.indexOf(j, SaltelliRole.A, k));
            List<String> b = points.get(SobolSaltelli.indexOf(j, SaltelliRole.B, k));
            for (int f = 0; f < k; f++) {
                FactorSpec.Bounds bounds = (FactorSpec.Bounds) FACTORS.get(f);
                assertEquals(bounds.value(row[f]), a.get(f), "A block " + j + " factor " + f);
                assertEquals(bounds.value(row[k + f]), b.get(f), "B block " + j + " factor " + f);
            }
        }
    }

    @Test
    void abTakesOnlyColumnIFromB() {
        int k = FACTORS.size();
        List<List<String>> points = new SobolSaltelli(N).points(FACTORS, null);
        for (int j = 0; j < N; j++) {
            List<String> a = points.get(SobolSaltelli.indexOf(j, SaltelliRole.A, k));
            List<String> b = points.get(SobolSaltelli.indexOf(j, SaltelliRole.B, k));
            for (int i = 0; i < k; i++) {
                List<String> ab = points.get(SobolSaltelli.indexOf(j, SaltelliRole.ab(i), k));
                for (int f = 0; f < k; f++) {
                    assertEquals(f == i ? b.get(f) : a.get(f), ab.get(f), "AB" + i + " block " + j + " factor " + f);
                }
            }
        }
    }

    @Test
    void mapsBoundsAndKeepsIntegersWhole() {
        int k = FACTORS.size();
        double[][] unit = new SobolSaltelli(N).unitSequence(k);
        List<List<String>> points = new SobolSaltelli(N).points(FACTORS, null);
        // The first Sobol point after zero is (0.5, 0.5, …).
        assertEquals(0.5, unit[0][0]);
        assertEquals(List.of("0.5", "0", "550"), points.get(0));
        for (List<String> point : points) {
            double two = Double.parseDouble(point.get(1));
            assertEquals(true, two >= -10.0 && two <= 10.0);
            int three = Integer.parseInt(point.get(2));
            assertEquals(true, three >= 100 && three <= 1000);
        }
        // That first point has equal halves, so block 0's A and B coincide; later blocks differ.
        assertEquals(points.get(0), points.get(1));
        assertNotEquals(points.get(SobolSaltelli.indexOf(1, SaltelliRole.A, k)),
                points.get(SobolSaltelli.indexOf(1, SaltelliRole.B, k)));
    }

    @Test
    void indexArithmeticRoundTrips() {
        int k = 4;
        assertEquals(0, SobolSaltelli.indexOf(0, SaltelliRole.A, k));
        assertEquals(1, SobolSaltelli.indexOf(0, SaltelliRole.B, k));
        assertEquals(2, SobolSaltelli.indexOf(0, SaltelliRole.ab(0), k));
        assertEquals(6 * 3 + 2 + 3, SobolSaltelli.indexOf(3, SaltelliRole.ab(3), k));
        for (int index = 0; index < 60; index++) {
            int block = SobolSaltelli.blockOf(index, k);
            SaltelliRole role = SobolSaltelli.roleOf(index, k);
            assertEquals(index, SobolSaltelli.indexOf(block, role, k));
        }
        assertEquals("AB4", SaltelliRole.ab(3).label());
        assertEquals(3, SaltelliRole.ab(3).factor());
        assertThrows(IllegalArgumentException.class, () -> SobolSaltelli.indexOf(0, SaltelliRole.ab(4), k));
    }

    @Test
    void refusesNonBoundsFactorsTooFewSamplesAndNoFactors() {
        InvalidInputException levels = assertThrows(InvalidInputException.class, () -> new SobolSaltelli(N).points(
                List.of(new FactorSpec.Levels("m.mode", List.of("A", "B"))), null));
        assertEquals("m.mode", levels.key());
        assertThrows(InvalidInputException.class, () -> new SobolSaltelli(N).points(List.of(
                new FactorSpec.Range("r", BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, true)), null));
        assertThrows(InvalidInputException.class, () -> new SobolSaltelli(1));
        assertThrows(InvalidInputException.class, () -> new SobolSaltelli(N).points(List.of(), null));
    }
}
