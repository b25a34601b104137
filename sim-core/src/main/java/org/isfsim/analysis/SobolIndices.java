package org.isfsim.analysis;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.isfsim.experiment.design.SaltelliRole;
import org.isfsim.experiment.design.SobolSaltelli;

/**
 * Sobol variance-based sensitivity indices of one output metric, estimated from the outputs of a
 * {@link SobolSaltelli} sweep, telling which factors drive the metric's variation and which can be
 * left at any value.
 *
 * <p>With f(A), f(B), f(AB<sup>(i)</sup>) the outputs at the rows of A, B and AB<sup>(i)</sup>
 * (A with column i from B) and V the variance of all f(A) and f(B) outputs together:
 * <ul>
 *   <li>first order, Saltelli et al. (2010, Comput. Phys. Commun. 181:259–270, Table 2 (b)):
 *       S1_i = mean(f(B)·(f(AB<sup>(i)</sup>) − f(A))) / V;</li>
 *   <li>total order, Jansen (1999, Comput. Phys. Commun. 117:35–43):
 *       ST_i = mean((f(A) − f(AB<sup>(i)</sup>))²) / 2 / V.</li>
 * </ul>
 * Before the first-order estimate the outputs are centred on the mean of f(A) and f(B) (subtracting
 * f0, as Sobol' 2001 advises): this changes no expectation, since E f(AB<sup>(i)</sup>) = E f(A),
 * but keeps a metric with a large mean (counts, populations) from swamping the estimate with
 * noise. V is the population variance (divisor 2N).
 *
 * <p>Confidence intervals: the N blocks are resampled with replacement {@code bootstrap} times
 * (indices drawn from the given generator), both indices recomputed on each resample for all
 * factors at once, and the 2.5th and 97.5th percentiles taken (percentile bootstrap, Efron;
 * interpolation R-7).
 *
 * <p>Failed runs: a block in which any output is NaN or infinite is skipped as a whole, because
 * its remaining outputs cannot be paired; {@link #usableBlocks} says how many remain. At least two
 * must remain.
 */
public final class SobolIndices {

    private static final double LOW_PERCENT = 2.5;
    private static final double HIGH_PERCENT = 97.5;

    private SobolIndices() {
    }

