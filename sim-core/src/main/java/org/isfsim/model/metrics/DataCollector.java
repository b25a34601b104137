package org.isfsim.model.metrics;

import java.util.EnumMap;
import java.util.Map;

/**
 * The daily metrics of a model, one reporter per {@link Metric} (Mesa's DataCollector with
 * {@code model_reporters}, the enum giving the shared names). A collector holds no state of a run: a
 * model keeps it in a constant, so a checkpoint never holds a reporter, and the run's values stay in
 * its {@link MetricsTable}.
 *
 * @param <M> the model the reporters read
 */
public final class DataCollector<M> {
    private final Map<Metric, MetricReporter<M>> reporters;

    /**
     * @param reporters a reporter for every metric
     * @throws IllegalArgumentException if a metric has none
     */
    public DataCollector(Map<Metric, MetricReporter<M>> reporters) {
        this.reporters = new EnumMap<>(reporters);
        for (Metric metric : Metric.all()) {
            if (!this.reporters.containsKey(metric)) {
                throw new IllegalArgumentException("no reporter for metric " + metric.column());
            }
        }
    }

    /** Fills a day's row, column by column in {@link Metric} order. */
    public void collect(M model, double[] row) {
        for (Map.Entry<Metric, MetricReporter<M>> entry : reporters.entrySet()) {
            row[entry.getKey().ordinal()] = entry.getValue().report(model);
        }
    }
}
