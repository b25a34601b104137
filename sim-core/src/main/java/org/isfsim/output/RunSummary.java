package org.isfsim.output;

import java.util.ArrayList;
import java.util.List;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricKind;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.metrics.Milestone;

/**
 * A run reduced to one row of {@code runs.csv}: for each metric its value on the last day
 * ({@code final_x}), its mean over all days from day 0 ({@code mean_x}), for a daily flow its sum over
 * the run ({@code total_x}), and its largest daily value ({@code max_x}); then the milestone days of the
 * metrics written.
 */
public final class RunSummary {
    private RunSummary() {
    }

    /** The summary columns for every metric. */
    public static List<String> columns() {
        return columns(Metric.all());
    }

    /** The summary columns for the given metrics (milestones only for metrics among them). */
    public static List<String> columns(List<Metric> metrics) {
        List<String> columns = new ArrayList<>();
        for (Metric metric : metrics) {
            for (Statistic statistic : Statistic.values()) {
                if (statistic.appliesTo(metric)) {
                    columns.add(statistic.column(metric));
                }
            }
        }
        for (Milestone milestone : milestones(metrics)) {
            columns.add(milestone.column());
        }
        return columns;
    }

    /** The summary fields of a completed run for every metric. */
    public static List<String> values(MetricsTable table) {
        return values(table, Metric.all());
    }

    /** The summary fields of a completed run, formatted for CSV, in {@link #columns(List)} order. */
    public static List<String> values(MetricsTable table, List<Metric> metrics) {
        List<String> values = new ArrayList<>();
        for (Metric metric : metrics) {
            for (Statistic statistic : Statistic.values()) {
                if (statistic.appliesTo(metric)) {
                    values.add(CsvFormat.number(statistic.of(table, metric), statistic.kind(metric)));
                }
            }
        }
        for (Milestone milestone : milestones(metrics)) {
            int day = milestone.firstDay(table);
            values.add(day < 0 ? "" : Integer.toString(day));
        }
        return values;
    }

    /**
     * The run-level value of a summary column (final_x, mean_x, total_x, max_x or day_x; NaN for an
     * empty milestone).
     */
    public static double value(MetricsTable table, String column) {
        for (Metric metric : Metric.all()) {
            for (Statistic statistic : Statistic.values()) {
                if (statistic.appliesTo(metric) && column.equals(statistic.column(metric))) {
                    return statistic.of(table, metric);
                }
            }
        }
        for (Milestone milestone : Milestone.ALL) {
            if (column.equals(milestone.column())) {
                int day = milestone.firstDay(table);
                return day < 0 ? Double.NaN : day;
            }
        }
        throw new IllegalArgumentException("not a summary column: " + column);
    }

    /** The prefixes a run-level column of a metric may carry, in column order. */
    public static List<String> prefixes() {
        return List.of(Statistic.values()).stream().map(s -> s.prefix).toList();
    }

    private static List<Milestone> milestones(List<Metric> metrics) {
        return Milestone.ALL.stream().filter(m -> metrics.contains(m.metric())).toList();
    }

    /** One way of reducing a metric's days to a number. */
    private enum Statistic {
        FINAL("final_"), MEAN("mean_"), TOTAL("total_"), MAX("max_");

        private final String prefix;

        Statistic(String prefix) {
            this.prefix = prefix;
        }

        String column(Metric metric) {
            return prefix + metric.column();
        }

        boolean appliesTo(Metric metric) {
            return this != TOTAL || metric.isFlow();
        }

        /** Means are real numbers; the others keep the metric's own kind. */
        MetricKind kind(Metric metric) {
            return this == MEAN ? MetricKind.QUANTITY : metric.kind();
        }

        double of(MetricsTable table, Metric metric) {
            int days = table.recordedDays();
            if (this == FINAL) {
                return table.value(days - 1, metric);
            }
            double sum = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (int day = 0; day < days; day++) {
                double value = table.value(day, metric);
                sum += value;
                max = Math.max(max, value);
            }
            return switch (this) {
                case MEAN -> sum / days;
                case TOTAL -> sum;
                default -> max;
            };
        }
    }
}
