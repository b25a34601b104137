package org.isfsim.cli;

import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.Seeds;
import org.isfsim.gui.EpsteinWithUI;
import org.isfsim.gui.IsfModelWithUI;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sim.display.Console;
import sim.display.GUIState;

/**
 * {@code isf-sim gui}: MASON's Console with the map, the charts and the Model tab, on a scenario; on the
 * Epstein reference mode ({@code -s epstein-civil-violence}), the torus and its chart instead.
 * Returns when the Console is closed (closing it ends the program, as in every MASON application).
 */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Open the MASON Console on a scenario: the map, live charts, inspectors and parameters "
                + "(for the Epstein reference mode, its torus and chart); another scenario can be chosen in the Model tab.")
public final class GuiCommand implements Callable<Integer> {
    @Mixin
    private ScenarioOptions options;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed; the first run is run 1 of 'isf-sim run --seed S'. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load();
        Parameters parameters = scenario.resolve(options.settings);
        if (parameters.epstein().enabled()
                && (long) parameters.epstein().width() * parameters.epstein().height() > EpsteinWithUI.MAX_CELLS) {
            throw new InvalidInputException("epstein.width x epstein.height: " + parameters.epstein().width() + " x "
                    + parameters.epstein().height() + " is too many cells to draw; allowed: at most "
                    + EpsteinWithUI.MAX_CELLS + " in the GUI (run larger grids with 'isf-sim run')");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new InvalidInputException("no display: the GUI needs one (set DISPLAY, or run under xvfb-run);"
                    + " for a picture of the map without a display use 'isf-sim snapshot'");
        }
        long runSeed = Seeds.forRun(seed, 1);
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeAndWait(() -> {
            GUIState gui = parameters.epstein().enabled() ? new EpsteinWithUI(scenario, parameters, runSeed)
                    : new IsfModelWithUI(scenario, parameters, runSeed);
            Console console = new Console(gui);
            console.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    closed.countDown();
                }
            });
            console.setVisible(true);
        });
        closed.await();
        return 0;
    }
}
