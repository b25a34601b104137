package org.isfsim.experiment;

import org.isfsim.model.metrics.MetricsTable;

/**
 * The outcome of one run: its metrics when it completed, or the reason it failed.
 *
 * @param spec the run
 * @param metrics the daily metrics, or null when the run failed
 * @param failure why the run failed, or null when it completed
 */
public record RunResult(RunSpec spec, MetricsTable metrics, String failure) {

    public static RunResult ok(RunSpec spec, MetricsTable metrics) {
        return new RunResult(spec, metrics, null);
    }

    public static RunResult failed(RunSpec spec, String failure) {
        return new RunResult(spec, null, failure);
    }

    public boolean isOk() {
        return failure == null;
    }
}
