package org.isfsim.model.metrics;

/**
 * How one {@link Metric} is read off a model at the end of a day (a model reporter, as in Mesa's
 * DataCollector).
 *
 * @param <M> the model it reads
 */
@FunctionalInterface
public interface MetricReporter<M> {
    /** Today's value of the metric. */
    double report(M model);
}
