package org.isfsim.output;

import java.util.ArrayList;
import java.util.List;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricKind;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.metrics.Milestone;

/**
 * A run reduced to one row of {@code runs.csv}: for each metric its value on the last day
 * ({@code final_x}) and its mean over all days from day 0 ({@code mean_x}), then the milestone days.
 */
public final class RunSummary {
    private RunSummary() {
    }

    public static List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (Metric metric : Metric.all()) {
            columns.add("final_" + metric.column());
            columns.add("mean_" + metric.column());
        }
        for (Milestone milestone : Milestone.ALL) {
            columns.add(milestone.column());
        }
        return columns;
    }

    /** The summary fields of a completed run, formatted for CSV, in {@link #columns()} order. */
    public static List<String> values(MetricsTable table) {
        List<String> values = new ArrayList<>();
        int days = table.recordedDays();
        for (Metric metric : Metric.all()) {
            double sum = 0;
            for (int day = 0; day < days; day++) {
                sum += table.value(day, metric);
            }
            values.add(CsvFormat.number(table.value(days - 1, metric), metric.kind()));
            values.add(CsvFormat.number(sum / days, MetricKind.QUANTITY));
        }
        for (Milestone milestone : Milestone.ALL) {
            int day = milestone.firstDay(table);
            values.add(day < 0 ? "" : Integer.toString(day));
        }
        return values;
    }
}
