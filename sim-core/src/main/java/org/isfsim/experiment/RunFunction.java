package org.isfsim.experiment;

import org.isfsim.model.metrics.MetricsTable;

/** What running one spec means: by default {@link Simulation#run}; tests and other engines may substitute. */
@FunctionalInterface
public interface RunFunction {
    MetricsTable run(RunSpec spec);

    /** The model itself, from day 0 to the last day. */
    RunFunction SIMULATION = spec -> Simulation.run(spec.parameters(), spec.seed());
}
