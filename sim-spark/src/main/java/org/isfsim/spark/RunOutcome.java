package org.isfsim.spark;

import java.io.Serializable;
import org.isfsim.experiment.ExperimentRunner;
import org.isfsim.experiment.RunFunction;
import org.isfsim.experiment.RunResult;
import org.isfsim.experiment.RunSpec;
import org.isfsim.model.metrics.MetricsTable;

/**
 * What an executor sends back to the driver for one run: its number and either its metrics or why it
 * failed. The spec itself stays on the driver, which pairs the two again ({@link #toResult}).
 *
 * @param run the run number
 * @param metrics the daily metrics, or null when the run failed
 * @param failure why the run failed, or null
 */
record RunOutcome(int run, MetricsTable metrics, String failure) implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Runs one spec as the local runner does ({@link ExperimentRunner#runOne}): an exception in the model
     * is a failed run, recorded like any other; a JVM failure ({@link VirtualMachineError}) fails the
     * task, which Spark then retries, on another executor if it has one.
     */
    static RunOutcome of(RunSpec spec, RunFunction runFunction) {
        RunResult result = ExperimentRunner.runOne(spec, runFunction);
        return new RunOutcome(spec.run(), result.metrics(), result.failure());
    }

    RunResult toResult(RunSpec spec) {
        if (spec.run() != run) {
            throw new IllegalStateException("Spark returned run " + run + " where run " + spec.run() + " was due");
        }
        return new RunResult(spec, metrics, failure);
    }
}