    /**
     * The indices of one metric for every factor.
     *
     * @param metric the metric's name, copied into the results
     * @param factorKeys the factors' keys, in the design's factor order (k of them)
     * @param outputsInDesignOrder the metric at each design point, N·(k+2) values in the exact
     *     order of {@link SobolSaltelli#points} (one value per point, e.g. the mean over
     *     replications); NaN or infinite marks a failed run, whose block is then skipped
     * @param bootstrap how many bootstrap resamples for the intervals; 0 leaves them NaN
     * @param random the generator the resamples draw from; may be null when {@code bootstrap} is 0
     * @return one index per factor, in factor order
     * @throws IllegalArgumentException when the output count is not a multiple of k + 2, fewer than
     *     two complete blocks remain, or {@code bootstrap} is negative
     */
    public static List<SobolIndex> compute(String metric, List<String> factorKeys, double[] outputsInDesignOrder,
            int bootstrap, MersenneTwisterFast random) {
        Objects.requireNonNull(factorKeys, "factorKeys");
        Objects.requireNonNull(outputsInDesignOrder, "outputsInDesignOrder");
        int k = factorKeys.size();
        if (k < 1) {
            throw new IllegalArgumentException("Sobol indices need at least one factor");
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap must be >= 0, got " + bootstrap);
        }
        if (bootstrap > 0) {
            Objects.requireNonNull(random, "random");
        }
        Blocks blocks = Blocks.of(metric, outputsInDesignOrder, k);
        int n = blocks.count();

        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[] estimate = blocks.estimate(all);

        double[][] resampled = new double[2 * k][bootstrap];
        int[] pick = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                pick[j] = random.nextInt(n);
            }
            double[] e = blocks.estimate(pick);
            for (int c = 0; c < 2 * k; c++) {
                resampled[c][b] = e[c];
            }
        }

        List<SobolIndex> indices = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] s1Interval = interval(resampled[i]);
            double[] stInterval = interval(resampled[k + i]);
            indices.add(new SobolIndex(metric, factorKeys.get(i), estimate[i], s1Interval[0], s1Interval[1],
                    estimate[k + i], stInterval[0], stInterval[1]));
        }
        return List.copyOf(indices);
    }

    /**
     * How many blocks of a Sobol/Saltelli sweep's outputs are complete (no NaN or infinite value),
     * i.e. how many {@link #compute} will use.
     *
     * @throws IllegalArgumentException when the output count is not a positive multiple of k + 2
     */
    public static int usableBlocks(double[] outputsInDesignOrder, int factorCount) {
        int size = blockSizeFor(outputsInDesignOrder.length, factorCount);
        int usable = 0;
        for (int start = 0; start < outputsInDesignOrder.length; start += size) {
            if (complete(outputsInDesignOrder, start, size)) {
                usable++;
            }
        }
        return usable;
    }

    private static int blockSizeFor(int length, int factorCount) {
        int size = SobolSaltelli.blockSize(factorCount);
        if (length == 0 || length % size != 0) {
            throw new IllegalArgumentException("a Sobol/Saltelli sweep with " + factorCount + " factors has N·"
                    + size + " outputs, got " + length);
        }
        return size;
    }

    private static boolean complete(double[] outputs, int start, int size) {
        for (int p = start; p < start + size; p++) {
            if (!Double.isFinite(outputs[p])) {
                return false;
            }
        }
        return true;
    }

    private static double[] interval(double[] samples) {
        if (samples.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        for (double s : samples) {
            if (Double.isNaN(s)) {
                return new double[] {Double.NaN, Double.NaN};
            }
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(samples);
        return new double[] {percentile.evaluate(LOW_PERCENT), percentile.evaluate(HIGH_PERCENT)};
    }

    /** The complete blocks' outputs, split by role: yA[j], yB[j], yAB[i][j]. */
    private record Blocks(double[] yA, double[] yB, double[][] yAB) {

        static Blocks of(String metric, double[] outputs, int k) {
            int size = blockSizeFor(outputs.length, k);
            int total = outputs.length / size;
            int n = usableBlocks(outputs, k);
            if (n < 2) {
                throw new IllegalArgumentException("Sobol indices of " + metric + " need at least 2 complete blocks; "
                        + n + " of " + total + " have no failed run");
            }
            double[] yA = new double[n];
            double[] yB = new double[n];
            double[][] yAB = new double[k][n];
            int j = 0;
            for (int block = 0; block < total; block++) {
                if (!complete(outputs, block * size, size)) {
                    continue;
                }
                yA[j] = outputs[SobolSaltelli.indexOf(block, SaltelliRole.A, k)];
                yB[j] = outputs[SobolSaltelli.indexOf(block, SaltelliRole.B, k)];
                for (int i = 0; i < k; i++) {
                    yAB[i][j] = outputs[SobolSaltelli.indexOf(block, SaltelliRole.ab(i), k)];
                }
                j++;
            }
            return new Blocks(yA, yB, yAB);
        }

        int count() {
            return yA.length;
        }

        /** S1 for each factor, then ST for each factor, over the blocks listed (repeats allowed). */
        double[] estimate(int[] blocks) {
            int k = yAB.length;
            int n = blocks.length;
            double sum = 0.0;
            boolean constant = true;
            double reference = yA[blocks[0]];
            for (int j : blocks) {
                sum += yA[j] + yB[j];
                constant &= yA[j] == reference && yB[j] == reference;
            }
            double mean = sum / (2.0 * n);
            double squares = 0.0;
            for (int j : blocks) {
                double a = yA[j] - mean;
                double b = yB[j] - mean;
                squares += a * a + b * b;
            }
            double variance = squares / (2.0 * n);
            double[] result = new double[2 * k];
            for (int i = 0; i < k; i++) {
                double first = 0.0;
                double total = 0.0;
                for (int j : blocks) {
                    double difference = yAB[i][j] - yA[j];
                    first += (yB[j] - mean) * difference;
                    total += difference * difference;
                }
                if (!constant && variance > 0.0) {
                    result[i] = first / n / variance;
                    result[k + i] = total / n / 2.0 / variance;
                } else {
                    result[i] = Double.NaN;
                    result[k + i] = Double.NaN;
                }
            }
            return result;
        }
    }
}
