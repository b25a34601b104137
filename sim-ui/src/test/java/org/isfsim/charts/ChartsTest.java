package org.isfsim.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.isfsim.analysis.compare.DailyBand;
import org.isfsim.analysis.compare.DailySeries;
import org.isfsim.analysis.compare.MetricSelection;
import org.isfsim.analysis.compare.ResultSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported charts: valid PNGs of the asked size, with each set's series drawn in its colour. */
class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path tmp;

    private static DailyBand band(String set, String metric, double level) {
        int days = 50;
        int[] d = new int[days];
        long[] n = new long[days];
        double[] mean = new double[days];
        double[] low = new double[days];
        double[] high = new double[days];
        for (int i = 0; i < days; i++) {
            d[i] = i;
            n[i] = 10;
            mean[i] = level + i;
            low[i] = mean[i] - 5;
            high[i] = mean[i] + 5;
        }
        return new DailyBand(set, metric, d, n, mean, low, high);
    }

    private static BufferedImage png(Path file, int width, int height) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "PNG signature of " + file);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
        return image;
    }

    /** Pixels exactly of a colour in a rectangle of the image. */
    private static int pixels(BufferedImage image, Color color, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (color.getRGB() & 0xffffff)) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void dailyMeansAreDrawnWithBandsInEachSetsColour() throws IOException {
        List<DailyBand> bands = List.of(band("a", "m", 0), band("b", "m", 100));
        JFreeChart chart = DailyMeanChart.create("m", List.of("a", "b"), bands);
        XYPlot panel = (XYPlot) ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots().get(0);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) panel.getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("b", data.getSeriesKey(1));
        assertEquals(149, data.getYValue(1, 49), 0);
        assertEquals(144, data.getStartYValue(1, 49), 0);
        assertEquals(154, data.getEndYValue(1, 49), 0);

        Path file = tmp.resolve("daily.png");
        ChartFiles.savePng(chart, file, 640, 400);
        BufferedImage image = png(file, 640, 400);
        assertTrue(pixels(image, Palette.color(0), 0, 0, 640, 400) > 100, "set a's line");
        assertTrue(pixels(image, Palette.color(1), 0, 0, 640, 400) > 100, "set b's line");
        Color band = blend(Palette.color(0), DailyMeanChart.BAND_ALPHA);
        assertTrue(nearPixels(image, band, 0, 0, 640, 400) > 200, "set a's band");
        // a is drawn low and b high: a's line lies mostly in the lower half of the plot
        assertTrue(pixels(image, Palette.color(0), 0, 200, 640, 400) > pixels(image, Palette.color(0), 0, 0, 640, 200));
    }

    /** A colour drawn at {@code alpha} over white. */
    private static Color blend(Color c, float alpha) {
        return new Color(Math.round(c.getRed() * alpha + 255 * (1 - alpha)),
                Math.round(c.getGreen() * alpha + 255 * (1 - alpha)), Math.round(c.getBlue() * alpha + 255 * (1 - alpha)));
    }

    private static int nearPixels(BufferedImage image, Color color, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                Color p = new Color(image.getRGB(x, y));
                if (Math.abs(p.getRed() - color.getRed()) <= 3 && Math.abs(p.getGreen() - color.getGreen()) <= 3
                        && Math.abs(p.getBlue() - color.getBlue()) <= 3) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void onePanelPerMetricAndOneLegendBySet() throws IOException {
        List<List<DailyBand>> bands = new ArrayList<>();
        bands.add(List.of(band("a", "m1", 0), band("b", "m1", 10)));
        List<DailyBand> second = new ArrayList<>();
        second.add(null);
        second.add(band("b", "m2", 0));
        bands.add(second);
        JFreeChart chart = DailyMeanChart.create(List.of("m1", "m2"), List.of("a", "b"), bands, "title");
        CombinedDomainXYPlot plot = (CombinedDomainXYPlot) chart.getXYPlot();
        assertEquals(2, plot.getSubplots().size());
        XYPlot lower = (XYPlot) plot.getSubplots().get(1);
        assertEquals(1, lower.getDataset().getSeriesCount(), "a lacks m2");
        assertEquals(Palette.color(1), lower.getRenderer().getSeriesPaint(0), "b keeps its colour");
        assertEquals("m2", lower.getRangeAxis().getLabel());
        LegendTitle legend = (LegendTitle) chart.getSubtitle(0);
        LegendItemCollection items = legend.getSources()[0].getLegendItems();
        assertEquals(2, items.getItemCount());
        assertEquals("a", items.get(0).getLabel());
        assertEquals("b", items.get(1).getLabel());

        Path file = tmp.resolve("panels.png");
        ChartFiles.savePng(chart, file, 800, 700);
        BufferedImage image = png(file, 800, 700);
        int middle = 700 / 2;
        assertTrue(pixels(image, Palette.color(0), 0, 0, 800, middle) > 50, "a in the upper panel");
        assertEquals(0, pixels(image, Palette.color(0), 60, middle + 20, 800, 640), "no a in the lower panel");
        assertTrue(pixels(image, Palette.color(1), 0, middle + 20, 800, 640) > 50, "b in the lower panel");
    }

    private static ResultSet folder(Path parent, String name, double... finals) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        StringBuilder runs = new StringBuilder("run,scenario,replication,seed,status,final_m,mean_m,day_m_5\n");
        StringBuilder series = new StringBuilder("run,scenario,replication,seed,day,date,m\n");
        for (int i = 0; i < finals.length; i++) {
            runs.append(i + 1).append(",s,").append(i + 1).append(",1,ok,").append(finals[i]).append(',')
                    .append(finals[i] / 2).append(",\n");
            for (int day = 0; day <= 20; day++) {
                series.append(i + 1).append(",s,").append(i + 1).append(",1,").append(day).append(",x,")
                        .append(finals[i] * day / 20).append('\n');
            }
        }
        Files.writeString(folder.resolve("runs.csv"), runs, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("timeseries.csv"), series, StandardCharsets.UTF_8);
        return ResultSet.read(folder);
    }

    @Test
    void boxPlotsHoldEachSetsRunLevelValues() throws IOException {
        List<ResultSet> sets = List.of(folder(tmp, "a", 1, 2, 3, 4, 5), folder(tmp, "b", 10, 20, 30));
        JFreeChart chart = BoxPlotChart.create("m", List.of("final_m", "mean_m"), sets);
        BoxAndWhiskerCategoryDataset data = (BoxAndWhiskerCategoryDataset) ((CategoryPlot) chart.getPlot()).getDataset();
        assertEquals(3.0, data.getMedianValue("a", "final_m").doubleValue(), 0);
        assertEquals(10.0, data.getMedianValue("b", "mean_m").doubleValue(), 0);
        assertEquals(2, data.getColumnCount());
        Path file = tmp.resolve("box.png");
        ChartFiles.savePng(chart, file, 600, 400);
        BufferedImage image = png(file, 600, 400);
        assertTrue(pixels(image, Palette.color(0), 0, 0, 600, 400) > 20, "a's boxes");
        assertTrue(pixels(image, Palette.color(1), 0, 0, 600, 400) > 20, "b's boxes");
    }

    @Test
    void comparisonChartsAreWrittenPerChosenMetric() throws IOException {
        List<ResultSet> sets = List.of(folder(tmp, "a", 1, 2, 3), folder(tmp, "b", 4, 5, 6));
        MetricSelection selection = MetricSelection.resolve(sets, List.of(), true);
        List<DailySeries> series = DailySeries.read(sets, List.of("m"), Set.of());
        Path out = tmp.resolve("out");
        List<String> files = ComparisonCharts.write(out, sets, selection, series);
        assertEquals(List.of("charts/daily-m.png", "charts/box-m.png"), files, "no box for day_m_5: it has no values");
        for (String f : files) {
            png(out.resolve(f), ComparisonCharts.WIDTH, ComparisonCharts.HEIGHT);
        }
    }
}
