package org.isfsim.model.metrics;

import java.util.List;

/**
 * A day worth knowing in a run: the first day a metric reaches a level, written to {@code runs.csv}
 * as {@code day_<name>} (empty when never reached). The level is a fixed value the metric must reach, a
 * share of its day-0 value it must fall to, or a share of its day-0 value it must rise above.
 *
 * @param name the column name without the {@code day_} prefix
 * @param metric the metric watched
 * @param level the value to reach, or the share of the day-0 value to fall to or rise above
 * @param direction how {@code level} is read
 */
public record Milestone(String name, Metric metric, double level, Direction direction) {

    /** How a milestone's level is read. */
    public enum Direction {
        /** The metric is at least the level. */
        REACHING,
        /** The metric is at most the level × its day-0 value. */
        FALLING_TO_SHARE_OF_START,
        /** The metric is above the level × its day-0 value. */
        RISING_ABOVE_SHARE_OF_START
    }

    /** The milestones every run reports, in column order. */
    public static final List<Milestone> ALL = List.of(
            reaching("isf_5000", Metric.ISF_TROOPS, 5_000),
            reaching("police_5000", Metric.POLICE_DEPLOYED, 5_000),
            fallingTo("infrastructure_half", Metric.INFRASTRUCTURE_REMAINING, 0.5),
            reaching("idf_stage2", Metric.IDF_WITHDRAWAL_STAGE, 2),
            reaching("first_isf_in_gaza", Metric.ISF_TROOPS_IN_GAZA, 1),
            reaching("ceasefire_collapse", Metric.CEASEFIRE_STATE, 3),
            risingAbove("idf_extension", Metric.IDF_HELD_SHARE, 1.0));

    /** The first day the metric is at least {@code value}. */
    public static Milestone reaching(String name, Metric metric, double value) {
        return new Milestone(name, metric, value, Direction.REACHING);
    }

    /** The first day the metric is at most {@code share} of its day-0 value. */
    public static Milestone fallingTo(String name, Metric metric, double share) {
        return new Milestone(name, metric, share, Direction.FALLING_TO_SHARE_OF_START);
    }

    /** The first day the metric is above {@code share} of its day-0 value. */
    public static Milestone risingAbove(String name, Metric metric, double share) {
        return new Milestone(name, metric, share, Direction.RISING_ABOVE_SHARE_OF_START);
    }

    public String column() {
        return "day_" + name;
    }

    /** The first day the level is reached, or -1 when it never is (or the metric is not measured). */
    public int firstDay(MetricsTable table) {
        if (table.recordedDays() == 0) {
            return -1;
        }
        double start = table.value(0, metric);
        for (int day = 0; day < table.recordedDays(); day++) {
            double value = table.value(day, metric);
            boolean reached = switch (direction) {
                case REACHING -> value >= level;
                case FALLING_TO_SHARE_OF_START -> value <= level * start;
                case RISING_ABOVE_SHARE_OF_START -> value > level * start;
            };
            if (reached) {
                return day;
            }
        }
        return -1;
    }
}
