package org.isfsim.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.isfsim.InvalidInputException;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;

/**
 * Writes charts as PNG files without a display: JFreeChart 1.0.19 renders into a {@code BufferedImage}
 * (a JVM with no {@code DISPLAY} runs AWT headless by itself). Each file is written to a {@code .part}
 * file and renamed into place when whole.
 */
public final class ChartFiles {
    private ChartFiles() {
    }

    /** Saves {@code chart} as a {@code width} × {@code height} PNG, creating the folder if needed. */
    public static void savePng(JFreeChart chart, Path file, int width, int height) {
        Path absolute = file.toAbsolutePath();
        Path part = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            ChartUtilities.saveChartAsPNG(part.toFile(), chart, width, height);
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot write the chart (" + e.getMessage() + ")", e);
        }
    }

    /** A file-name-safe form of a metric name. */
    public static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
