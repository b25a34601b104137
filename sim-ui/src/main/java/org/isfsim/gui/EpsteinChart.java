package org.isfsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.isfsim.model.metrics.Metric;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Epstein run over time, as the paper's figures show it: the share of citizens on the grid who are
 * active, and the share of all citizens in jail, one point a step, from the run's metrics rows (so a
 * loaded checkpoint redraws its past). Changes happen on the Swing thread, as JFreeChart needs.
 */
public final class EpsteinChart {
    private final XYSeries active = new XYSeries("active (share of citizens on the grid)", false, true);
    private final XYSeries jailed = new XYSeries("jailed (share of citizens)", false, true);
    private final JFreeChart chart;
    private ChartPanel panel;

    public EpsteinChart() {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(active);
        data.addSeries(jailed);
        chart = ChartFactory.createXYLineChart("Civil violence", "step", "share", data, PlotOrientation.VERTICAL,
                true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRenderer().setSeriesPaint(0, Palette.ACTIVE);
        plot.getRenderer().setSeriesPaint(1, Color.DARK_GRAY);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.2f));
        plot.getRangeAxis().setRange(0, 1);
    }

    /** Hands one step's metrics row to the chart; safe to call from any thread. */
    public void record(int step, double[] row) {
        double a = row[Metric.ACTIVE_CIVILIANS_SHARE.ordinal()];
        double j = row[Metric.DETAINED_SHARE.ordinal()];
        onSwing(() -> {
            active.addOrUpdate(step, a);
            jailed.addOrUpdate(step, j);
        });
    }

    /** Empties the chart (a new run); safe to call from any thread. */
    public void clear() {
        onSwing(() -> {
            active.clear();
            jailed.clear();
        });
    }

    /** Points plotted so far (read on the Swing thread). */
    public int points() {
        return active.getItemCount();
    }

    public JFreeChart chart() {
        return chart;
    }

    /** The chart's Swing panel (made once); right-click it to save it. */
    public ChartPanel panel() {
        if (panel == null) {
            panel = new ChartPanel(chart);
            panel.setPreferredSize(new java.awt.Dimension(560, 320));
        }
        return panel;
    }

    /** Writes the chart as PNG. */
    public void save(Path file, int width, int height) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        ChartUtilities.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }
}
