package org.isfsim.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.analysis.compare.DailyBand;
import org.isfsim.analysis.compare.DailySeries;
import org.isfsim.analysis.compare.ResultSet;
import org.isfsim.analysis.compare.ResultSets;
import org.isfsim.charts.ChartFiles;
import org.isfsim.charts.DailyMeanChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim chart}: the daily mean of metrics over each result folder's runs, with 95%% bands,
 * overlaid in one PNG — one panel per metric, a legend by folder name.
 */
@Command(name = "chart", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Draw each result folder's daily mean of metrics with its 95%% band, overlaid, one panel per "
                + "metric, as a PNG.")
public final class ChartCommand implements Callable<Integer> {
    static final int PANEL_HEIGHT = 280;
    static final int MARGIN_HEIGHT = 120;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Result folders holding timeseries.csv and runs.csv.")
    private List<Path> folders = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "M", required = true, split = ",",
            description = "A daily metric of timeseries.csv (repeatable), one panel each.")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.png", defaultValue = "chart.png",
            description = "The PNG to write; default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = "--group-by", paramLabel = "FACTOR",
            description = "Draw the groups of one sweep folder by the values of this factor column.")
    private String groupBy;

    @Option(names = "--title", paramLabel = "TEXT", description = "A title above the panels.")
    private String title;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1000", converter = Pixels.class,
            description = "Width in pixels; default: ${DEFAULT-VALUE}.")
    private Integer width;

    @Option(names = "--height", paramLabel = "PX", converter = Pixels.class,
            description = "Height in pixels; default: " + MARGIN_HEIGHT + " + " + PANEL_HEIGHT + " per panel.")
    private Integer height;

    /** {@code --width}, {@code --height}. */
    static final class Pixels extends BoundedInt {
        Pixels() {
            super(100, 10_000);
        }
    }

    @Override
    public Integer call() {
        if (Files.isDirectory(out)) {
            throw new InvalidInputException("--out " + out + ": is a folder; allowed: a .png file to write");
        }
        List<ResultSet> sets = ResultSets.load(folders, groupBy, 1);
        for (ResultSet set : sets) {
            if (set.timeseriesMetrics().isEmpty()) {
                throw new InvalidInputException(set.timeseriesFile() + ": no such file; allowed: a result folder "
                        + "holding timeseries.csv");
            }
        }
        List<String> chosen = List.copyOf(new LinkedHashSet<>(metrics));
        PrintWriter stderr = spec.commandLine().getErr();
        for (String metric : chosen) {
            List<String> lacking = sets.stream().filter(s -> !s.timeseriesMetrics().orElseThrow().contains(metric))
                    .map(s -> s.timeseriesFile().toString()).toList();
            if (lacking.size() == sets.size()) {
                Set<String> allowed = new LinkedHashSet<>();
                sets.forEach(s -> allowed.addAll(s.timeseriesMetrics().orElseThrow()));
                throw new InvalidInputException("--metric '" + metric + "': not a column of "
                        + String.join(", ", lacking) + "; allowed: " + String.join(", ", allowed));
            }
            if (!lacking.isEmpty()) {
                stderr.println("isf-sim chart: note: '" + metric + "' is not in " + String.join(", ", lacking)
                        + "; those sets are left out of its panel");
            }
        }
        List<DailySeries> series = DailySeries.read(sets, chosen, Set.of());
        List<List<DailyBand>> bands = new ArrayList<>();
        for (String metric : chosen) {
            bands.add(series.stream().map(s -> s.has(metric) ? s.band(metric) : null).toList());
        }
        List<String> names = sets.stream().map(ResultSet::name).toList();
        int h = height != null ? height : MARGIN_HEIGHT + PANEL_HEIGHT * chosen.size();
        ChartFiles.savePng(DailyMeanChart.create(chosen, names, bands, title), out, width, h);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "isf-sim chart: %d metric%s x %d set%s -> %s (%d x %d)%n", chosen.size(),
                chosen.size() == 1 ? "" : "s", sets.size(), sets.size() == 1 ? "" : "s", out, width, h);
        stdout.flush();
        stderr.flush();
        return 0;
    }
}
