package org.isfsim.model.metrics;

import java.io.Serializable;

/**
 * One run's daily metric values: a row per day from day 0, a column per {@link Metric}. Rows are
 * preallocated for the whole run, so recording a day allocates nothing.
 */
public final class MetricsTable implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[][] rows;
    private int recordedDays;

    public MetricsTable(int days) {
        rows = new double[days + 1][Metric.all().size()];
    }

    /** The row to fill for a day; days must be recorded in order from 0. */
    public double[] rowFor(int day) {
        if (day != recordedDays) {
            throw new IllegalStateException("day " + day + " recorded out of order; expected " + recordedDays);
        }
        recordedDays++;
        return rows[day];
    }

    public double value(int day, Metric metric) {
        return rows[day][metric.ordinal()];
    }

    /** Days recorded so far (day 0 counts). */
    public int recordedDays() {
        return recordedDays;
    }

    /** A copy of one day's row. */
    public double[] row(int day) {
        return rows[day].clone();
    }
}
