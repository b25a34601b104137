package org.isfsim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.isfsim.experiment.Seeds;
import org.isfsim.experiment.Simulation;
import org.isfsim.model.epstein.EpsteinModel;
import org.isfsim.model.metrics.MetricsTable;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.engine.SimState;

/**
 * The Epstein GUI without a Console: watching never changes a run, the grid view and the chart follow the
 * model step by step, a clicked cell shows its citizen, and the Model tab's parameters apply to the next run.
 */
class EpsteinGuiRunTest {
    private static final int STEPS = 150;

    @TempDir
    Path tmp;

    private static EpsteinWithUI gui(int steps) {
        Scenario scenario = ScenarioCatalog.load("epstein-civil-violence");
        return new EpsteinWithUI(scenario, scenario.resolve().withDays(steps), Seeds.forRun(7, 1));
    }

    private static void flushSwing() throws Exception {
        SwingUtilities.invokeAndWait(() -> { });
    }

    /** The Console reseeds the model with its (32-bit) seed before each start, as here. */
    @Test
    void watchingARunDoesNotChangeItAndTheViewFollowsIt() throws Exception {
        EpsteinWithUI gui = gui(STEPS);
        gui.state.setSeed(gui.state.seed());
        gui.start();
        for (int step = 0; step <= STEPS; step++) {
            assertTrue(gui.step());
            if (step % 50 == 0) {
                EpsteinModel model = gui.model();
                for (int y = 0; y < model.height(); y++) {
                    for (int x = 0; x < model.width(); x++) {
                        assertEquals(model.stateAt(x, y), gui.grid().codeAt(x, y), "cell " + x + "," + y);
                    }
                }
            }
        }
        MetricsTable headless = Simulation.run(gui.editor().parameters(), Seeds.forRun(7, 1));
        for (int step = 0; step <= STEPS; step++) {
            assertArrayEquals(headless.row(step), gui.model().metrics().row(step), "step " + step);
        }
        flushSwing();
        assertEquals(STEPS + 1, gui.chart().points());
        Path png = tmp.resolve("chart.png");
        gui.chart().save(png, 600, 300);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(600, image.getWidth());
        EpsteinLiveValues live = gui.liveValues();
        assertEquals(STEPS + 1, live.getStep());
        assertEquals(gui.model().citizenCount(), live.getQuiet() + live.getActive() + live.getJailed());
        gui.finish();
    }

    /** The GUI's after-step work runs beside the model's schedule: the checkpoint is the model alone. */
    @Test
    void aCheckpointHoldsNeitherALambdaNorTheGui() throws Exception {
        EpsteinWithUI gui = gui(STEPS);
        gui.start();
        for (int step = 0; step < 5; step++) {
            gui.step();
        }
        List<String> found = CheckpointContents.lambdasAndGuiObjects(gui.model());
        assertTrue(found.isEmpty(), "in a checkpoint: " + found);
        gui.finish();
    }

    @Test
    void aCheckpointLoadsWithItsGridAndChart() throws Exception {
        EpsteinWithUI first = gui(STEPS);
        first.editor().set("epstein.width", 30);
        first.start();
        for (int step = 0; step < 40; step++) {
            first.step();
        }
        File file = tmp.resolve("epstein.checkpoint").toFile();
        first.model().writeToCheckpoint(file);
        EpsteinWithUI second = gui(STEPS);
        second.load(SimState.readFromCheckpoint(file));
        flushSwing();
        assertEquals(40, second.chart().points());
        assertEquals(first.model().stateAt(17, 9), second.grid().codeAt(17, 9));
        assertEquals(30, second.editor().parameters().epstein().width(), "the next start reruns the checkpoint's world");
        assertTrue(second.step());
        first.step();
        assertArrayEquals(first.model().metrics().row(40), second.model().metrics().row(40), "the restored run goes on alike");
        first.finish();
        second.finish();
    }

    /** MASON's own way in ({@code java -cp isf-sim.jar org.isfsim.gui.EpsteinWithUI}): the scenario, seed 1. */
    @Test
    void theNoArgumentConstructorIsTheEpsteinScenario() {
        EpsteinWithUI gui = new EpsteinWithUI();
        assertEquals("epstein-civil-violence", gui.editor().scenario().name());
        assertEquals(ScenarioCatalog.load("epstein-civil-violence").resolve(), gui.editor().parameters());
    }

    @Test
    void aClickedCellShowsItsCitizen() {
        EpsteinWithUI gui = gui(STEPS);
        gui.start();
        for (int step = 0; step < 20; step++) {
            gui.step();
        }
        EpsteinModel model = gui.model();
        Set<String> seen = new HashSet<>();
        for (int y = 0; y < model.height(); y++) {
            for (int x = 0; x < model.width(); x++) {
                EpsteinCell cell = new EpsteinCell(() -> model, x, y);
                seen.add(cell.getOccupant());
                int citizen = cell.getCitizen();
                if (citizen >= 0) {
                    assertEquals(model.hardship(citizen), cell.getHardship());
                    assertEquals(model.riskAversion(citizen), cell.getRiskAversion());
                    assertEquals(cell.getHardship() * (1 - model.parameters().legitimacy()), cell.getGrievance(), 1e-12);
                } else {
                    assertTrue(Double.isNaN(cell.getHardship()) && Double.isNaN(cell.getGrievance()));
                }
            }
        }
        assertTrue(seen.containsAll(List.of("quiet citizen", "cop", "nobody")), seen.toString());
        gui.finish();
    }

    /** Parameters edited in the Model tab (a 60 × 30 torus, no cops) make the next run's world. */
    @Test
    void editedParametersApplyWhenTheNextRunStarts() {
        EpsteinWithUI gui = gui(STEPS);
        ParameterGroup group = ParameterGroup.epstein(gui.editor(), message -> { });
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < group.numProperties(); i++) {
            keys.add(group.key(i));
        }
        assertEquals(Set.of("epstein.width", "epstein.height", "epstein.citizenDensity", "epstein.copDensity",
                "epstein.vision", "epstein.neighbourhood", "epstein.legitimacy", "epstein.maxJailTerm",
                "epstein.arrestConstant", "epstein.threshold", "timeline.days"), keys);
        gui.editor().set("epstein.width", 60);
        gui.editor().set("epstein.height", 30);
        gui.editor().set("epstein.copDensity", 0.0);
        gui.start();
        gui.step();
        assertEquals(60, gui.model().width());
        assertEquals(30, gui.model().height());
        assertEquals(0, gui.model().copCount());
        assertEquals(Math.round(0.7 * 60 * 30), gui.model().citizenCount());
        BufferedImage image = gui.grid().render(3);
        assertEquals(180, image.getWidth());
        assertEquals(90, image.getHeight());
        gui.finish();
    }
}
