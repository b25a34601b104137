package org.isfsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.analysis.SensitivityTable;
import org.isfsim.analysis.SensitivityTable.Row;
import org.isfsim.analysis.compare.ReportNumbers;
import org.isfsim.charts.ChartFiles;
import org.isfsim.charts.SensitivityChart;
import org.isfsim.output.CsvFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim sensitivity DIR}: which factors matter, read from a Sobol or Morris sweep's
 * {@code sensitivity.csv}: each metric's factors ranked (by ST or μ*) as Markdown, and with {@code --out}
 * one chart a metric (S1 and ST bars, or the μ*–σ plane).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rank the factors of a sobol or morris sweep by their influence on each metric (ST or mu*), "
                + "from its sensitivity.csv; with --out, a chart per metric.")
public final class SensitivityCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of a sweep with a sobol or morris design.")
    private Path folder;

    @Option(names = "--metric", paramLabel = "M", split = ",",
            description = "A metric (repeatable): a runs.csv column such as final_incidents, or a daily metric such as"
                    + " incidents for its final_ and mean_ columns. Default: all.")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Also write sensitivity-<metric>.png to DIR.")
    private Path out;

    @Override
    public Integer call() {
        SensitivityTable table = SensitivityTable.read(folder);
        Map<String, List<Row>> chosen = choose(table);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(table.morris()
                ? "Morris elementary effects, factors ranked by μ* (mean |effect|, per whole range of the factor)."
                : "Sobol indices, factors ranked by ST (total-order: the factor's own effect and its interactions).");
        for (Map.Entry<String, List<Row>> metric : chosen.entrySet()) {
            stdout.println();
            stdout.println("### `" + metric.getKey() + "`");
            stdout.println();
            if (table.morris()) {
                stdout.println("| factor | μ* [95% CI] | μ | σ |");
                stdout.println("|---|--:|--:|--:|");
                for (Row row : metric.getValue()) {
                    stdout.println("| `" + row.factor() + "` | " + n(row.muStar()) + " [" + n(row.muStarLow()) + ", "
                            + n(row.muStarHigh()) + "] | " + n(row.mu()) + " | " + n(row.sigma()) + " |");
                }
            } else {
                stdout.println("| factor | ST [95% CI] | S1 [95% CI] |");
                stdout.println("|---|--:|--:|");
                for (Row row : metric.getValue()) {
                    stdout.println("| `" + row.factor() + "` | " + n(row.st()) + " [" + n(row.stLow()) + ", "
                            + n(row.stHigh()) + "] | " + n(row.s1()) + " [" + n(row.s1Low()) + ", " + n(row.s1High())
                            + "] |");
                }
            }
            if (out != null) {
                ChartFiles.savePng(SensitivityChart.create(metric.getKey(), metric.getValue(), table.morris()),
                        out.resolve("sensitivity-" + ChartFiles.safeName(metric.getKey()) + ".png"), 900, 560);
            }
        }
        if (out != null) {
            stdout.println();
            stdout.println(chosen.size() + " chart" + (chosen.size() == 1 ? "" : "s") + " -> " + out);
        }
        stdout.flush();
        return 0;
    }

    /** The metrics asked for (all by default), each as named or as its final_ and mean_ columns. */
    private Map<String, List<Row>> choose(SensitivityTable table) {
        if (metrics.isEmpty()) {
            return table.metrics();
        }
        Map<String, List<Row>> chosen = new LinkedHashMap<>();
        for (String metric : metrics) {
            List<String> names = table.metrics().containsKey(metric) ? List.of(metric)
                    : List.of("final_" + metric, "mean_" + metric);
            boolean found = false;
            for (String name : names) {
                if (table.metrics().containsKey(name)) {
                    chosen.put(name, table.metrics().get(name));
                    found = true;
                }
            }
            if (!found) {
                throw new InvalidInputException("--metric '" + metric + "': not in " + folder.resolve("sensitivity.csv")
                        + "; allowed: " + String.join(", ", table.metrics().keySet()));
            }
        }
        return chosen;
    }

    private static String n(double x) {
        return Double.isNaN(x) ? ReportNumbers.UNDEFINED : ReportNumbers.value(CsvFormat.decimal(x));
    }
}
