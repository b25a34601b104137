package org.isfsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.analysis.compare.Comparison;
import org.isfsim.analysis.compare.ComparisonReport;
import org.isfsim.analysis.compare.DailySeries;
import org.isfsim.analysis.compare.MetricSelection;
import org.isfsim.analysis.compare.ResultSet;
import org.isfsim.analysis.compare.ResultSets;
import org.isfsim.charts.ComparisonCharts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim compare}: two or more result folders (or the groups of one sweep folder) compared
 * metric by metric against the first — means with confidence intervals, differences, Welch and
 * Mann–Whitney tests, Holm-adjusted p, effect sizes — as a Markdown report, comparison.csv and charts.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare result folders metric by metric against the first (the reference): means with 95%% "
                + "confidence intervals, differences with Welch intervals, Welch and Mann-Whitney p, Holm-adjusted p, "
                + "Hedges' g and Cliff's delta. Prints a Markdown report, or with --out writes report.md, "
                + "comparison.csv and charts/*.png.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Result folders holding runs.csv (and timeseries.csv); the first is the reference. "
                    + "One folder with --group-by.")
    private List<Path> folders = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "M", split = ",",
            description = "A metric to compare (repeatable): a daily metric such as police_deployed selects its "
                    + "final_ and mean_ columns of runs.csv (and its daily values with --at-day); any runs.csv column "
                    + "such as day_police_5000 selects itself. Default: all.")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--at-day", paramLabel = "D", split = ",", converter = Day.class,
            description = "Also compare the daily metrics' values on day D (repeatable), from timeseries.csv.")
    private List<Integer> atDays = new ArrayList<>();

    @Option(names = "--group-by", paramLabel = "FACTOR",
            description = "Compare the groups of one sweep folder by the values of this factor column.")
    private String groupBy;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write report.md, comparison.csv and charts/ (daily means with 95%% bands, box plots) to DIR "
                    + "instead of printing the report.")
    private Path out;

    @Option(names = "--no-charts", description = "With --out, write no charts.")
    private boolean noCharts;

    /** {@code --at-day}: day 0 (the ceasefire) to 100 years. */
    static final class Day extends BoundedInt {
        Day() {
            super(0, RunCommand.MAX_DAYS);
        }
    }

    @Override
    public Integer call() {
        if (groupBy == null && folders.size() < 2) {
            throw new InvalidInputException("given " + folders.size() + " folder; allowed: two or more result folders,"
                    + " or one sweep folder with --group-by FACTOR");
        }
        List<ResultSet> sets = ResultSets.load(folders, groupBy, 2);
        boolean charts = out != null && !noCharts;
        MetricSelection selection = MetricSelection.resolve(sets, metrics, charts || !atDays.isEmpty());
        Set<String> daily = new LinkedHashSet<>();
        if (!atDays.isEmpty()) {
            daily.addAll(selection.dailyMetrics());
        }
        if (charts) {
            selection.charts().stream().filter(MetricSelection.ChartMetric::daily).forEach(c -> daily.add(c.name()));
        }
        List<DailySeries> series = daily.isEmpty() && atDays.isEmpty() ? null
                : DailySeries.read(sets, daily, Set.copyOf(atDays));
        Comparison comparison = Comparison.of(sets, selection, atDays, series);
        ComparisonReport report = new ComparisonReport(comparison);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(report.markdown());
        } else {
            List<String> chartFiles = charts ? ComparisonCharts.write(out, sets, selection, series) : List.of();
            report.write(out, chartFiles);
            int rows = comparison.metrics().size();
            stdout.printf(Locale.ROOT, "isf-sim compare: %d sets, %d metric%s compared, %d skipped -> %s (%s, %s%s)%n",
                    sets.size(), rows, rows == 1 ? "" : "s", comparison.notes().size(), out, ComparisonReport.MARKDOWN,
                    ComparisonReport.CSV, chartFiles.isEmpty() ? "" : ", " + chartFiles.size() + " charts in "
                            + ComparisonCharts.FOLDER + "/");
        }
        stdout.flush();
        return 0;
    }
}
