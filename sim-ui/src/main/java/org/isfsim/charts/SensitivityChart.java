package org.isfsim.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.isfsim.analysis.SensitivityTable.Row;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

/**
 * One metric's sensitivity to the factors: after a Morris design the μ*–σ plane (Morris 1991, Fig. 2;
 * Campolongo et al. 2007), each factor a labelled point, far right meaning influential and high meaning
 * interacting or non-linear; after a Sobol design S1 and ST side by side for each factor, most influential
 * first.
 */
public final class SensitivityChart {
    private SensitivityChart() {
    }

    /**
     * @param metric the metric, for the title
     * @param rows its factors, ranked
     * @param morris whether the rows are Morris effects (else Sobol indices)
     */
    public static JFreeChart create(String metric, List<Row> rows, boolean morris) {
        return morris ? morris(metric, rows) : sobol(metric, rows);
    }

    private static JFreeChart morris(String metric, List<Row> rows) {
        XYSeries points = new XYSeries("factors", false, true);
        for (Row row : rows) {
            if (Double.isFinite(row.muStar()) && Double.isFinite(row.sigma())) {
                points.add(row.muStar(), row.sigma());
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart(metric + ": Morris elementary effects", "μ* (mean |effect|)",
                "σ (spread of the effects)", new XYSeriesCollection(points), PlotOrientation.VERTICAL, false, true,
                false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, Palette.color(0));
        plot.setRenderer(renderer);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (Row row : rows) {
            if (Double.isFinite(row.muStar()) && Double.isFinite(row.sigma())) {
                XYTextAnnotation label = new XYTextAnnotation("  " + row.factor(), row.muStar(), row.sigma());
                label.setFont(font);
                label.setTextAnchor(TextAnchor.CENTER_LEFT);
                label.setPaint(Color.DARK_GRAY);
                plot.addAnnotation(label);
            }
        }
        // From 0, with room on the right for the labels of the most influential factors.
        double maxMuStar = 0;
        double maxSigma = 0;
        for (Row row : rows) {
            maxMuStar = Double.isFinite(row.muStar()) ? Math.max(maxMuStar, row.muStar()) : maxMuStar;
            maxSigma = Double.isFinite(row.sigma()) ? Math.max(maxSigma, row.sigma()) : maxSigma;
        }
        plot.getDomainAxis().setRange(0, maxMuStar > 0 ? maxMuStar * 1.6 : 1);
        plot.getRangeAxis().setRange(0, maxSigma > 0 ? maxSigma * 1.1 : 1);
        ChartStyle.apply(chart);
        return chart;
    }

    private static JFreeChart sobol(String metric, List<Row> rows) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Row row : rows) {
            dataset.addValue(finite(row.s1()), "S1 (first order)", row.factor());
            dataset.addValue(finite(row.st()), "ST (total)", row.factor());
        }
        JFreeChart chart = ChartFactory.createBarChart(metric + ": Sobol indices", null, "share of variance", dataset,
                PlotOrientation.HORIZONTAL, true, true, false);
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palette.color(0));
        renderer.setSeriesPaint(1, Palette.color(1));
        ChartStyle.apply(chart);
        return chart;
    }

    private static Number finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
