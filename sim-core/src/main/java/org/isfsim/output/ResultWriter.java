package org.isfsim.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * Writes an output folder (docs/sources.md#design-output-files): {@code timeseries.csv}, {@code runs.csv}
 * and {@code manifest.json}. Rows are streamed to {@code .part} files as results arrive in run order —
 * each run's time series first, then its {@code runs.csv} line, both flushed — so after a crash the
 * {@code .part} files hold whole runs up to the last {@code runs.csv} line. {@link #commit} renames
 * them into place only when all three are whole, so an interrupted experiment never leaves a
 * half-written file under a real name, nor replaces an earlier result; {@link #resume} continues one.
 */
public final class ResultWriter implements AutoCloseable {
    public static final String TIMESERIES = "timeseries.csv";
    public static final String RUNS = "runs.csv";
    public static final String MANIFEST = "manifest.json";
    private static final String PART = ".part";

    private final Path folder;
    private final List<String> factorKeys;
    private final OutputOptions output;
    private final BufferedWriter timeseries;
    private final BufferedWriter runs;
    private final StringBuilder line = new StringBuilder(512);
    private final int resumedRuns;
    private int written;
    private int failed;
    private boolean committed;

    private ResultWriter(Path folder, List<String> factorKeys, OutputOptions output, boolean append, int resumedRuns,
            int resumedFailures) throws IOException {
        this.folder = folder;
        this.factorKeys = List.copyOf(factorKeys);
        this.output = output;
        this.resumedRuns = resumedRuns;
        this.written = resumedRuns;
        this.failed = resumedFailures;
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        timeseries = Files.newBufferedWriter(part(TIMESERIES), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, mode);
        runs = Files.newBufferedWriter(part(RUNS), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, mode);
        if (!append) {
            writeLine(timeseries, timeseriesColumns());
            writeLine(runs, runsColumns());
            timeseries.flush();
            runs.flush();
        }
    }

    /**
     * Starts a new output folder (creating it). {@code manifest} is written at once as
     * {@code manifest.json.part}, so a later {@code --resume} can check it is continuing the same experiment.
     */
    public static ResultWriter create(Path folder, List<String> factorKeys, OutputOptions output, ObjectNode manifest) {
        try {
            Files.createDirectories(folder);
            writeManifest(folder.resolve(MANIFEST + PART), manifest);
            return new ResultWriter(folder, factorKeys, output, false, 0, 0);
        } catch (IOException e) {
            throw new InvalidInputException(folder + ": cannot write the output folder (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Continues an interrupted experiment in {@code folder}: checks that its manifest describes the same
     * experiment ({@code identityField} of the manifests must be equal), cuts the {@code .part} files back
     * to the last whole run, and appends from there. A folder holding a finished experiment is reopened
     * from its final files, which then stay in place until the new commit.
     *
     * @return the writer; {@link #resumedRuns()} says how many runs are already written
     */
    public static ResultWriter resume(Path folder, List<String> factorKeys, OutputOptions output, ObjectNode manifest,
            String identityField) {
        try {
            Path manifestPart = folder.resolve(MANIFEST + PART);
            Path manifestFile = Files.exists(manifestPart) ? manifestPart : folder.resolve(MANIFEST);
            if (!Files.exists(manifestFile)) {
                throw new InvalidInputException(folder + ": nothing to resume (no manifest of an earlier sweep);"
                        + " allowed: --resume on a folder a sweep has written to, or no --resume");
            }
            ObjectMapper mapper = ParameterJson.json();
            JsonNode earlier = mapper.readTree(manifestFile.toFile()).path(identityField);
            JsonNode now = mapper.readTree(mapper.writeValueAsString(manifest.path(identityField)));
            if (!now.equals(earlier)) {
                throw new InvalidInputException(folder + ": holds a different experiment (its manifest's "
                        + identityField + " differs from this one's); allowed: --resume with the same scenario or"
                        + " experiment file, settings, seed and replications, or a new --out folder");
            }
            for (String name : List.of(TIMESERIES, RUNS, MANIFEST)) {
                Path part = folder.resolve(name + PART);
                if (!Files.exists(part) && Files.exists(folder.resolve(name))) {
                    Files.copy(folder.resolve(name), part);
                }
            }
            if (!Files.exists(folder.resolve(RUNS + PART)) || !Files.exists(folder.resolve(TIMESERIES + PART))) {
                throw new InvalidInputException(folder + ": nothing to resume (no runs.csv and timeseries.csv of an"
                        + " earlier sweep); allowed: --resume on a folder a sweep has written to, or no --resume");
            }
            int[] whole = truncateToWholeRuns(folder);
            return new ResultWriter(folder, factorKeys, output, true, whole[0], whole[1]);
        } catch (IOException e) {
            throw new InvalidInputException(folder + ": cannot resume (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Cuts {@code runs.csv.part} after its last whole line and {@code timeseries.csv.part} after the
     * last row of that run; returns {runs kept, failed runs among them}.
     */
    private static int[] truncateToWholeRuns(Path folder) throws IOException {
        Path runsPart = folder.resolve(RUNS + PART);
        byte[] runBytes = Files.readAllBytes(runsPart);
        int end = lastNewline(runBytes) + 1;
        String text = new String(runBytes, 0, end, StandardCharsets.UTF_8);
        String[] lines = text.split("\n");
        int kept = 0;
        int failures = 0;
        int lastRun = 0;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            kept++;
            lastRun = Integer.parseInt(lines[i].substring(0, lines[i].indexOf(',')));
            if (lines[i].contains(",\"failed: ") || lines[i].contains(",failed: ")) {
                failures++;
            }
        }
        truncate(runsPart, end);
        Path seriesPart = folder.resolve(TIMESERIES + PART);
        byte[] series = Files.readAllBytes(seriesPart);
        long cut = 0;
        int lineStart = 0;
        for (int i = 0; i < series.length; i++) {
            if (series[i] == '\n') {
                if (lineStart == 0) {
                    cut = i + 1;
                } else {
                    int comma = indexOf(series, (byte) ',', lineStart, i);
                    int run = Integer.parseInt(new String(series, lineStart, comma - lineStart, StandardCharsets.UTF_8));
                    if (run > lastRun) {
                        break;
                    }
                    cut = i + 1;
                }
                lineStart = i + 1;
            }
        }
        truncate(seriesPart, cut);
        return new int[] {kept, failures};
    }

    private static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return to;
    }

    private static void truncate(Path file, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
    }

    public List<String> timeseriesColumns() {
        List<String> columns = idColumns();
        columns.add("day");
        columns.add("date");
        output.metrics().forEach(m -> columns.add(m.column()));
        return columns;
    }

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

    /** Appends one run's rows; runs must be written in run order. */
    public void write(RunResult result) throws IOException {
        RunSpec spec = result.spec();
        String id = idFields(spec);
        if (result.isOk()) {
            MetricsTable table = result.metrics();
            TimelineParameters timeline = spec.parameters().timeline();
            for (int day = 0; day < table.recordedDays(); day++) {
                if (!output.writes(day)) {
                    continue;
                }
                line.setLength(0);
                line.append(id).append(',').append(day).append(',').append(timeline.dateOf(day));
                for (Metric metric : output.metrics()) {
                    line.append(',').append(CsvFormat.number(table.value(day, metric), metric.kind()));
                }
                timeseries.append(line).append('\n');
            }
            timeseries.flush();
            runs.append(id).append(",ok");
            for (String value : RunSummary.values(table, output.metrics())) {
                runs.append(',').append(value);
            }
        } else {
            failed++;
            runs.append(id).append(',').append(CsvFormat.text("failed: " + result.failure()));
            for (int i = 0; i < RunSummary.columns(output.metrics()).size(); i++) {
                runs.append(',');
            }
        }
        runs.append('\n');
        runs.flush();
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

    /** Runs written so far, including those found when resuming. */
    public int written() {
        return written;
    }

    /** Failed runs written so far. */
    public int failed() {
        return failed;
    }

    /** Runs already in the folder when it was resumed (0 for a new folder). */
    public int resumedRuns() {
        return resumedRuns;
    }

    /** Writes the final manifest and moves all three files into place under their real names. */
    public void commit(ObjectNode manifest) throws IOException {
        timeseries.close();
        runs.close();
        writeManifest(part(MANIFEST), manifest);
        move(TIMESERIES);
        move(RUNS);
        move(MANIFEST);
        committed = true;
    }

    private static void writeManifest(Path file, ObjectNode manifest) throws IOException {
        ObjectMapper mapper = ParameterJson.json().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(file, mapper.writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
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

    /**
     * Closes the files. A new experiment that was not committed removes its partial files; a resumable
     * one ({@code keepParts}) leaves them for {@code --resume}.
     */
    public void close(boolean keepParts) throws IOException {
        if (committed) {
            return;
        }
        timeseries.close();
        runs.close();
        if (!keepParts) {
            Files.deleteIfExists(part(TIMESERIES));
            Files.deleteIfExists(part(RUNS));
            Files.deleteIfExists(part(MANIFEST));
        }
    }

    /** Closes the files, removing the partial files of an uncommitted experiment. */
    @Override
    public void close() throws IOException {
        close(false);
    }
}
