package org.isfsim.analysis.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One set's daily values of some metrics from {@code timeseries.csv}: per metric and day, streamed
 * statistics over the set's runs (commons-math3 {@code SummaryStatistics}, so memory does not grow with
 * the number of runs), and the values themselves on the days asked for ({@code --at-day}). Only rows
 * of the set's runs (status ok, and of its group) are read; an empty field is "not measured" and skipped.
 */
public final class DailySeries {
    private final ResultSet set;
    private final boolean fileFound;
    private final List<String> metrics;
    private final Map<String, TreeMap<Integer, SummaryStatistics>> statistics = new LinkedHashMap<>();
    private final Map<String, Map<Integer, List<Double>>> values = new LinkedHashMap<>();
    private final SortedSet<Integer> valueDays;
    private final SortedSet<Integer> days = new TreeSet<>();

    private DailySeries(ResultSet set, boolean fileFound, List<String> metrics, SortedSet<Integer> valueDays) {
        this.set = set;
        this.fileFound = fileFound;
        this.metrics = List.copyOf(metrics);
        this.valueDays = valueDays;
        for (String metric : metrics) {
            statistics.put(metric, new TreeMap<>());
            Map<Integer, List<Double>> byDay = new TreeMap<>();
            valueDays.forEach(d -> byDay.put(d, new ArrayList<>()));
            values.put(metric, byDay);
        }
    }

    /**
     * Reads the daily values of {@code metrics} for every set, reading each folder's timeseries.csv once
     * (the groups of a sweep share one). A metric a folder lacks is left out of that set's series; a
     * folder without timeseries.csv gives a series with {@link #fileFound()} false.
     *
     * @param valueDays the days whose values are kept run by run (for {@code --at-day})
     */
    public static List<DailySeries> read(List<ResultSet> sets, Collection<String> metrics, Set<Integer> valueDays) {
        SortedSet<Integer> keep = new TreeSet<>(valueDays);
        Map<Path, List<Integer>> setsByFile = new LinkedHashMap<>();
        for (int i = 0; i < sets.size(); i++) {
            setsByFile.computeIfAbsent(sets.get(i).timeseriesFile().toAbsolutePath().normalize(),
                    f -> new ArrayList<>()).add(i);
        }
        DailySeries[] series = new DailySeries[sets.size()];
        for (List<Integer> indices : setsByFile.values()) {
            ResultSet first = sets.get(indices.get(0));
            List<String> present = first.timeseriesMetrics().map(all -> metrics.stream().filter(all::contains).toList())
                    .orElse(List.of());
            boolean found = first.timeseriesMetrics().isPresent();
            Map<String, DailySeries> byRun = new HashMap<>();
            for (int i : indices) {
                series[i] = new DailySeries(sets.get(i), found, present, keep);
                for (String run : sets.get(i).runIds()) {
                    byRun.putIfAbsent(run, series[i]);
                }
            }
            if (found && !present.isEmpty()) {
                readFile(first.timeseriesFile(), present, byRun);
            }
        }
        return List.of(series);
    }

    private static void readFile(Path file, List<String> metrics, Map<String, DailySeries> byRun) {
        try (CSVParser parser = CsvInput.open(file)) {
            int columns = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                CsvInput.requireWhole(file, record, columns);
                DailySeries target = byRun.get(record.get("run").strip());
                if (target == null) {
                    continue;
                }
                int day = CsvInput.wholeNumber(file, record, "day");
                target.days.add(day);
                for (String metric : metrics) {
                    double value = CsvInput.number(file, record, metric);
                    if (Double.isNaN(value)) {
                        continue;
                    }
                    target.statistics.get(metric).computeIfAbsent(day, d -> new SummaryStatistics()).addValue(value);
                    if (target.valueDays.contains(day)) {
                        target.values.get(metric).get(day).add(value);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw CsvInput.unreadable(file, e);
        }
    }

    public ResultSet set() {
        return set;
    }

    /** False when the set's folder has no timeseries.csv. */
    public boolean fileFound() {
        return fileFound;
    }

    /** Whether the set's timeseries.csv has this metric's column. */
    public boolean has(String metric) {
        return metrics.contains(metric);
    }

    /** Whether any of the set's runs has a row on this day. */
    public boolean hasDay(int day) {
        return days.contains(day);
    }

    /** The values of a metric on a day kept with {@code valueDays}, one per run that measured it, in file order. */
    public double[] valuesOn(String metric, int day) {
        Map<Integer, List<Double>> byDay = values.get(metric);
        if (byDay == null || !byDay.containsKey(day)) {
            throw new IllegalArgumentException("no values kept for " + metric + " on day " + day);
        }
        return byDay.get(day).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The daily mean and 95% band of a metric over the set's runs, or null when the set lacks the metric. */
    public DailyBand band(String metric) {
        TreeMap<Integer, SummaryStatistics> byDay = statistics.get(metric);
        if (byDay == null) {
            return null;
        }
        int size = byDay.size();
        int[] d = new int[size];
        long[] n = new long[size];
        double[] mean = new double[size];
        double[] low = new double[size];
        double[] high = new double[size];
        Map<Long, Double> quantiles = new HashMap<>();
        int i = 0;
        for (Map.Entry<Integer, SummaryStatistics> entry : byDay.entrySet()) {
            SummaryStatistics s = entry.getValue();
            d[i] = entry.getKey();
            n[i] = s.getN();
            mean[i] = s.getMean();
            if (s.getN() >= 2) {
                double half = s.getStandardDeviation() == 0 ? 0
                        : quantiles.computeIfAbsent(s.getN() - 1, SampleSummary::tQuantile) * s.getStandardDeviation()
                                / Math.sqrt(s.getN());
                low[i] = mean[i] - half;
                high[i] = mean[i] + half;
            } else {
                low[i] = Double.NaN;
                high[i] = Double.NaN;
            }
            i++;
        }
        return new DailyBand(set.name(), metric, d, n, mean, low, high);
    }
}
