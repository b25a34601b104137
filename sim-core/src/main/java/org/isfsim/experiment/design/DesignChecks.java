package org.isfsim.experiment.design;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isfsim.InvalidInputException;

/** The checks every design makes of its inputs, so their messages read the same. */
final class DesignChecks {

    /** The most design points any design produces; beyond this a sweep is a mistake, not a plan. */
    static final int MAX_POINTS = 1_000_000;

    private DesignChecks() {
    }

    static void requireSamples(String design, int samples) {
        if (samples < 2) {
            throw new InvalidInputException(design + " needs samples >= 2, got " + samples);
        }
    }

    static void requireFactors(String design, List<FactorSpec> factors) {
        if (factors == null || factors.isEmpty()) {
            throw new InvalidInputException(design + " needs at least one factor");
        }
        Set<String> keys = new HashSet<>();
        for (FactorSpec factor : factors) {
            if (factor == null) {
                throw new InvalidInputException(design + ": a factor is missing (null)");
            }
            if (!keys.add(factor.key())) {
                throw new InvalidInputException(design + ": factor " + factor.key() + " is given twice", factor.key(),
                        null);
            }
        }
    }

    static int requirePointCount(String design, long points) {
        if (points > MAX_POINTS) {
            throw new InvalidInputException(design + " would make " + points + " design points; at most " + MAX_POINTS
                    + " are allowed");
        }
        return (int) points;
    }

    /** The levels of a discrete factor, or null for {@link FactorSpec.Bounds}. */
    static List<String> levelsOf(FactorSpec factor) {
        if (factor instanceof FactorSpec.Levels levels) {
            return levels.values();
        }
        if (factor instanceof FactorSpec.Range range) {
            return range.levels();
        }
        return null;
    }
}
