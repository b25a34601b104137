package org.isfsim.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.FactorValue;
import org.isfsim.experiment.RunResult;
import org.isfsim.experiment.RunSpec;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.ParameterJson;
import org.isfsim.model.params.TimelineParameters;

/**
 * Writes an output folder (DESIGN.md "Files a run writes"): {@code timeseries.csv}, {@code runs.csv}
 * and {@code manifest.json}. Rows are streamed to {@code .part} files as results arrive in run order;
 * {@link #commit} renames them into place only when all three are whole, so an interrupted or failed
 * experiment never leaves a half-written file under a real name, nor replaces an earlier result.
 */
public final class ResultWriter implements AutoCloseable {
    public static final String TIMESERIES = "timeseries.csv";
    public static final String RUNS = "runs.csv";
    public static final String MANIFEST = "manifest.json";
    private static final String PART = ".part";

    private final Path folder;
    private final List<String> factorKeys;
    private final BufferedWriter timeseries;
    private final BufferedWriter runs;
    private final StringBuilder line = new StringBuilder(512);
    private int written;
    private int failed;
    private boolean committed;

    /** Opens the folder (creating it) for an experiment whose runs carry these factor columns. */
    public ResultWriter(Path folder, List<String> factorKeys) {
        this.folder = folder;
        this.factorKeys = List.copyOf(factorKeys);
        try {
            Files.createDirectories(folder);
            timeseries = Files.newBufferedWriter(part(TIMESERIES), StandardCharsets.UTF_8);
            runs = Files.newBufferedWriter(part(RUNS), StandardCharsets.UTF_8);
            writeLine(timeseries, timeseriesColumns());
            writeLine(runs, runsColumns());
        } catch (IOException e) {
            throw new InvalidInputException(folder + ": cannot write the output folder (" + e.getMessage() + ")", e);
        }
    }

    public List<String> timeseriesColumns() {
        List<String> columns = idColumns();
        columns.add("day");
        columns.add("date");
        Metric.all().forEach(m -> columns.add(m.column()));
        return columns;
    }

    public List<String> runsColumns() {
        List<String> columns = idColumns();
        columns.add("status");
        columns.addAll(RunSummary.columns());
        return columns;
    }

    private List<String> idColumns() {
        List<String> columns = new ArrayList<>(List.of("run", "scenario", "replication", "seed"));
        columns.addAll(factorKeys);
        return columns;
    }

    /** Appends one run's rows; runs must be written in run order. */
    public void write(RunResult result) throws IOException {
        RunSpec spec = result.spec();
        String id = idFields(spec);
        if (result.isOk()) {
            MetricsTable table = result.metrics();
            TimelineParameters timeline = spec.parameters().timeline();
            for (int day = 0; day < table.recordedDays(); day++) {
                line.setLength(0);
                line.append(id).append(',').append(day).append(',').append(timeline.dateOf(day));
                for (Metric metric : Metric.all()) {
                    line.append(',').append(CsvFormat.number(table.value(day, metric), metric.kind()));
                }
                timeseries.append(line).append('\n');
            }
            runs.append(id).append(",ok");
            for (String value : RunSummary.values(table)) {
                runs.append(',').append(value);
            }
        } else {
            failed++;
            runs.append(id).append(',').append(CsvFormat.text("failed: " + result.failure()));
            for (int i = 0; i < RunSummary.columns().size(); i++) {
                runs.append(',');
            }
        }
        runs.append('\n');
        written++;
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

    /** Runs written so far. */
    public int written() {
        return written;
    }

    /** Failed runs written so far. */
    public int failed() {
        return failed;
    }

    /** Writes the manifest and moves all three files into place under their real names. */
    public void commit(ObjectNode manifest) throws IOException {
        timeseries.close();
        runs.close();
        ObjectMapper mapper = ParameterJson.json().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(part(MANIFEST), mapper.writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
        move(TIMESERIES);
        move(RUNS);
        move(MANIFEST);
        committed = true;
    }

    private void move(String name) throws IOException {
        try {
            Files.move(part(name), folder.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path part(String name) {
        return folder.resolve(name + PART);
    }

    private static void writeLine(BufferedWriter writer, List<String> fields) throws IOException {
        writer.append(String.join(",", fields)).append('\n');
    }

    /** Closes the files; if the results were not committed, removes the partial files. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        timeseries.close();
        runs.close();
        Files.deleteIfExists(part(TIMESERIES));
        Files.deleteIfExists(part(RUNS));
        Files.deleteIfExists(part(MANIFEST));
    }
}
