package org.isfsim.spark;

import java.io.Serializable;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.Simulation;

/**
 * A {@link RunFunction} Spark can ship to its executors: serializable, so a lambda of this type can be
 * sent with the tasks. Tests substitute one that fails on purpose.
 */
@FunctionalInterface
public interface SparkRunFunction extends RunFunction, Serializable {
    /** The model itself, exactly as {@link RunFunction#SIMULATION} runs it. */
    SparkRunFunction SIMULATION = spec -> Simulation.run(spec.parameters(), spec.seed());
}
