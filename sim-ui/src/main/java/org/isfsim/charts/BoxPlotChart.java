package org.isfsim.charts;

import java.util.ArrayList;
import java.util.List;
import org.isfsim.analysis.compare.ResultSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * Box plots of run-level values (one box per set and runs.csv column: median, quartiles, whiskers to
 * the farthest value within 1.5 IQR, outliers beyond as circles), the sets side by side in their
 * {@link Palette} colours. JFreeChart 1.0.19 sizes the mean's marker to the box, so it is left out:
 * the means are in the report.
 */
public final class BoxPlotChart {
    private BoxPlotChart() {
    }

    /**
     * @param title the chart's title
     * @param columns the runs.csv columns, one group of boxes each
     * @param sets the sets, in legend (and colour) order
     */
    public static JFreeChart create(String title, List<String> columns, List<ResultSet> sets) {
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        for (ResultSet set : sets) {
            for (String column : columns) {
                double[] values = set.presentValues(column);
                if (values == null || values.length == 0) {
                    continue;
                }
                List<Double> list = new ArrayList<>(values.length);
                for (double v : values) {
                    list.add(v);
                }
                dataset.add(list, set.name(), column);
            }
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setFillBox(true);
        renderer.setMeanVisible(false);
        renderer.setMaximumBarWidth(0.06);
        renderer.setUseOutlinePaintForWhiskers(false);
        for (int s = 0; s < dataset.getRowCount(); s++) {
            String name = (String) dataset.getRowKey(s);
            int index = indexOf(sets, name);
            renderer.setSeriesPaint(s, Palette.color(index));
        }
        NumberAxis values = new NumberAxis("value over runs");
        values.setAutoRangeIncludesZero(false);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), values, renderer);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, true);
        chart.getLegend().setFrame(BlockBorder.NONE);
        ChartStyle.apply(chart);
        return chart;
    }

    private static int indexOf(List<ResultSet> sets, String name) {
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no set named " + name);
    }
}
