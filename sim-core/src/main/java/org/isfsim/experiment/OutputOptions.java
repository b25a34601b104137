package org.isfsim.experiment;

import java.io.Serializable;
import java.util.List;
import org.isfsim.model.metrics.Metric;

/**
 * What an experiment writes: which metric columns (all by default) and every how many days a
 * {@code timeseries.csv} row (every day by default; day 0 always). {@code runs.csv} summarises all days
 * whatever {@code every} is.
 *
 * @param metrics the metric columns, in column order
 * @param every write a row on days divisible by this
 */
public record OutputOptions(List<Metric> metrics, int every) implements Serializable {

    public OutputOptions {
        metrics = List.copyOf(metrics);
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("at least one metric column");
        }
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1: " + every);
        }
    }

    /** Every metric, every day. */
    public static OutputOptions all() {
        return new OutputOptions(Metric.all(), 1);
    }

    /** Whether a day gets a row. */
    public boolean writes(int day) {
        return day % every == 0;
    }
}
