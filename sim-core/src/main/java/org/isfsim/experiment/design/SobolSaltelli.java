package org.isfsim.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.isfsim.InvalidInputException;

/**
 * The sampling design for variance-based (Sobol) sensitivity analysis, after Saltelli (2002,
 * Comput. Phys. Commun. 145:280–297) and Saltelli et al. (2010, Comput. Phys. Commun.
 * 181:259–270).
 *
 * <p>N = {@code samples} points of a 2k-dimensional Sobol low-discrepancy sequence are drawn
 * (commons-math3 {@link SobolSequenceGenerator}, Joe–Kuo direction numbers, skipping the first,
 * all-zero point). Matrix A is their first k columns, matrix B the last k, and AB<sup>(i)</sup>
 * is A with column i taken from B. The design is laid out in N <em>blocks</em> of k + 2 points;
 * block j (0-based) holds, in order:
 *
 * <pre>
 *   index j·(k+2)          A_j
 *   index j·(k+2) + 1      B_j
 *   index j·(k+2) + 2 + i  AB_j^(i),  i = 0 … k−1
 * </pre>
 *
 * so N·(k + 2) points in all; {@link #indexOf(int, SaltelliRole, int)} computes these indices and
 * {@link org.isfsim.analysis.SobolIndices} reads outputs in exactly this order. Keeping a block's
 * points together lets a sweep that fails part-way still be analysed over its complete blocks.
 *
 * <p>The first point used, (½, ½, …, ½), has equal halves, so in block 0 A, B and every
 * AB<sup>(i)</sup> are the same point: that block adds nothing to the variance differences but is
 * a valid sample of the output, and the estimators stay consistent.
 *
 * <p>Only {@link FactorSpec.Bounds} factors are accepted; u is mapped with
 * {@link FactorSpec.Bounds#value(double)}. The design is deterministic and unscrambled: the
 * generator passed to {@link #points} is ignored (and may be null). Sobol sequences are best
 * balanced when N is a power of two, but any N ≥ 2 is allowed. k may be at most
 * {@value #MAX_FACTORS} (the sequence's 1000 dimensions).
 *
 * @param samples N, the number of blocks (base samples); at least 2
 */
public record SobolSaltelli(int samples) implements ExperimentDesign {

    /** The name used in scenario files. */
    public static final String NAME = "sobol";

    /** The most factors: the Sobol sequence supplies at most 1000 dimensions, two per factor. */
    public static final int MAX_FACTORS = 500;

    public SobolSaltelli {
        DesignChecks.requireSamples(NAME, samples);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The N·(k+2) points in block order (see the class description); {@code random} is ignored. */
    @Override
    public List<List<String>> points(List<FactorSpec> factors, MersenneTwisterFast random) {
        DesignChecks.requireFactors(NAME, factors);
        int k = factors.size();
        if (k > MAX_FACTORS) {
            throw new InvalidInputException(NAME + " takes at most " + MAX_FACTORS + " factors, got " + k);
        }
        List<FactorSpec.Bounds> bounds = new ArrayList<>(k);
        for (FactorSpec factor : factors) {
            if (!(factor instanceof FactorSpec.Bounds b)) {
                throw new InvalidInputException(NAME + " needs {min, max} for " + factor.key()
                        + " (explicit values and steps cannot be sampled)", factor.key(), null);
            }
            bounds.add(b);
        }
        int total = DesignChecks.requirePointCount(NAME, pointCount(k));
        double[][] sequence = unitSequence(k);
        List<List<String>> points = new ArrayList<>(total);
        for (int j = 0; j < samples; j++) {
            double[] row = sequence[j];
            points.add(point(bounds, row, 0, -1));
            points.add(point(bounds, row, k, -1));
            for (int i = 0; i < k; i++) {
                points.add(point(bounds, row, 0, i));
            }
        }
        return List.copyOf(points);
    }

    /**
     * The N rows of the 2k-dimensional Sobol sequence the design uses, after the all-zero first
     * point: row j's columns 0…k−1 are A_j and k…2k−1 are B_j, all in [0, 1).
     */
    public double[][] unitSequence(int factorCount) {
        if (factorCount < 1 || factorCount > MAX_FACTORS) {
            throw new IllegalArgumentException("factorCount must be in 1.." + MAX_FACTORS + ", got " + factorCount);
        }
        SobolSequenceGenerator generator = new SobolSequenceGenerator(2 * factorCount);
        generator.nextVector(); // the first point is all zeros; Saltelli's scheme starts after it
        double[][] rows = new double[samples][];
        for (int j = 0; j < samples; j++) {
            rows[j] = generator.nextVector();
        }
        return rows;
    }

    /** N·(k+2): how many points the design has for {@code factorCount} factors. */
    public long pointCount(int factorCount) {
        return (long) samples * blockSize(factorCount);
    }

    /** k + 2: the points in one block. */
    public static int blockSize(int factorCount) {
        if (factorCount < 1) {
            throw new IllegalArgumentException("factorCount must be >= 1, got " + factorCount);
        }
        return factorCount + 2;
    }

    /**
     * The 0-based position in the design (and in a list of per-point outputs) of the point with
     * this role in block {@code block}: {@code block·(k+2) + role.offset()}.
     */
    public static int indexOf(int block, SaltelliRole role, int factorCount) {
        int size = blockSize(factorCount);
        if (block < 0) {
            throw new IllegalArgumentException("block must be >= 0, got " + block);
        }
        if (role.offset() >= size) {
            throw new IllegalArgumentException("role " + role.label() + " does not exist with " + factorCount
                    + " factors");
        }
        return Math.multiplyExact(block, size) + role.offset();
    }

    /** The block (0-based) of the point at {@code index}. */
    public static int blockOf(int index, int factorCount) {
        requireIndex(index);
        return index / blockSize(factorCount);
    }

    /** The role of the point at {@code index}. */
    public static SaltelliRole roleOf(int index, int factorCount) {
        requireIndex(index);
        return new SaltelliRole(index % blockSize(factorCount));
    }

    private static void requireIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, got " + index);
        }
    }

    /** One point: columns from {@code from}…{@code from+k−1} of the row, except {@code swapped} from B. */
    private static List<String> point(List<FactorSpec.Bounds> bounds, double[] row, int from, int swapped) {
        int k = bounds.size();
        String[] values = new String[k];
        for (int f = 0; f < k; f++) {
            double u = f == swapped ? row[k + f] : row[from + f];
            values[f] = bounds.get(f).value(u);
        }
        return List.of(values);
    }
}
