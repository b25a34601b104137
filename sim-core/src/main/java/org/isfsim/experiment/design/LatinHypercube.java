package org.isfsim.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Latin hypercube sample (McKay, Beckman &amp; Conover 1979, Technometrics 21(2):239–245):
 * {@code samples} points such that, for every factor, each of {@code samples} equal strata of
 * [0, 1) holds exactly one point. It covers every factor's whole range with far fewer runs than a
 * full factorial.
 *
 * <p>For each factor in turn the stratum order is a uniform random permutation (Fisher–Yates,
 * drawing {@code random.nextInt}), then each point's position within its stratum is uniform
 * ({@code random.nextDouble}). {@link FactorSpec.Bounds} turn u into a value with
 * {@link FactorSpec.Bounds#value(double)}; {@link FactorSpec.Levels} and {@link FactorSpec.Range}
 * take level number ⌊u·levels⌋, so each level is used about equally often. The points depend only
 * on the generator's state: the same seed gives the same design.
 *
 * @param samples the number of design points; at least 2
 */
public record LatinHypercube(int samples) implements ExperimentDesign {

    /** The name used in scenario files. */
    public static final String NAME = "latin-hypercube";

    public LatinHypercube {
        DesignChecks.requireSamples(NAME, samples);
        DesignChecks.requirePointCount(NAME, samples);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<List<String>> points(List<FactorSpec> factors, MersenneTwisterFast random) {
        DesignChecks.requireFactors(NAME, factors);
        Objects.requireNonNull(random, "random");
        int k = factors.size();
        double[][] u = unitPoints(k, random);
        String[][] values = new String[samples][k];
        for (int f = 0; f < k; f++) {
            FactorSpec factor = factors.get(f);
            List<String> levels = DesignChecks.levelsOf(factor);
            for (int s = 0; s < samples; s++) {
                if (levels == null) {
                    values[s][f] = ((FactorSpec.Bounds) factor).value(u[s][f]);
                } else {
                    int index = Math.min(levels.size() - 1, (int) Math.floor(u[s][f] * levels.size()));
                    values[s][f] = levels.get(index);
                }
            }
        }
        List<List<String>> points = new ArrayList<>(samples);
        for (String[] point : values) {
            points.add(List.of(point));
        }
        return List.copyOf(points);
    }

    /**
     * The sample in the unit cube: {@code samples} rows of {@code dimensions} values in [0, 1),
     * each column hitting each stratum {@code [s/samples, (s+1)/samples)} exactly once. Column
     * {@code d} is drawn entirely before column {@code d + 1}.
     */
    public double[][] unitPoints(int dimensions, MersenneTwisterFast random) {
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be >= 1, got " + dimensions);
        }
        double[][] u = new double[samples][dimensions];
        int[] strata = new int[samples];
        for (int d = 0; d < dimensions; d++) {
            for (int s = 0; s < samples; s++) {
                strata[s] = s;
            }
            for (int s = samples - 1; s > 0; s--) {
                int other = random.nextInt(s + 1);
                int swap = strata[s];
                strata[s] = strata[other];
                strata[other] = swap;
            }
            for (int s = 0; s < samples; s++) {
                double x = (strata[s] + random.nextDouble()) / samples;
                // Guard the top of the stratum against rounding up to its upper edge.
                u[s][d] = Math.min(x, Math.nextDown((strata[s] + 1.0) / samples));
            }
        }
        return u;
    }
}
