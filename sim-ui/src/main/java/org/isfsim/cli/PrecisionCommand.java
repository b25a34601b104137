package org.isfsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.analysis.compare.DailySeries;
import org.isfsim.analysis.compare.MetricSelection;
import org.isfsim.analysis.compare.Precision;
import org.isfsim.analysis.compare.ReportNumbers;
import org.isfsim.analysis.compare.ResultSet;
import org.isfsim.analysis.compare.ResultSets;
import org.isfsim.analysis.compare.SampleSummary;
import org.isfsim.output.CsvFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim precision}: are there enough replications? For each run-level metric of each result folder,
 * the 95% confidence interval of its mean and the runs needed for a chosen relative error ({@link Precision}),
 * as a Markdown table.
 */
@Command(name = "precision", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "For each metric of each result folder: the 95%% confidence interval of the mean and how many "
                + "runs would make its relative error at most --relative-error (default 5%%).")
public final class PrecisionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Result folders holding runs.csv.")
    private List<Path> folders = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "M", split = ",",
            description = "A metric (repeatable), as in compare: police_deployed selects final_ and mean_"
                    + " police_deployed; any runs.csv column selects itself. Default: all.")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--at-day", paramLabel = "D", split = ",", converter = CompareCommand.Day.class,
            description = "Also the daily metrics' values on day D (repeatable), from timeseries.csv.")
    private List<Integer> atDays = new ArrayList<>();

    @Option(names = "--group-by", paramLabel = "FACTOR",
            description = "Take the groups of one sweep folder by the values of this factor column.")
    private String groupBy;

    @Option(names = "--relative-error", paramLabel = "G", defaultValue = "0.05",
            description = "The largest relative error of a mean wanted, above 0 and below 1. Default: ${DEFAULT-VALUE}.")
    private double relativeError;

    @Override
    public Integer call() {
        if (!(relativeError > 0 && relativeError < 1)) {
            throw new InvalidInputException("--relative-error: " + relativeError + " is out of range; allowed: above 0"
                    + " and below 1 (0.05 for 5 %)");
        }
        List<ResultSet> sets = ResultSets.load(folders, groupBy, 1);
        MetricSelection selection = MetricSelection.resolve(sets, metrics, !atDays.isEmpty());
        List<DailySeries> series = atDays.isEmpty() ? List.of()
                : DailySeries.read(sets, selection.dailyMetrics(), Set.copyOf(atDays));
        for (DailySeries s : series) {
            if (!s.fileFound()) {
                throw new InvalidInputException(s.set().timeseriesFile() + ": no such file; allowed: a result folder"
                        + " holding timeseries.csv, needed for --at-day");
            }
        }
        List<String> labels = new ArrayList<>();
        List<List<double[]>> samples = new ArrayList<>();
        for (String column : selection.runColumns()) {
            labels.add("`" + column + "`");
            samples.add(sets.stream().map(set -> set.presentValues(column)).toList());
        }
        for (int day : atDays.stream().sorted().distinct().toList()) {
            for (String metric : selection.dailyMetrics()) {
                if (series.stream().allMatch(s -> s.has(metric) && s.hasDay(day))) {
                    labels.add("`" + metric + "` on day " + day);
                    samples.add(series.stream().map(s -> finite(s.valuesOn(metric, day))).toList());
                }
            }
        }
        String percent = ReportNumbers.value(CsvFormat.decimal(100 * relativeError)) + " %";
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Means with 95 %% confidence intervals, and the runs that would make each mean's relative"
                + " error at most %s (Law 2015, §9.4.1).%n%n", percent);
        out.printf(Locale.ROOT, "| metric | set | runs | mean | ± half-width | ± relative | runs for ±%s | |%n", percent);
        out.println("|---|---|--:|--:|--:|--:|--:|:-:|");
        int lacking = 0;
        int rows = 0;
        long most = 0;
        String mostWhere = "";
        for (int m = 0; m < labels.size(); m++) {
            String column = labels.get(m);
            for (int si = 0; si < sets.size(); si++) {
                ResultSet set = sets.get(si);
                SampleSummary summary = SampleSummary.of(samples.get(m).get(si));
                Precision precision = Precision.of(summary, relativeError);
                long needed = precision.runsNeeded();
                boolean enough = needed >= 0 && needed <= summary.n();
                String neededText = needed < 0 ? ReportNumbers.UNDEFINED
                        : needed >= Precision.MAX_RUNS ? "> " + Precision.MAX_RUNS : Long.toString(needed);
                out.printf(Locale.ROOT, "| %s | `%s` | %d | %s | %s | %s | %s | %s |%n", column, set.name(), summary.n(),
                        number(summary.mean()), number(precision.halfWidth()),
                        Double.isNaN(precision.relative()) ? ReportNumbers.UNDEFINED
                                : ReportNumbers.value(CsvFormat.decimal(100 * precision.relative())) + " %",
                        neededText, needed < 0 ? "" : enough ? "✓" : "more runs");
                rows++;
                if (needed > summary.n()) {
                    lacking++;
                    if (needed > most) {
                        most = needed;
                        mostWhere = column + " in `" + set.name() + "`";
                    }
                }
            }
        }
        out.println();
        out.println(lacking == 0 ? "Every mean with a relative error is within ±" + percent + " with the runs made."
                : lacking + " of " + rows + " means need more runs for ±" + percent + "; the most, " + most
                        + (most >= Precision.MAX_RUNS ? " or more" : "") + ", for " + mostWhere + ".");
        out.println("A dash: no relative error for a mean of 0, or fewer than two runs.");
        out.flush();
        return 0;
    }

    /** The values that are numbers (a day's value is NaN where a run lacks it). */
    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    private static String number(double x) {
        return Double.isNaN(x) ? ReportNumbers.UNDEFINED : ReportNumbers.value(CsvFormat.decimal(x));
    }
}
