package org.isfsim.analysis.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.isfsim.InvalidInputException;

/**
 * Two or more result sets compared metric by metric (docs/sources.md#design-comparing): the first set
 * is the reference; for each run-level metric, and for each daily metric on each day asked for, every
 * set's {@link SampleSummary} and every other set's {@link TwoSampleComparison} with the reference.
 * Welch's p-values of all these comparisons together form one family, adjusted by {@link Holm}.
 */
public final class Comparison {
    /** The level below which an adjusted p-value marks a difference as significant. */
    public static final double ALPHA = 0.05;

    /** One set's row of a metric: its summary, and (except for the reference) its comparison. */
    public record SetRow(String set, SampleSummary summary, TwoSampleComparison vsReference, double pHolm) {
        public boolean isReference() {
            return vsReference == null;
        }

        /** +1 / −1 when the set is higher / lower than the reference with adjusted p below {@link #ALPHA}; else 0. */
        public int significantDirection() {
            if (vsReference == null || Double.isNaN(pHolm) || pHolm >= ALPHA) {
                return 0;
            }
            return vsReference.diff() > 0 ? 1 : vsReference.diff() < 0 ? -1 : 0;
        }
    }

    /** One metric (on one day, for a daily metric; {@code day} null for a run-level one) across the sets. */
    public record MetricRows(String metric, Integer day, List<SetRow> rows) {
        public MetricRows {
            rows = List.copyOf(rows);
        }

        /** The metric and day as a person reads it: {@code police_deployed} or {@code police_deployed on day 90}. */
        public String label() {
            return day == null ? metric : metric + " on day " + day;
        }
    }

    private final List<ResultSet> sets;
    private final List<MetricRows> metrics;
    private final List<String> notes;
    private final int family;

    private Comparison(List<ResultSet> sets, List<MetricRows> metrics, List<String> notes, int family) {
        this.sets = List.copyOf(sets);
        this.metrics = List.copyOf(metrics);
        this.notes = Collections.unmodifiableList(notes);
        this.family = family;
    }

    /**
     * Compares the sets.
     *
     * @param selection the columns to compare ({@link MetricSelection#resolve})
     * @param atDays days on which to compare the daily metrics (may be empty)
     * @param series each set's daily values, holding the values on {@code atDays}; may be null when
     *        {@code atDays} is empty
     */
    public static Comparison of(List<ResultSet> sets, MetricSelection selection, List<Integer> atDays,
            List<DailySeries> series) {
        if (sets.size() < 2) {
            throw new IllegalArgumentException("needs at least two sets, got " + sets.size());
        }
        List<String> notes = new ArrayList<>(selection.notes());
        List<double[][]> samples = new ArrayList<>();
        List<String> metricNames = new ArrayList<>();
        List<Integer> days = new ArrayList<>();
        for (String column : selection.runColumns()) {
            double[][] values = new double[sets.size()][];
            for (int s = 0; s < sets.size(); s++) {
                values[s] = sets.get(s).presentValues(column);
            }
            if (enough(values, sets, "`" + column + "`", notes)) {
                samples.add(values);
                metricNames.add(column);
                days.add(null);
            }
        }
        SortedSet<Integer> sortedDays = new TreeSet<>(atDays);
        if (!sortedDays.isEmpty()) {
            for (int s = 0; s < sets.size(); s++) {
                if (!series.get(s).fileFound()) {
                    throw new InvalidInputException(sets.get(s).timeseriesFile() + ": no such file; allowed: a result "
                            + "folder holding timeseries.csv, needed for --at-day");
                }
            }
            if (selection.dailyMetrics().isEmpty()) {
                notes.add("--at-day: no daily metric common to all sets is chosen; nothing compared by day");
                sortedDays.clear();
            }
        }
        List<Integer> presentDays = new ArrayList<>();
        for (int day : sortedDays) {
            List<String> lacking = new ArrayList<>();
            for (int s = 0; s < sets.size(); s++) {
                if (!series.get(s).hasDay(day)) {
                    lacking.add(sets.get(s).name());
                }
            }
            if (lacking.isEmpty()) {
                presentDays.add(day);
            } else {
                notes.add("day " + day + ": no row for that day in the timeseries.csv of " + String.join(", ", lacking)
                        + "; skipped");
            }
        }
        for (String metric : selection.dailyMetrics()) {
            for (int day : presentDays) {
                String label = "`" + metric + "` on day " + day;
                double[][] values = new double[sets.size()][];
                for (int s = 0; s < sets.size(); s++) {
                    values[s] = series.get(s).valuesOn(metric, day);
                }
                if (enough(values, sets, label, notes)) {
                    samples.add(values);
                    metricNames.add(metric);
                    days.add(day);
                }
            }
        }
        if (samples.isEmpty()) {
            throw nothingToCompare(sets, selection, notes);
        }

        int compared = sets.size() - 1;
        double[] pWelch = new double[samples.size() * compared];
        List<List<TwoSampleComparison>> comparisons = new ArrayList<>();
        for (int m = 0; m < samples.size(); m++) {
            double[][] values = samples.get(m);
            List<TwoSampleComparison> row = new ArrayList<>();
            for (int s = 1; s < sets.size(); s++) {
                TwoSampleComparison c = TwoSampleComparison.of(values[s], values[0]);
                row.add(c);
                pWelch[m * compared + s - 1] = c.pWelch();
            }
            comparisons.add(row);
        }
        double[] pHolm = Holm.adjust(pWelch);
        int family = 0;
        for (double p : pWelch) {
            family += Double.isNaN(p) ? 0 : 1;
        }
        List<MetricRows> result = new ArrayList<>();
        for (int m = 0; m < samples.size(); m++) {
            List<SetRow> rows = new ArrayList<>();
            for (int s = 0; s < sets.size(); s++) {
                SampleSummary summary = SampleSummary.of(samples.get(m)[s]);
                rows.add(s == 0 ? new SetRow(sets.get(s).name(), summary, null, Double.NaN)
                        : new SetRow(sets.get(s).name(), summary, comparisons.get(m).get(s - 1),
                                pHolm[m * compared + s - 1]));
            }
            result.add(new MetricRows(metricNames.get(m), days.get(m), rows));
        }
        return new Comparison(sets, result, notes, family);
    }

