package org.isfsim.analysis.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.isfsim.InvalidInputException;
import org.isfsim.output.ResultFolder;

/**
 * One set of results to compare: the runs of a result folder whose {@code status} is {@code ok}, read
 * from its {@code runs.csv} (docs/sources.md#design-output-files), or the runs of one group of a sweep
 * folder ({@link #groupBy}). Any tidy CSV in the same layout is accepted: the run-level metrics are the
 * columns after {@code status} (or, without a {@code status} column, every column but
 * {@code run, scenario, replication, seed}), and the factor columns are those between the id columns
 * and {@code status}. The daily values stay in {@code timeseries.csv} until {@link DailySeries} reads them.
 */
public final class ResultSet {
    /** The columns that identify a run in both files. */
    public static final List<String> ID_COLUMNS = List.of("run", "scenario", "replication", "seed");
    public static final String STATUS = "status";
    public static final String OK = "ok";

    private final String name;
    private final Path folder;
    private final String group;
    private final List<String> factors;
    private final List<String> metrics;
    private final List<String> runIds;
    private final Map<String, double[]> values;
    private final Map<String, List<String>> factorValues;
    private final int excluded;
    private final Optional<List<String>> timeseriesMetrics;

    private ResultSet(String name, Path folder, String group, List<String> factors, List<String> metrics,
            List<String> runIds, Map<String, double[]> values, Map<String, List<String>> factorValues, int excluded,
            Optional<List<String>> timeseriesMetrics) {
        this.name = name;
        this.folder = folder;
        this.group = group;
        this.factors = List.copyOf(factors);
        this.metrics = List.copyOf(metrics);
        this.runIds = List.copyOf(runIds);
        this.values = Collections.unmodifiableMap(values);
        this.factorValues = Collections.unmodifiableMap(factorValues);
        this.excluded = excluded;
        this.timeseriesMetrics = timeseriesMetrics;
    }

    /** Reads a result folder; its name is the folder's own name. */
    public static ResultSet read(Path folder) {
        Path fileName = folder.toAbsolutePath().normalize().getFileName();
        return read(folder, fileName == null ? folder.toString() : fileName.toString());
    }

