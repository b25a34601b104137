package org.isfsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.isfsim.cli.IsfSim;
import org.isfsim.cli.CliRun;
import org.isfsim.experiment.Seeds;
import org.isfsim.model.epstein.EpsteinModel;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code isf-sim snapshot} and {@code isf-sim gui} from the command line, without a display. */
class SnapshotCommandTest {
    @TempDir
    Path tmp;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesThePngOfTheMapOnTheDayAsked() throws Exception {
        Path png = tmp.resolve("maps/day-30.png");
        CliRun r = cli("snapshot", "-s", "immediate-deployment", "--day", "30", "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("day 30 (2025-11-09)"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(133 * 4 + MapLayers.PANEL_WIDTH, image.getWidth());
        assertEquals(170 * 4, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "a drawn map, not a blank image: " + colours.size() + " colours");
        assertTrue(colours.contains(Palette.YELLOW_LINE.getRGB()), "the yellow line is drawn");
    }

    @Test
    void sameSeedSameDaySamePicture() throws Exception {
        Path a = tmp.resolve("a.png");
        Path b = tmp.resolve("b.png");
        assertEquals(0, cli("snapshot", "--day", "5", "--seed", "3", "--out", a.toString()).exit());
        assertEquals(0, cli("snapshot", "--day", "5", "--seed", "3", "--out", b.toString()).exit());
        BufferedImage ia = ImageIO.read(a.toFile());
        BufferedImage ib = ImageIO.read(b.toFile());
        for (int y = 0; y < ia.getHeight(); y++) {
            for (int x = 0; x < ia.getWidth(); x++) {
                if (ia.getRGB(x, y) != ib.getRGB(x, y)) {
                    throw new AssertionError("pixel (" + x + ", " + y + ") differs");
                }
            }
        }
    }

    @Test
    void zoomAndOverridesApply() throws Exception {
        Path png = tmp.resolve("z.png");
        CliRun r = cli("snapshot", "--day", "0", "--zoom", "0.5", "--set", "force.battalionSize=600",
                "--show-hidden", "--out", png.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(391, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void aDayOutsideTheRunIsAnInputError() {
        Path png = tmp.resolve("x.png");
        CliRun r = cli("snapshot", "--day", "900", "--out", png.toString());
        assertEquals(IsfSim.INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("--day: 900 is out of range; allowed 0..812"), r.err());
        assertFalse(Files.exists(png));
        assertEquals(IsfSim.INPUT_ERROR, cli("snapshot", "--day", "-1", "--out", png.toString()).exit());
        assertEquals(IsfSim.INPUT_ERROR, cli("snapshot", "--day", "1", "--zoom", "0", "--out", png.toString()).exit());
    }

    /**
     * The Epstein mode draws its torus after the step asked for: a 40 × 40 grid at 14 pixels a cell, with as
     * many red (active), blue (quiet) and black (cop) cells as the run has after that step.
     */
    @Test
    void theEpsteinModeDrawsItsTorusAfterTheStep() throws Exception {
        Path png = tmp.resolve("e.png");
        CliRun r = cli("snapshot", "-s", "epstein-civil-violence", "--day", "120", "--seed", "4", "--out",
                png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("epstein-civil-violence step 120, 560 x 560"), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        int[] cells = new int[EpsteinGridView.COLOURS.length];
        for (int y = 7; y < image.getHeight(); y += 14) {
            for (int x = 7; x < image.getWidth(); x += 14) {
                int rgb = image.getRGB(x, y);
                int code = 0;
                while (EpsteinGridView.COLOURS[code].getRGB() != rgb) {
                    code++;
                }
                cells[code]++;
            }
        }
        Scenario scenario = ScenarioCatalog.load("epstein-civil-violence");
        Parameters parameters = scenario.resolve();
        EpsteinModel model = new EpsteinModel(Seeds.forRun(4, 1), parameters.epstein(), parameters.timeline().days());
        model.start();
        for (int step = 0; step <= 120; step++) {
            model.schedule.step(model);
        }
        assertEquals(model.activeCount(), cells[EpsteinModel.ACTIVE], "red cells");
        assertEquals(model.citizenCount() - model.activeCount() - model.jailedCount(), cells[EpsteinModel.QUIET],
                "blue cells");
        assertEquals(model.copCount(), cells[EpsteinModel.COP], "black cells");
        assertEquals(1600 - model.copCount() - model.citizenCount() + model.jailedCount(), cells[EpsteinModel.EMPTY]);

        CliRun hidden = cli("snapshot", "-s", "epstein-civil-violence", "--day", "1", "--show-hidden", "--out",
                tmp.resolve("h.png").toString());
        assertEquals(IsfSim.INPUT_ERROR, hidden.exit());
        assertTrue(hidden.err().contains("--show-hidden: the Epstein reference mode has no hidden infrastructure"),
                hidden.err());
    }

    @Test
    void anUnknownScenarioIsAnInputError() {
        CliRun r = cli("snapshot", "-s", "nosuch", "--day", "1", "--out", tmp.resolve("n.png").toString());
        assertEquals(IsfSim.INPUT_ERROR, r.exit());
    }

    @Test
    void anEpsteinGridTooLargeToDrawIsAnInputErrorWithOrWithoutADisplay() {
        CliRun r = cli("gui", "-s", "epstein-civil-violence", "--set", "epstein.width=2000", "--set", "epstein.height=2000");
        assertEquals(IsfSim.INPUT_ERROR, r.exit());
        assertEquals("isf-sim gui: epstein.width x epstein.height: 2000 x 2000 is too many cells to draw; allowed: at"
                + " most 1000000 in the GUI (run larger grids with 'isf-sim run')", r.err().strip());
        Path png = tmp.resolve("big.png");
        CliRun snapshot = cli("snapshot", "-s", "epstein-civil-violence", "--day", "1", "--set", "epstein.width=2000",
                "--set", "epstein.height=2000", "--out", png.toString());
        assertEquals(IsfSim.INPUT_ERROR, snapshot.exit());
        assertTrue(snapshot.err().contains("too many cells to draw"), snapshot.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void theGuiWithoutADisplaySaysWhatToDo() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "only without a display");
        CliRun r = cli("gui");
        assertEquals(IsfSim.INPUT_ERROR, r.exit());
        assertTrue(r.err().contains("xvfb-run"), r.err());
        assertTrue(r.err().contains("isf-sim snapshot"), r.err());
    }
}
