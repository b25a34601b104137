package org.isfsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.JEditorPane;
import javax.swing.SwingUtilities;
import org.isfsim.experiment.Seeds;
import org.isfsim.model.epstein.EpsteinModel;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.map.GridCell;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.inspector.PropertyInspector;
import sim.portrayal.inspector.TimeSeriesChartingPropertyInspector;
import sim.util.Bag;
import sim.util.Properties;

/**
 * The real GUI on a real display (Xvfb in CI, installed by .ci/run): the Console opens with the map,
 * plays some days, the map's snapshot is a drawn map, clicking a contingent finds it for the
 * inspector, MASON's chart inspector works with JFreeChart 1.0.19, the charts save as PNG, and the
 * Console closes cleanly. Skipped without a display. Every wait is bounded, so CI cannot hang.
 */
class ConsoleGuiTest {
    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path tmp;

    private Console console;
    private IsfModelWithUI gui;
    private Console epsteinConsole;
    private EpsteinWithUI epsteinGui;

    private static <T> T onSwing(Callable<T> task) throws Exception {
        FutureTask<T> future = new FutureTask<>(task);
        SwingUtilities.invokeLater(future);
        return future.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + WAIT_SECONDS + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    @AfterEach
    void closeWithoutExiting() throws Exception {
        if (console != null) {
            onSwing(() -> {
                console.pressStop();
                gui.quit();
                console.dispose();
                return null;
            });
        }
        if (epsteinConsole != null) {
            onSwing(() -> {
                epsteinConsole.pressStop();
                epsteinGui.quit();
                epsteinConsole.dispose();
                return null;
            });
        }
    }

    /** The Epstein mode's Console: plays steps, draws the torus in the paper's colours, charts the run. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theEpsteinConsolePlaysStepsAndDrawsTheTorus() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run to test the GUI");
        Scenario scenario = ScenarioCatalog.load("epstein-civil-violence");
        Parameters parameters = scenario.resolve().withDays(2000);
        onSwing(() -> {
            epsteinGui = new EpsteinWithUI(scenario, parameters, Seeds.forRun(1, 1));
            epsteinConsole = new Console(epsteinGui);
            epsteinConsole.setVisible(true);
            return null;
        });
        assertTrue(epsteinConsole.getModelInspector() instanceof EpsteinModelTab, "the Model tab is the Epstein one");
        onSwing(() -> {
            epsteinConsole.pressPlay();
            return null;
        });
        await("50 steps", () -> epsteinGui.state.schedule.getSteps() >= 50);
        onSwing(() -> {
            epsteinConsole.pressPause();
            return null;
        });
        await("the pause", () -> epsteinConsole.getPlayState() == Console.PS_PAUSED);

        Path snapshot = tmp.resolve("torus.png");
        onSwing(() -> {
            epsteinGui.display().takeSnapshot(snapshot.toFile(), Display2D.TYPE_PNG);
            return null;
        });
        BufferedImage image = ImageIO.read(snapshot.toFile());
        assertEquals(560, image.getWidth(), "40 cells of 14 pixels");
        Set<Integer> colours = new HashSet<>();
        for (int y = 7; y < image.getHeight(); y += 14) {
            for (int x = 7; x < image.getWidth(); x += 14) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.contains(EpsteinGridView.COLOURS[EpsteinModel.QUIET].getRGB()), "quiet citizens drawn");
        assertTrue(colours.contains(EpsteinGridView.COLOURS[EpsteinModel.COP].getRGB()), "cops drawn");
        int points = onSwing(() -> epsteinGui.chart().points());
        assertTrue(points >= 50, "chart points: " + points);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theConsolePlaysDaysDrawsTheMapAndCloses() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run to test the GUI");
        Scenario scenario = ScenarioCatalog.load("immediate-deployment");
        Parameters parameters = scenario.resolve().withDays(400);
        onSwing(() -> {
            gui = new IsfModelWithUI(scenario, parameters, Seeds.forRun(1, 1));
            console = new Console(gui);
            console.setVisible(true);
            return null;
        });
        assertTrue(console.getModelInspector() instanceof ModelTab, "the Model tab is ours");
        String about = onSwing(() -> text((Container) console.getTabPane().getComponentAt(0)));
        assertTrue(about.contains("immediate-deployment"), "the About page names the scenario");
        assertTrue(about.contains("Epstein"), "and the model's sources");

        onSwing(() -> {
            console.pressPlay();
            return null;
        });
        await("25 days", () -> gui.state.schedule.getSteps() >= 25);
        onSwing(() -> {
            console.pressPause();
            return null;
        });
        await("the pause", () -> console.getPlayState() == Console.PS_PAUSED);
        long days = gui.state.schedule.getSteps();
        assertTrue(days >= 25 && days < 400, "days played: " + days);

        Path snapshot = tmp.resolve("map.png");
        onSwing(() -> {
            gui.display().takeSnapshot(snapshot.toFile(), Display2D.TYPE_PNG);
            return null;
        });
        BufferedImage image = ImageIO.read(snapshot.toFile());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 300, image.getWidth() + " x " + image.getHeight());
        Set<Integer> colours = new HashSet<>();
        boolean yellow = false;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
                yellow |= image.getRGB(x, y) == Palette.YELLOW_LINE.getRGB();
            }
        }
        assertTrue(colours.size() > 50, "not blank: " + colours.size() + " colours");
        assertTrue(yellow, "the yellow line is on the snapshot");

        Contingent contingent = gui.model().contingents().stream().filter(Contingent::isOnGround).findFirst()
                .orElseThrow(() -> new AssertionError("no contingent in the strip after " + days + " days"));
        boolean hit = onSwing(() -> clickFinds(contingent));
        assertTrue(hit, "a click on " + contingent + " finds it for the inspector");

        Properties live = Properties.getProperties(gui.liveValues());
        int secured = -1;
        for (int i = 0; i < live.numProperties(); i++) {
            if (live.getName(i).equals("SecuredShare")) {
                secured = i;
            }
        }
        int index = secured;
        assertTrue(index >= 0, "SecuredShare is a live property");
        PropertyInspector chart = onSwing(() -> PropertyInspector.makeInspector(
                TimeSeriesChartingPropertyInspector.class, live, index, console, gui));
        assertNotNull(chart, "MASON's Chart inspector on a live value");

        onSwing(() -> null);
        assertTrue(gui.charts().points() >= 25, "chart points: " + gui.charts().points());
        Path charts = tmp.resolve("charts");
        gui.saveCharts(charts);
        List<Path> pngs;
        try (var files = Files.list(charts)) {
            pngs = files.toList();
        }
        assertEquals(LiveCharts.CHARTS.size(), pngs.size());
    }

    /** The text of the first editor pane inside a component (the About tab's HTML browser). */
    private static String text(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof JEditorPane pane) {
                return pane.getText();
            }
            if (child instanceof Container inner) {
                String found = text(inner);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    /** Clicks (in the display's own coordinates) where the contingent is drawn, and looks for it among the hits. */
    private boolean clickFinds(Contingent contingent) {
        Display2D display = gui.display();
        FieldPortrayal2D portrayal = gui.layers().layers().stream().filter(l -> l.name().equals("ISF contingents"))
                .findFirst().orElseThrow().portrayal();
        DrawInfo2D info = display.getDrawInfo2D(portrayal, new Rectangle2D.Double(0, 0, 1, 1));
        GridCell at = contingent.getPosition();
        double px = info.draw.x + (at.x() + 0.5) * info.draw.width / gui.model().map().width();
        double py = info.draw.y + (at.y() + 0.5) * info.draw.height / gui.model().map().height();
        Rectangle2D.Double click = new Rectangle2D.Double(px, py, 1, 1);
        for (Bag hits : display.objectsHitBy(click)) {
            for (int i = 0; i < hits.numObjs; i++) {
                if (((LocationWrapper) hits.objs[i]).getObject() == contingent) {
                    display.createInspectors(click, gui);
                    return true;
                }
            }
        }
        return false;
    }
}
