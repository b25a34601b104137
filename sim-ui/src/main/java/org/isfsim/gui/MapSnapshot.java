package org.isfsim.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;

/**
 * The map of a run as it stands on a given day, drawn without a display (for reports and CI):
 * the run goes through the same {@link IsfModelWithUI} and {@link MapLayers} as the Console, only
 * with no Console, and the layers are drawn into an image.
 */
public final class MapSnapshot {
    private MapSnapshot() {
    }

    /**
     * Runs a scenario from day 0 to {@code day} inclusive and draws the map.
     *
     * @param scenario the scenario (named in the legend)
     * @param parameters its parameters
     * @param seed the model's seed
     * @param day the last day to run, 0 or more, at most the scenario's last day
     * @param zoom 1 draws a 250 m cell as 4 pixels
     * @param showHidden whether to draw the infrastructure the force has not found
     * @return the image: the map with the coordination centre and legend beside it
     */
    public static BufferedImage render(Scenario scenario, Parameters parameters, long seed, int day, double zoom,
            boolean showHidden) {
        IsfModelWithUI gui = new IsfModelWithUI(scenario, parameters, seed);
        gui.start();
        for (int d = 0; d <= day; d++) {
            if (!gui.step()) {
                throw new IllegalStateException("the schedule ran out on day " + d);
            }
        }
        BufferedImage image = gui.layers().render(gui, gui.model().map(), zoom,
                layer -> layer.shownAtStart() || (showHidden && layer.name().equals(MapLayers.HIDDEN_INFRASTRUCTURE)));
        gui.finish();
        return image;
    }

    /** Writes an image as PNG, creating the folder if needed. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
