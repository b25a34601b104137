package org.isfsim.charts;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/** The look every exported chart shares: white background, light grid lines, a plain bold title. */
final class ChartStyle {
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Color GRID = new Color(0xdddddd);

    private ChartStyle() {
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE_FONT);
        }
        apply(chart.getPlot());
    }

    static void apply(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
        }
    }
}
