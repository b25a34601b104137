package org.isfsim.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.analysis.compare.DailyBand;
import org.isfsim.analysis.compare.DailySeries;
import org.isfsim.analysis.compare.MetricSelection;
import org.isfsim.analysis.compare.ResultSet;

/**
 * The charts of {@code isf-sim compare --out DIR}, written to {@code DIR/charts/}: for each chosen
 * metric, {@code daily-<metric>.png} (each set's daily mean with its 95% band, overlaid) and
 * {@code box-<metric>.png} (box plots of its run-level values).
 */
public final class ComparisonCharts {
    public static final String FOLDER = "charts";
    public static final int WIDTH = 900;
    public static final int HEIGHT = 500;

    private ComparisonCharts() {
    }

    /**
     * Draws the charts.
     *
     * @param series each set's daily values (in set order), holding the daily metrics of {@code selection}'s charts
     * @return the files written, relative to {@code folder}, in the order drawn
     */
    public static List<String> write(Path folder, List<ResultSet> sets, MetricSelection selection,
            List<DailySeries> series) {
        List<String> names = sets.stream().map(ResultSet::name).toList();
        List<String> written = new ArrayList<>();
        for (MetricSelection.ChartMetric metric : selection.charts()) {
            String safe = ChartFiles.safeName(metric.name());
            if (metric.daily()) {
                List<DailyBand> bands = new ArrayList<>();
                for (DailySeries s : series) {
                    bands.add(s.has(metric.name()) ? s.band(metric.name()) : null);
                }
                if (bands.stream().anyMatch(b -> b != null && b.size() > 0)) {
                    String file = FOLDER + "/daily-" + safe + ".png";
                    ChartFiles.savePng(DailyMeanChart.create(metric.name(), names, bands), folder.resolve(file), WIDTH,
                            HEIGHT);
                    written.add(file);
                }
            }
            boolean anyValue = sets.stream().anyMatch(set -> metric.runColumns().stream()
                    .anyMatch(column -> set.presentValues(column).length > 0));
            if (anyValue) {
                String file = FOLDER + "/box-" + safe + ".png";
                ChartFiles.savePng(BoxPlotChart.create(metric.name() + ": run-level values", metric.runColumns(), sets),
                        folder.resolve(file), WIDTH, HEIGHT);
                written.add(file);
            }
        }
        return written;
    }
}
