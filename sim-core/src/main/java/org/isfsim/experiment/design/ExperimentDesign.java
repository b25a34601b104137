package org.isfsim.experiment.design;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * How {@code isf-sim sweep} chooses the design points of an experiment from its factors.
 *
 * <p>A design point is a {@code List<String>}: one value per factor, in the order of the factor
 * list, as text ready to be set as the parameter and written to the CSV column named by the
 * factor's key. No wrapper record is used, so points can be handed straight to the code that
 * builds {@code FactorValue}s. Every list returned is unmodifiable.
 */
public interface ExperimentDesign {

    /**
     * The design points for these factors.
     *
     * @param factors the factors, in column order; at least one, keys distinct
     * @param random the generator for designs that sample; a design that needs none ignores it
     *     (and then accepts null). The same seed always gives the same points.
     * @return the points, each with one value per factor in factor order
     * @throws org.isfsim.InvalidInputException when the factors do not suit the design
     */
    List<List<String>> points(List<FactorSpec> factors, MersenneTwisterFast random);

    /** The design's name as written in scenario files and the manifest, e.g. {@code latin-hypercube}. */
    String name();

    /**
     * The generator a sampling design draws its points from, for an experiment's base seed (all 64 bits):
     * the sweep and, for Morris, the analysis that remakes the trajectories use this one.
     */
    static MersenneTwisterFast randomFor(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }
}
