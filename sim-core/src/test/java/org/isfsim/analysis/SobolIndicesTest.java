package org.isfsim.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.isfsim.experiment.design.FactorSpec;
import org.isfsim.experiment.design.SaltelliRole;
import org.isfsim.experiment.design.SobolSaltelli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {

    private static final List<String> ISHIGAMI_KEYS = List.of("x1", "x2", "x3");
    private static final double[] ISHIGAMI_S1 = {0.3139, 0.4424, 0.0};
    private static final double[] ISHIGAMI_ST = {0.5576, 0.4424, 0.2437};
    private static final int ISHIGAMI_N = 4096;

    private static List<SobolIndex> ishigami;

    /** Ishigami &amp; Homma (1990) with a = 7, b = 0.1 on [−π, π]³; analytic indices above. */
    private static double ishigami(double[] x) {
        double s2 = Math.sin(x[1]);
        return Math.sin(x[0]) + 7.0 * s2 * s2 + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** Runs the function at every point of a Sobol/Saltelli design, in design order. */
    private static double[] outputs(SobolSaltelli design, List<FactorSpec> factors, ToDoubleFunction<double[]> f) {
        List<List<String>> points = design.points(factors, null);
        double[] y = new double[points.size()];
        for (int p = 0; p < y.length; p++) {
            double[] x = points.get(p).stream().mapToDouble(Double::parseDouble).toArray();
            y[p] = f.applyAsDouble(x);
        }
        return y;
    }

    @BeforeAll
    static void computeIshigami() {
        List<FactorSpec> factors = ISHIGAMI_KEYS.stream()
                .<FactorSpec>map(key -> new FactorSpec.Bounds(key, -Math.PI, Math.PI, false)).toList();
        double[] y = outputs(new SobolSaltelli(ISHIGAMI_N), factors, SobolIndicesTest::ishigami);
        ishigami = SobolIndices.compute("y", ISHIGAMI_KEYS, y, 500, new MersenneTwisterFast(20240601L));
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        assertEquals(3, ishigami.size());
        for (int i = 0; i < 3; i++) {
            SobolIndex index = ishigami.get(i);
            assertEquals("y", index.metric());
            assertEquals(ISHIGAMI_KEYS.get(i), index.factor());
            assertEquals(ISHIGAMI_S1[i], index.s1(), 0.05, "S1 of " + index.factor() + ": " + index);
            assertEquals(ISHIGAMI_ST[i], index.st(), 0.05, "ST of " + index.factor() + ": " + index);
        }
    }

    @Test
    void ishigamiBootstrapIntervalsContainTheEstimatesAndAreNarrow() {
        for (SobolIndex index : ishigami) {
            assertTrue(index.s1Low() <= index.s1() && index.s1() <= index.s1High(), index.toString());
            assertTrue(index.stLow() <= index.st() && index.st() <= index.stHigh(), index.toString());
            assertTrue(index.s1High() - index.s1Low() < 0.1, index.toString());
            assertTrue(index.stHigh() - index.stLow() < 0.1, index.toString());
        }
    }

    @Test
    void additiveLinearFunctionSplitsVarianceByCoefficientSquared() {
        List<FactorSpec> factors = List.of(new FactorSpec.Bounds("x1", 0.0, 1.0, false),
                new FactorSpec.Bounds("x2", 0.0, 1.0, false));
        double[] y = outputs(new SobolSaltelli(1024), factors, x -> 2.0 * x[0] + x[1]);
        List<SobolIndex> indices = SobolIndices.compute("y", List.of("x1", "x2"), y, 200, new MersenneTwisterFast(5));
        assertEquals(0.8, indices.get(0).s1(), 0.02);
        assertEquals(0.8, indices.get(0).st(), 0.02);
        assertEquals(0.2, indices.get(1).s1(), 0.02);
        assertEquals(0.2, indices.get(1).st(), 0.02);
    }

    @Test
    void largeOffsetsDoNotSpoilTheFirstOrderEstimate() {
        List<FactorSpec> factors = List.of(new FactorSpec.Bounds("x1", 0.0, 1.0, false),
                new FactorSpec.Bounds("x2", 0.0, 1.0, false));
        double[] y = outputs(new SobolSaltelli(1024), factors, x -> 1.0e6 + 2.0 * x[0] + x[1]);
        List<SobolIndex> indices = SobolIndices.compute("y", List.of("x1", "x2"), y, 0, null);
        assertEquals(0.8, indices.get(0).s1(), 0.02);
        assertEquals(0.2, indices.get(1).s1(), 0.02);
        assertTrue(Double.isNaN(indices.get(0).s1Low()));
    }

    @Test
    void blocksWithAFailedRunAreSkippedWhole() {
        List<FactorSpec> factors = List.of(new FactorSpec.Bounds("x1", 0.0, 1.0, false),
                new FactorSpec.Bounds("x2", 0.0, 1.0, false));
        SobolSaltelli design = new SobolSaltelli(256);
        double[] y = outputs(design, factors, x -> 2.0 * x[0] + x[1]);
        double[] damaged = y.clone();
        damaged[SobolSaltelli.indexOf(7, SaltelliRole.ab(1), 2)] = Double.NaN;
        damaged[SobolSaltelli.indexOf(100, SaltelliRole.A, 2)] = Double.POSITIVE_INFINITY;
        assertEquals(254, SobolIndices.usableBlocks(damaged, 2));

        double[] kept = new double[254 * 4];
        int next = 0;
        for (int block = 0; block < 256; block++) {
            if (block != 7 && block != 100) {
                System.arraycopy(y, block * 4, kept, next, 4);
                next += 4;
            }
        }
        List<SobolIndex> withGaps = SobolIndices.compute("y", List.of("x1", "x2"), damaged, 0, null);
        List<SobolIndex> without = SobolIndices.compute("y", List.of("x1", "x2"), kept, 0, null);
        assertEquals(without, withGaps);
    }

    @Test
    void bootstrapIsDeterministicForAGivenSeed() {
        List<FactorSpec> factors = List.of(new FactorSpec.Bounds("x1", 0.0, 1.0, false),
                new FactorSpec.Bounds("x2", 0.0, 1.0, false));
        double[] y = outputs(new SobolSaltelli(128), factors, x -> x[0] * x[1] + x[0]);
        assertEquals(SobolIndices.compute("y", List.of("x1", "x2"), y, 100, new MersenneTwisterFast(9)),
                SobolIndices.compute("y", List.of("x1", "x2"), y, 100, new MersenneTwisterFast(9)));
    }

    @Test
    void constantOutputGivesNaN() {
        double[] y = new double[4 * 10];
        Arrays.fill(y, 0.1);
        SobolIndex index = SobolIndices.compute("y", List.of("x1", "x2"), y, 10, new MersenneTwisterFast(1)).get(0);
        assertTrue(Double.isNaN(index.s1()) && Double.isNaN(index.st()) && Double.isNaN(index.s1Low()));
    }

    @Test
    void refusesMisshapenOutputs() {
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.compute("y", List.of("x1", "x2"), new double[10], 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.compute("y", List.of(), new double[8], 0, null));
        double[] oneBlockLeft = new double[8];
        oneBlockLeft[0] = Double.NaN;
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.compute("y", List.of("x1", "x2"), oneBlockLeft, 0, null));
        assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.compute("y", List.of("x1", "x2"), new double[8], -1, null));
    }
}
