package org.isfsim.analysis.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isfsim.InvalidInputException;
import org.isfsim.output.RunSummary;

/**
 * Which columns a comparison uses. A name given with {@code --metric} selects the runs.csv columns
 * {@code name}, {@code final_name}, {@code mean_name}, {@code total_name} and {@code max_name} and the
 * timeseries.csv column {@code name};
 * with no name, every run-level metric and every daily metric of the reference set is selected. A
 * column that not every set has is reported in {@link #notes()} and skipped; a name no set has at all
 * is a mistake.
 *
 * @param runColumns the run-level columns every set has, in the reference's order
 * @param dailyMetrics the daily metrics every set's timeseries.csv has, in the reference's order
 * @param charts the chosen metrics as charted: a daily chart when some set has the daily metric, and a
 *        box plot of its run-level columns
 * @param notes what was skipped and why, one line each
 */
public record MetricSelection(List<String> runColumns, List<String> dailyMetrics, List<ChartMetric> charts,
        List<String> notes) {

    /** A chosen metric as drawn: its daily mean (when {@code daily}) and box plots of {@code runColumns}. */
    public record ChartMetric(String name, boolean daily, List<String> runColumns) {
        public ChartMetric {
            runColumns = List.copyOf(runColumns);
        }
    }

    public MetricSelection {
        runColumns = List.copyOf(runColumns);
        dailyMetrics = List.copyOf(dailyMetrics);
        charts = List.copyOf(charts);
        notes = List.copyOf(notes);
    }

    /**
     * @param requested the {@code --metric} names, empty for all
     * @param daily whether daily metrics are wanted (for {@code --at-day} or charts); when false, only
     *        run-level columns are selected and nothing is said about timeseries.csv
     */
    public static MetricSelection resolve(List<ResultSet> sets, List<String> requested, boolean daily) {
        ResultSet reference = sets.get(0);
        Set<String> candidateRun = new LinkedHashSet<>();
        Set<String> candidateDaily = new LinkedHashSet<>();
        List<ChartMetric> charts = new ArrayList<>();
        if (requested.isEmpty()) {
            candidateRun.addAll(reference.metrics());
            if (daily) {
                candidateDaily.addAll(reference.timeseriesMetrics().orElse(List.of()));
            }
        } else {
            for (String name : new LinkedHashSet<>(requested)) {
                List<String> matches = new ArrayList<>();
                for (String column : runColumnsOf(name)) {
                    if (sets.stream().anyMatch(s -> s.metrics().contains(column))) {
                        matches.add(column);
                    }
                }
                boolean inTimeseries = sets.stream()
                        .anyMatch(s -> s.timeseriesMetrics().map(m -> m.contains(name)).orElse(false));
                if (matches.isEmpty() && !(daily && inTimeseries)) {
                    throw new InvalidInputException("--metric '" + name + "': no set has it in runs.csv"
                            + (daily ? " or timeseries.csv" : "") + "; allowed: " + allowed(reference, daily));
                }
                candidateRun.addAll(matches);
                if (daily && inTimeseries) {
                    candidateDaily.add(name);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        List<String> runColumns = common(sets, candidateRun, true, notes);
        List<String> dailyMetrics = daily ? common(sets, candidateDaily, false, notes) : List.of();

        Set<String> charted = new LinkedHashSet<>();
        List<String> names = requested.isEmpty() ? new ArrayList<>(candidateDaily) : List.copyOf(new LinkedHashSet<>(requested));
        for (String name : names) {
            List<String> columns = runColumns.stream()
                    .filter(runColumnsOf(name)::contains).toList();
            charted.addAll(columns);
            boolean hasDaily = daily && candidateDaily.contains(name);
            if (hasDaily || !columns.isEmpty()) {
                charts.add(new ChartMetric(name, hasDaily, columns));
            }
        }
        if (requested.isEmpty()) {
            for (String column : runColumns) {
                if (!charted.contains(column)) {
                    charts.add(new ChartMetric(column, false, List.of(column)));
                }
            }
        }
        return new MetricSelection(runColumns, dailyMetrics, charts, notes);
    }

    /** The runs.csv columns a metric name stands for: itself and each of its run-level summaries. */
    private static List<String> runColumnsOf(String name) {
        List<String> columns = new ArrayList<>(List.of(name));
        RunSummary.prefixes().forEach(prefix -> columns.add(prefix + name));
        return columns;
    }

    /** The candidates every set has; a note for each one some set lacks. */
    private static List<String> common(List<ResultSet> sets, Set<String> candidates, boolean runLevel,
            List<String> notes) {
        List<String> kept = new ArrayList<>();
        for (String column : candidates) {
            List<String> lacking = new ArrayList<>();
            for (ResultSet set : sets) {
                boolean has = runLevel ? set.metrics().contains(column)
                        : set.timeseriesMetrics().map(m -> m.contains(column)).orElse(false);
                if (!has) {
                    lacking.add((runLevel ? set.runsFile() : set.timeseriesFile()).toString());
                }
            }
            if (lacking.isEmpty()) {
                kept.add(column);
            } else {
                notes.add("`" + column + "`" + (runLevel ? "" : " (daily)") + ": not in " + String.join(", ", lacking)
                        + "; skipped");
            }
        }
        return kept;
    }

    private static String allowed(ResultSet reference, boolean daily) {
        Set<String> names = new LinkedHashSet<>();
        if (daily) {
            names.addAll(reference.timeseriesMetrics().orElse(List.of()));
        }
        for (String column : reference.metrics()) {
            if (column.startsWith("final_") || column.startsWith("mean_")) {
                names.add(column.substring(column.indexOf('_') + 1));
            } else {
                names.add(column);
            }
        }
        return names.isEmpty() ? "none (the reference has no metric columns)" : String.join(", ", names);
    }
}
