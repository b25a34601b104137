package org.isfsim.model.metrics;

import java.util.List;

/**
 * A day worth knowing in a run: the first day a metric reaches a level, written to {@code runs.csv}
 * as {@code day_<name>} (empty when never reached). The level is either a fixed value the metric must
 * reach, or a share of its day-0 value it must fall to.
 *
 * @param name the column name without the {@code day_} prefix
 * @param metric the metric watched
 * @param level the value to reach, or the share of the day-0 value to fall to
 * @param falling whether the metric must fall to {@code level} × its day-0 value (else rise to {@code level})
 */
public record Milestone(String name, Metric metric, double level, boolean falling) {

    /** The milestones every run reports, in column order. */
    public static final List<Milestone> ALL = List.of(
            reaching("isf_5000", Metric.ISF_TROOPS, 5_000),
            reaching("police_5000", Metric.POLICE_DEPLOYED, 5_000),
            fallingTo("infrastructure_half", Metric.INFRASTRUCTURE_REMAINING, 0.5),
            reaching("idf_stage2", Metric.IDF_WITHDRAWAL_STAGE, 2));

    /** The first day the metric is at least {@code value}. */
    public static Milestone reaching(String name, Metric metric, double value) {
        return new Milestone(name, metric, value, false);
    }

    /** The first day the metric is at most {@code share} of its day-0 value. */
    public static Milestone fallingTo(String name, Metric metric, double share) {
        return new Milestone(name, metric, share, true);
    }

    public String column() {
        return "day_" + name;
    }

    /** The first day the level is reached, or -1 when it never is (or the metric is not measured). */
    public int firstDay(MetricsTable table) {
        if (table.recordedDays() == 0) {
            return -1;
        }
        double threshold = falling ? level * table.value(0, metric) : level;
        for (int day = 0; day < table.recordedDays(); day++) {
            double value = table.value(day, metric);
            if (falling ? value <= threshold : value >= threshold) {
                return day;
            }
        }
        return -1;
    }
}
