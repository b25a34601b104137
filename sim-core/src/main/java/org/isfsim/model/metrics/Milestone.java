package org.isfsim.model.metrics;

import java.util.List;

/**
 * A day worth knowing in a run: the first day a metric reaches a threshold, written to
 * {@code runs.csv} as {@code day_<name>} (empty when never reached).
 *
 * @param name the column name without the {@code day_} prefix
 * @param metric the metric watched
 * @param threshold the value it must reach
 */
public record Milestone(String name, Metric metric, double threshold) {

    /** The milestones every run reports, in column order. */
    public static final List<Milestone> ALL = List.of(
            new Milestone("isf_5000", Metric.ISF_TROOPS, 5_000),
            new Milestone("police_5000", Metric.POLICE_DEPLOYED, 5_000));

    public String column() {
        return "day_" + name;
    }

    /** The first day the metric reaches the threshold, or -1 when it never does. */
    public int firstDay(MetricsTable table) {
        for (int day = 0; day < table.recordedDays(); day++) {
            if (table.value(day, metric) >= threshold) {
                return day;
            }
        }
        return -1;
    }
}