    /** Reads a result folder under the given name. */
    public static ResultSet read(Path folder, String name) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(folder + (Files.exists(folder) ? ": not a folder" : ": no such folder")
                    + "; allowed: a result folder holding runs.csv and timeseries.csv");
        }
        Path file = folder.resolve(ResultFolder.RUNS);
        List<String> factors = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        List<String> runIds = new ArrayList<>();
        Map<String, List<Double>> columns = new LinkedHashMap<>();
        Map<String, List<String>> factorValues = new LinkedHashMap<>();
        int excluded = 0;
        try (CSVParser parser = CsvInput.open(file)) {
            List<String> header = parser.getHeaderNames();
            if (!header.contains("run")) {
                throw new InvalidInputException(file + ": no 'run' column; allowed: the layout of runs.csv, "
                        + "run,scenario,replication,seed,<factor columns>,status,<run-level metrics>");
            }
            int status = header.indexOf(STATUS);
            for (int i = 0; i < header.size(); i++) {
                String column = header.get(i);
                if (ID_COLUMNS.contains(column) || i == status) {
                    continue;
                }
                (status >= 0 && i < status ? factors : metrics).add(column);
            }
            metrics.forEach(m -> columns.put(m, new ArrayList<>()));
            factors.forEach(f -> factorValues.put(f, new ArrayList<>()));
            for (CSVRecord record : parser) {
                CsvInput.requireWhole(file, record, header.size());
                if (status >= 0 && !OK.equals(record.get(STATUS).strip())) {
                    excluded++;
                    continue;
                }
                runIds.add(record.get("run").strip());
                for (String metric : metrics) {
                    columns.get(metric).add(CsvInput.number(file, record, metric));
                }
                for (String factor : factors) {
                    factorValues.get(factor).add(record.get(factor).strip());
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw CsvInput.unreadable(file, e);
        }
        Map<String, double[]> values = new LinkedHashMap<>();
        columns.forEach((metric, list) -> values.put(metric, list.stream().mapToDouble(Double::doubleValue).toArray()));
        return new ResultSet(name, folder, null, factors, metrics, runIds, values, factorValues, excluded,
                readTimeseriesMetrics(folder, factors));
    }

    /** The metric columns of {@code timeseries.csv}: those after {@code date} (or {@code day}); empty when there is no file. */
    private static Optional<List<String>> readTimeseriesMetrics(Path folder, List<String> factors) {
        Path file = folder.resolve(ResultFolder.TIMESERIES);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> header = CsvInput.header(file);
        int after = Math.max(header.indexOf("date"), header.indexOf("day"));
        if (!header.contains("run") || !header.contains("day")) {
            throw new InvalidInputException(file + ": no '" + (header.contains("run") ? "day" : "run")
                    + "' column; allowed: the layout of timeseries.csv, "
                    + "run,scenario,replication,seed,<factor columns>,day,date,<metrics>");
        }
        List<String> metrics = new ArrayList<>();
        for (int i = after + 1; i < header.size(); i++) {
            if (!ID_COLUMNS.contains(header.get(i)) && !factors.contains(header.get(i))) {
                metrics.add(header.get(i));
            }
        }
        return Optional.of(List.copyOf(metrics));
    }

    /**
     * Splits this set into one set per value of a factor column, in the order the values first appear
     * (for a sweep, the design's order). Each group is named {@code factor=value}.
     */
    public List<ResultSet> groupBy(String factor) {
        Path file = runsFile();
        if (!factors.contains(factor)) {
            throw new InvalidInputException(file + ": --group-by '" + factor + "' is not a factor column; allowed: "
                    + (factors.isEmpty() ? "none (this runs.csv has no factor columns between seed and status)"
                            : String.join(", ", factors)));
        }
        Map<String, List<Integer>> rowsByValue = new LinkedHashMap<>();
        List<String> column = factorValues.get(factor);
        for (int i = 0; i < column.size(); i++) {
            rowsByValue.computeIfAbsent(column.get(i), v -> new ArrayList<>()).add(i);
        }
        if (rowsByValue.size() < 2) {
            throw new InvalidInputException(file + ": --group-by '" + factor + "': every run with status ok has "
                    + factor + "=" + (column.isEmpty() ? "(none)" : column.get(0))
                    + "; allowed: a factor with at least two values");
        }
        List<ResultSet> groups = new ArrayList<>();
        rowsByValue.forEach((value, rows) -> {
            List<String> ids = new ArrayList<>();
            rows.forEach(r -> ids.add(runIds.get(r)));
            Map<String, double[]> groupValues = new LinkedHashMap<>();
            values.forEach((metric, all) -> groupValues.put(metric, rows.stream().mapToDouble(r -> all[r]).toArray()));
            Map<String, List<String>> groupFactors = new LinkedHashMap<>();
            factorValues.forEach((f, all) -> groupFactors.put(f, rows.stream().map(all::get).toList()));
            String label = factor + "=" + value;
            groups.add(new ResultSet(label, folder, label, factors, metrics, ids, groupValues, groupFactors, 0,
                    timeseriesMetrics));
        });
        return groups;
    }

    /** Fails unless the set has at least {@code minimum} runs with status ok. */
    public ResultSet requireRuns(int minimum) {
        if (runIds.size() < minimum) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: %s%d run%s with status ok%s; allowed: at "
                    + "least %d runs in each set to compare", runsFile(), group == null ? "" : "group " + group + " has ",
                    runIds.size(), runIds.size() == 1 ? "" : "s",
                    excluded > 0 ? " (" + excluded + " failed)" : "", minimum));
        }
        return this;
    }

    /** The set's name in reports and legends: the folder's name, or {@code factor=value} for a group. */
    public String name() {
        return name;
    }

    /** The same runs under another name (to tell apart folders of the same name). */
    public ResultSet named(String newName) {
        return new ResultSet(newName, folder, group, factors, metrics, runIds, values, factorValues, excluded,
                timeseriesMetrics);
    }

    public Path folder() {
        return folder;
    }

    public Path runsFile() {
        return folder.resolve(ResultFolder.RUNS);
    }

    public Path timeseriesFile() {
        return folder.resolve(ResultFolder.TIMESERIES);
    }

    /** {@code factor=value} when this set is one group of a folder, else null. */
    public String group() {
        return group;
    }

    public List<String> factors() {
        return factors;
    }

    /** The run-level metric columns of runs.csv, in file order. */
    public List<String> metrics() {
        return metrics;
    }

    /** The ids (the {@code run} column) of the runs in this set, in file order. */
    public List<String> runIds() {
        return runIds;
    }

    public Set<String> runIdSet() {
        return Set.copyOf(runIds);
    }

    /** Runs left out because their status is not ok. */
    public int excluded() {
        return excluded;
    }

    /** One run-level column over the set's runs, NaN where the field is empty; null when the column is absent. */
    public double[] values(String metric) {
        double[] column = values.get(metric);
        return column == null ? null : column.clone();
    }

    /** One run-level column without its empty fields. */
    public double[] presentValues(String metric) {
        double[] column = values.get(metric);
        return column == null ? null : Arrays.stream(column).filter(v -> !Double.isNaN(v)).toArray();
    }

    /** The metric columns of timeseries.csv, or empty when the folder has no timeseries.csv. */
    public Optional<List<String>> timeseriesMetrics() {
        return timeseriesMetrics;
    }

    @Override
    public String toString() {
        return name + " (" + folder + ", " + runIds.size() + " runs)";
    }
}
