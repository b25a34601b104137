package org.isfsim.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.InvalidInputException;

/**
 * Every combination of every factor's levels: the cartesian product, in lexicographic order with
 * the first factor varying slowest and the last fastest (like nested loops written in factor
 * order). Factors must be {@link FactorSpec.Levels} or {@link FactorSpec.Range}; continuous
 * {@link FactorSpec.Bounds} have no levels to combine and are refused. Needs no randomness.
 */
public record FullFactorial() implements ExperimentDesign {

    /** The name used in scenario files. */
    public static final String NAME = "full-factorial";

    @Override
    public String name() {
        return NAME;
    }

    /** The product of the factors' levels; {@code random} is ignored and may be null. */
    @Override
    public List<List<String>> points(List<FactorSpec> factors, MersenneTwisterFast random) {
        DesignChecks.requireFactors(NAME, factors);
        int k = factors.size();
        List<List<String>> levels = new ArrayList<>(k);
        long count = 1;
        for (FactorSpec factor : factors) {
            List<String> factorLevels = DesignChecks.levelsOf(factor);
            if (factorLevels == null) {
                throw new InvalidInputException(NAME + " needs values or {from, to, step} for " + factor.key(),
                        factor.key(), null);
            }
            levels.add(factorLevels);
            count = Math.multiplyExact(count, (long) factorLevels.size());
            DesignChecks.requirePointCount(NAME, count);
        }
        int total = (int) count;
        List<List<String>> points = new ArrayList<>(total);
        int[] index = new int[k];
        for (int p = 0; p < total; p++) {
            String[] point = new String[k];
            for (int f = 0; f < k; f++) {
                point[f] = levels.get(f).get(index[f]);
            }
            points.add(List.of(point));
            // Odometer: the last factor turns fastest, the first slowest.
            for (int f = k - 1; f >= 0; f--) {
                if (++index[f] < levels.get(f).size()) {
                    break;
                }
                index[f] = 0;
            }
        }
        return List.copyOf(points);
    }
}
