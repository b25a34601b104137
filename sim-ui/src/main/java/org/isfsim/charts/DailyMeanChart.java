package org.isfsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import org.isfsim.analysis.compare.DailyBand;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;

/**
 * Each result set's daily mean of a metric over its runs, with the 95% band of that mean shaded
 * (JFreeChart's {@code DeviationRenderer}), the sets overlaid in their {@link Palette} colours. One panel
 * per metric, sharing the day axis, and one legend naming the sets.
 */
public final class DailyMeanChart {
    /** How opaque a band is, so that overlapping bands stay readable. */
    static final float BAND_ALPHA = 0.2f;
    static final String DAY_AXIS = "day (0 = 2025-10-10, the ceasefire)";

    private DailyMeanChart() {
    }

    /**
     * One panel per metric.
     *
     * @param metrics the metrics, one panel each, top to bottom
     * @param setNames the sets, in legend (and colour) order
     * @param bands for each metric, each set's band (null where a set lacks the metric), in set order
     * @param title the chart's title, or null for none
     */
    public static JFreeChart create(List<String> metrics, List<String> setNames, List<List<DailyBand>> bands,
            String title) {
        if (metrics.size() != bands.size()) {
            throw new IllegalArgumentException(metrics.size() + " metrics, " + bands.size() + " lists of bands");
        }
        NumberAxis days = new NumberAxis(DAY_AXIS);
        days.setAutoRangeIncludesZero(false);
        days.setLowerMargin(0.01);
        days.setUpperMargin(0.01);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(days);
        plot.setGap(12);
        for (int m = 0; m < metrics.size(); m++) {
            plot.add(panel(metrics.get(m), bands.get(m)), 1);
        }
        ChartStyle.apply(plot);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, false);
        LegendItemCollection items = new LegendItemCollection();
        for (int s = 0; s < setNames.size(); s++) {
            LegendItem item = new LegendItem(setNames.get(s), null, null, null, new Line2D.Double(-8, 0, 8, 0),
                    new BasicStroke(2.5f), Palette.color(s));
            items.add(item);
        }
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        ChartStyle.apply(chart);
        return chart;
    }

    /** One metric's chart, titled with the metric's name. */
    public static JFreeChart create(String metric, List<String> setNames, List<DailyBand> bands) {
        return create(List.of(metric), setNames, List.of(bands), metric + ": daily mean and 95% band");
    }

    /** The panel of one metric: a series per set that has it, coloured by the set's index. */
    static XYPlot panel(String metric, List<DailyBand> bands) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        List<Integer> setOfSeries = new ArrayList<>();
        for (int s = 0; s < bands.size(); s++) {
            DailyBand band = bands.get(s);
            if (band == null || band.size() == 0) {
                continue;
            }
            YIntervalSeries series = new YIntervalSeries(band.set(), false, true);
            int[] days = band.days();
            double[] mean = band.mean();
            double[] low = band.low();
            double[] high = band.high();
            for (int i = 0; i < days.length; i++) {
                boolean banded = !Double.isNaN(low[i]);
                series.add(days[i], mean[i], banded ? low[i] : mean[i], banded ? high[i] : mean[i]);
            }
            dataset.addSeries(series);
            setOfSeries.add(s);
        }
        for (int i = 0; i < setOfSeries.size(); i++) {
            Color color = Palette.color(setOfSeries.get(i));
            renderer.setSeriesPaint(i, color);
            renderer.setSeriesFillPaint(i, color);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis values = new NumberAxis(metric);
        values.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, null, values, renderer);
        ChartStyle.apply(plot);
        return plot;
    }
}
