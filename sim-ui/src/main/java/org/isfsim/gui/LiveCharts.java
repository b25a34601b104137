package org.isfsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.isfsim.model.metrics.Metric;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.ui.RectangleInsets;

/**
 * The live charts: one JFreeChart time series per metric the analysts watch, fed one day at a
 * time from the GUI side. JFreeChart is not thread-safe, so every change to a series happens on
 * the Swing thread; {@link #record} may be called from the model's thread and hands the values over.
 * Each chart saves as PNG from its own menu (right-click, "Save as") or all at once.
 */
public final class LiveCharts {
    /** A chart: its title, the metric it plots and the label of its value axis. */
    public record Chart(String title, Metric metric, String axis) {
    }

    /** The charts, in the order shown. */
    public static final List<Chart> CHARTS = List.of(
            new Chart("Secured share", Metric.SECURED_SHARE, "share of the strip"),
            new Chart("Armed-group control", Metric.MILITANT_CONTROL_SHARE, "share of the strip"),
            new Chart("Active civilians", Metric.ACTIVE_CIVILIANS_SHARE, "share of civilians"),
            new Chart("Incidents", Metric.INCIDENTS, "a day"),
            new Chart("Police deployed", Metric.POLICE_DEPLOYED, "officers"),
            new Chart("Aid delivered", Metric.AID_TRUCKS_DELIVERED, "trucks a day"),
            new Chart("Legitimacy", Metric.LEGITIMACY, "mean L"));

    private static final Color LINE = new Color(0x1565C0);

    private final List<TimeSeries> series = new ArrayList<>();
    private final List<JFreeChart> charts = new ArrayList<>();
    private JPanel panel;

    public LiveCharts() {
        for (Chart chart : CHARTS) {
            TimeSeries s = new TimeSeries(chart.title());
            series.add(s);
            JFreeChart c = ChartFactory.createTimeSeriesChart(chart.title(), null, chart.axis(),
                    new TimeSeriesCollection(s), false, true, false);
            XYPlot plot = c.getXYPlot();
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            plot.getRenderer().setSeriesPaint(0, LINE);
            c.setPadding(new RectangleInsets(2, 2, 2, 14));
            charts.add(c);
        }
    }

    /** Hands one day's metric row to the charts; safe to call from any thread. */
    public void record(LocalDate date, double[] row) {
        double[] copy = row.clone();
        onSwing(() -> add(date, copy));
    }

    /** Empties every chart (a new run); safe to call from any thread. */
    public void clear() {
        onSwing(() -> series.forEach(TimeSeries::clear));
    }

    private void add(LocalDate date, double[] row) {
        Day day = new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        for (int i = 0; i < CHARTS.size(); i++) {
            series.get(i).addOrUpdate(day, row[CHARTS.get(i).metric().ordinal()]);
        }
    }

    private static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
        } else {
            SwingUtilities.invokeLater(r);
        }
    }

    /** The chart objects, in {@link #CHARTS} order (read them on the Swing thread). */
    public List<JFreeChart> charts() {
        return List.copyOf(charts);
    }

    /** Points plotted in each chart so far. */
    public int points() {
        return series.get(0).getItemCount();
    }

    /**
     * Writes every chart as a PNG named after its metric ({@code secured_share.png}, ...).
     *
     * @param folder where to write; created if missing
     * @return the files written
     */
    public List<Path> saveAll(Path folder, int width, int height) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < CHARTS.size(); i++) {
            Path file = folder.resolve(CHARTS.get(i).metric().column() + ".png");
            ChartUtilities.saveChartAsPNG(file.toFile(), charts.get(i), width, height);
            written.add(file);
        }
        return written;
    }

    /** The Swing panel of all charts, two to a row, with a button to save them all (made once). */
    public JPanel panel() {
        if (panel == null) {
            JPanel grid = new JPanel(new GridLayout(0, 2, 4, 4));
            for (JFreeChart chart : charts) {
                ChartPanel chartPanel = new ChartPanel(chart);
                chartPanel.setPreferredSize(new Dimension(300, 200));
                grid.add(chartPanel);
            }
            JButton save = new JButton("Save all charts as PNG…");
            save.addActionListener(e -> chooseFolderAndSave(grid));
            JPanel buttons = new JPanel();
            buttons.add(save);
            panel = new JPanel(new BorderLayout());
            panel.add(new JScrollPane(grid), BorderLayout.CENTER);
            panel.add(buttons, BorderLayout.SOUTH);
        }
        return panel;
    }

    private void chooseFolderAndSave(JPanel parent) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Folder for the chart PNGs");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        File folder = chooser.getSelectedFile();
        try {
            List<Path> files = saveAll(folder.toPath(), 800, 500);
            JOptionPane.showMessageDialog(parent, files.size() + " charts written to " + folder);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(parent, "Could not write the charts: " + e.getMessage(), "Save charts",
                    JOptionPane.ERROR_MESSAGE);
        }
    }
}
