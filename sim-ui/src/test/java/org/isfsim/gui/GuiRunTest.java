package org.isfsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.Seeds;
import org.isfsim.experiment.Simulation;
import org.isfsim.model.metrics.Metric;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;

/**
 * The GUI's run without a Console: watching never changes a run, the charts get each day from the
 * GUI side and save as PNG, the live values and the coordination centre's view read the model, and
 * a scenario can be chosen for the next run.
 */
class GuiRunTest {
    private static final int DAYS = 40;

    @TempDir
    Path tmp;

    private static IsfModelWithUI gui(String scenarioName, int days) {
        Scenario scenario = ScenarioCatalog.load(scenarioName);
        return new IsfModelWithUI(scenario, scenario.resolve().withDays(days), Seeds.forRun(7, 1));
    }

    private static void flushSwing() throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
    }

    /** The Console reseeds the model with its (32-bit) seed before each start, as here. */
    @Test
    void watchingARunDoesNotChangeIt() {
        IsfModelWithUI gui = gui("immediate-deployment", DAYS);
        gui.state.setSeed(gui.state.seed());
        gui.start();
        for (int d = 0; d <= DAYS; d++) {
            assertTrue(gui.step());
        }
        Parameters parameters = gui.editor().parameters();
        MetricsTable headless = Simulation.run(parameters, Seeds.forRun(7, 1));
        for (int d = 0; d <= DAYS; d++) {
            assertArrayEquals(headless.row(d), gui.model().metrics().row(d), "day " + d);
        }
        gui.finish();
    }

    @Test
    void chartsGetEveryDayAndSaveAsPng() throws Exception {
        IsfModelWithUI gui = gui(ScenarioCatalog.DEFAULT, DAYS);
        gui.start();
        for (int d = 0; d <= 20; d++) {
            gui.step();
        }
        flushSwing();
        assertEquals(21, gui.charts().points());
        List<Path> files = gui.charts().saveAll(tmp.resolve("charts"), 640, 400);
        assertEquals(LiveCharts.CHARTS.size(), files.size());
        assertTrue(Files.exists(tmp.resolve("charts/secured_share.png")));
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(640, image.getWidth(), file.toString());
            assertEquals(400, image.getHeight(), file.toString());
        }
        gui.start();
        flushSwing();
        assertEquals(0, gui.charts().points(), "a new run starts empty charts");
        gui.finish();
    }

    @Test
    void liveValuesAndTheCoordinationCentreReadTheRunningModel() {
        IsfModelWithUI gui = gui("immediate-deployment", DAYS);
        LiveValues live = gui.liveValues();
        assertEquals(-1, live.getDay());
        gui.start();
        for (int d = 0; d <= 30; d++) {
            gui.step();
        }
        assertEquals(30, live.getDay());
        assertEquals("2025-11-09", live.getDate());
        assertEquals(gui.model().metrics().value(30, Metric.ISF_TROOPS), live.getIsfTroops());
        assertTrue(live.getIsfTroops() > 0);
        CoordinationCentreView centre = new CoordinationCentreView(gui::model);
        assertTrue(centre.isOpen());
        assertEquals(gui.model().coordinationCentre().members(), centre.getMembers());
        assertTrue(centre.getAssignedTroops().startsWith("North Gaza "));
        gui.finish();
    }

    @Test
    void aCheckpointLoadsWithItsMapAndCharts() throws Exception {
        IsfModelWithUI first = gui("immediate-deployment", DAYS);
        first.start();
        for (int d = 0; d <= 10; d++) {
            first.step();
        }
        File file = tmp.resolve("run.checkpoint").toFile();
        first.model().writeToCheckpoint(file);
        IsfModelWithUI second = gui(ScenarioCatalog.DEFAULT, DAYS);
        second.load(SimState.readFromCheckpoint(file));
        flushSwing();
        assertEquals(11, second.charts().points());
        assertEquals(10, second.layers().fields().day());
        assertEquals(first.model().parameters(), second.editor().parameters(), "the next start reruns the checkpoint's parameters");
        assertTrue(second.step());
        assertEquals(11, second.layers().fields().day(), "the map follows the restored run");
        first.finish();
        second.finish();
    }

    /** The GUI's after-day work runs beside the model's schedule: the checkpoint is the model alone. */
    @Test
    void aCheckpointHoldsNeitherALambdaNorTheGui() throws Exception {
        IsfModelWithUI gui = gui("immediate-deployment", DAYS);
        gui.start();
        for (int d = 0; d <= 5; d++) {
            gui.step();
        }
        List<String> found = CheckpointContents.lambdasAndGuiObjects(gui.model());
        assertTrue(found.isEmpty(), "in a checkpoint: " + found);
        gui.finish();
    }

    @Test
    void aChosenScenarioIsUsedByTheNextRun() {
        IsfModelWithUI gui = gui(ScenarioCatalog.DEFAULT, DAYS);
        gui.chooseScenario("immediate-deployment");
        assertEquals("immediate-deployment", gui.editor().scenario().name());
        gui.start();
        assertEquals(ScenarioCatalog.load("immediate-deployment").resolve(), gui.model().parameters());
        assertTrue(AboutPage.html(gui.editor().scenario()).contains("immediate-deployment"));
        gui.finish();
    }

    @Test
    void theEpsteinModeHasNoMapAndIsSentToItsOwnWindow() {
        IsfModelWithUI gui = gui(ScenarioCatalog.DEFAULT, DAYS);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> gui.chooseScenario("epstein-civil-violence"));
        assertTrue(e.getMessage().contains("no map"), e.getMessage());
        assertTrue(e.getMessage().contains("isf-sim gui -s epstein-civil-violence"), "says where to open it instead");
        assertEquals(ScenarioCatalog.DEFAULT, gui.editor().scenario().name());
    }

    @Test
    void theAboutPageDescribesTheModelItsSourcesAndTheScenario() {
        Scenario scenario = ScenarioCatalog.load("turkey-included");
        String html = AboutPage.html(scenario);
        assertTrue(html.contains("Epstein"));
        assertTrue(html.contains("docs/sources.md"));
        assertTrue(html.contains("turkey-included"));
        assertTrue(html.contains(scenario.sources().get(0).replace("&", "&amp;").replace("<", "&lt;")));
        assertFalse(html.contains("${scenario}"));
    }
}
