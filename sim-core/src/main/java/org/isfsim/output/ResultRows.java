package org.isfsim.output;

import java.util.ArrayList;
import java.util.List;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.OutputOptions;
import org.isfsim.experiment.RunResult;
import org.isfsim.experiment.RunSpec;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.TimelineParameters;

/**
 * The CSV rows of a run (docs/sources.md#design-output-files): its {@code timeseries.csv} rows, one per day
 * written, and its {@code runs.csv} line, each starting with the run's identifying columns (run, scenario,
 * replication, seed, the factors). Only the rows: where they go is {@link ResultFolder}'s concern.
 */
public final class ResultRows {
    private static final String FAILED = "failed: ";

    private final List<String> factorKeys;
    private final OutputOptions output;
    private final StringBuilder line = new StringBuilder(512);

    public ResultRows(List<String> factorKeys, OutputOptions output) {
        this.factorKeys = List.copyOf(factorKeys);
        this.output = output;
    }

    /** The columns of {@code timeseries.csv}. */
    public List<String> timeseriesColumns() {
        List<String> columns = idColumns();
        columns.add("day");
        columns.add("date");
        output.metrics().forEach(m -> columns.add(m.column()));
        return columns;
    }

    /** The columns of {@code runs.csv}. */
    public List<String> runsColumns() {
        List<String> columns = idColumns();
        columns.add("status");
        columns.addAll(RunSummary.columns(output.metrics()));
        return columns;
    }

    private List<String> idColumns() {
        List<String> columns = new ArrayList<>(List.of("run", "scenario", "replication", "seed"));
        columns.addAll(factorKeys);
        return columns;
    }

    /** A header line, without its newline. */
    public static String header(List<String> columns) {
        return String.join(",", columns);
    }

    /** Appends a run's {@code timeseries.csv} rows (none for a failed run), each ending in a newline. */
    public void appendTimeseries(RunResult result, StringBuilder rows) {
        if (!result.isOk()) {
            return;
        }
        String id = idFields(result.spec());
        MetricsTable table = result.metrics();
        TimelineParameters timeline = result.spec().parameters().timeline();
        for (int day = 0; day < table.recordedDays(); day++) {
            if (!output.writes(day)) {
                continue;
            }
            line.setLength(0);
            line.append(id).append(',').append(day).append(',').append(timeline.dateOf(day));
            for (Metric metric : output.metrics()) {
                line.append(',').append(CsvFormat.number(table.value(day, metric), metric.kind()));
            }
            rows.append(line).append('\n');
        }
    }

    /** A run's {@code runs.csv} line, with its newline: {@code ok} and its summary, or why it failed. */
    public String runsLine(RunResult result) {
        StringBuilder runs = new StringBuilder(idFields(result.spec()));
        if (result.isOk()) {
            runs.append(",ok");
            for (String value : RunSummary.values(result.metrics(), output.metrics())) {
                runs.append(',').append(value);
            }
        } else {
            runs.append(',').append(CsvFormat.text(FAILED + result.failure()));
            for (int i = 0; i < RunSummary.columns(output.metrics()).size(); i++) {
                runs.append(',');
            }
        }
        return runs.append('\n').toString();
    }

    /** Whether a {@code runs.csv} line is that of a failed run. */
    public static boolean isFailed(String runsLine) {
        return runsLine.contains(",\"" + FAILED) || runsLine.contains("," + FAILED);
    }

    private String idFields(RunSpec spec) {
        StringBuilder fields = new StringBuilder();
        fields.append(spec.run()).append(',').append(CsvFormat.text(spec.scenario())).append(',')
                .append(spec.replication()).append(',').append(spec.seed());
        for (FactorValue factor : spec.factors()) {
            fields.append(',').append(CsvFormat.text(factor.value()));
        }
        return fields.toString();
    }
}