    private static InvalidInputException nothingToCompare(List<ResultSet> sets, MetricSelection selection,
            List<String> notes) {
        if (selection.runColumns().isEmpty() && selection.dailyMetrics().isEmpty()) {
            List<String> columns = new ArrayList<>();
            for (ResultSet set : sets) {
                columns.add(set.runsFile() + " has " + abbreviated(set.metrics()));
            }
            return new InvalidInputException("no metric common to all sets: " + String.join("; ", columns)
                    + "; allowed: result folders whose runs.csv share metric columns");
        }
        return new InvalidInputException("nothing left to compare: " + notes.get(0).replace("`", "")
                + (notes.size() > 1 ? " (and " + (notes.size() - 1) + " more skipped)" : "")
                + "; allowed: metrics with at least 2 values in every set");
    }

    private static String abbreviated(List<String> names) {
        if (names.isEmpty()) {
            return "no metric columns";
        }
        int shown = Math.min(4, names.size());
        return String.join(", ", names.subList(0, shown)) + (names.size() > shown ? ", … (" + names.size() + " columns)" : "");
    }

    /** Whether every set has at least two values; if not, a note says which lack them. */
    private static boolean enough(double[][] values, List<ResultSet> sets, String label, List<String> notes) {
        List<String> lacking = new ArrayList<>();
        for (int s = 0; s < values.length; s++) {
            if (values[s].length < 2) {
                int runs = sets.get(s).runIds().size();
                lacking.add(String.format(Locale.ROOT, "%s has %d value%s in %d run%s", sets.get(s).name(),
                        values[s].length, values[s].length == 1 ? "" : "s", runs, runs == 1 ? "" : "s"));
            }
        }
        if (lacking.isEmpty()) {
            return true;
        }
        notes.add(label + ": " + String.join(", ", lacking) + " (empty fields); needs at least 2 in every set; skipped");
        return false;
    }

    public List<ResultSet> sets() {
        return sets;
    }

    public ResultSet reference() {
        return sets.get(0);
    }

    /** The compared metrics: run-level ones first (in the reference's column order), then daily ones by metric and day. */
    public List<MetricRows> metrics() {
        return metrics;
    }

    /** What was skipped and why, one line each (Markdown, names in backticks). */
    public List<String> notes() {
        return notes;
    }

    /** The number of comparisons with a Welch p-value: the family Holm's adjustment is over. */
    public int family() {
        return family;
    }
}
