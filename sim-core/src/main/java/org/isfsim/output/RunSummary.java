package org.isfsim.output;

import java.util.ArrayList;
import java.util.List;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricKind;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.metrics.Milestone;

/**
 * A run reduced to one row of {@code runs.csv}: for each metric its value on the last day
 * ({@code final_x}) and its mean over all days from day 0 ({@code mean_x}), then the milestone days of
 * the metrics written.
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
            columns.add("final_" + metric.column());
            columns.add("mean_" + metric.column());
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
        int days = table.recordedDays();
        for (Metric metric : metrics) {
            double sum = 0;
            for (int day = 0; day < days; day++) {
                sum += table.value(day, metric);
            }
            values.add(CsvFormat.number(table.value(days - 1, metric), metric.kind()));
            values.add(CsvFormat.number(sum / days, MetricKind.QUANTITY));
        }
        for (Milestone milestone : milestones(metrics)) {
            int day = milestone.firstDay(table);
            values.add(day < 0 ? "" : Integer.toString(day));
        }
        return values;
    }

    /** The run-level value of a summary column (final_x, mean_x or day_x; NaN for an empty milestone). */
    public static double value(MetricsTable table, String column) {
        int days = table.recordedDays();
        for (Metric metric : Metric.all()) {
            if (column.equals("final_" + metric.column())) {
                return table.value(days - 1, metric);
            }
            if (column.equals("mean_" + metric.column())) {
                double sum = 0;
                for (int day = 0; day < days; day++) {
                    sum += table.value(day, metric);
                }
                return sum / days;
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

    private static List<Milestone> milestones(List<Metric> metrics) {
        return Milestone.ALL.stream().filter(m -> metrics.contains(m.metric())).toList();
    }
}
