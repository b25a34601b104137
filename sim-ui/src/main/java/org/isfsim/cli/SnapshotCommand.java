package org.isfsim.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.isfsim.InvalidInputException;
import org.isfsim.experiment.Seeds;
import org.isfsim.gui.EpsteinGridView;
import org.isfsim.gui.EpsteinWithUI;
import org.isfsim.gui.MapSnapshot;
import org.isfsim.model.params.EpsteinParameters;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code isf-sim snapshot}: the map as it stands on day N, drawn without a display, as PNG (for the Epstein
 * reference mode, its torus after step N). The run is run 1 of {@code isf-sim run --seed S}, so a snapshot
 * shows a run whose CSV can be had too.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Draw the map of a scenario as it stands on day N (no display needed) and write it as PNG.")
public final class SnapshotCommand implements Callable<Integer> {
    private static final double MAX_ZOOM = 8;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ScenarioOptions options;

    @Option(names = "--day", paramLabel = "N", required = true,
            description = "The day to draw, 0 (2025-10-10) to the scenario's last day; the map shows the state after it "
                    + "(for the Epstein reference mode: the step).")
    private int day;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The PNG file to write.")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed; the map is run 1 of 'isf-sim run --seed S'. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--zoom", paramLabel = "Z", defaultValue = "1",
            description = "Scale: 1 draws a 250 m cell as 4 pixels (a 782 x 680 image); up to " + MAX_ZOOM
                    + ". Default: ${DEFAULT-VALUE}.")
    private double zoom;

    @Option(names = "--show-hidden", description = "Also draw the infrastructure the force has not found.")
    private boolean showHidden;

    @Override
    public Integer call() throws Exception {
        if (!(zoom > 0 && zoom <= MAX_ZOOM)) {
            throw new InvalidInputException("--zoom: " + zoom + " is out of range; allowed above 0, up to " + MAX_ZOOM);
        }
        Scenario scenario = options.load();
        Parameters parameters = scenario.resolve(options.settings);
        int last = parameters.timeline().days();
        if (day < 0 || day > last) {
            throw new InvalidInputException("--day: " + day + " is out of range; allowed 0.." + last
                    + " (the scenario's timeline.days)");
        }
        if (parameters.epstein().enabled()) {
            return epstein(scenario, parameters);
        }
        BufferedImage image = MapSnapshot.render(scenario, parameters, Seeds.forRun(seed, 1), day, zoom, showHidden);
        MapSnapshot.writePng(image, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("isf-sim snapshot: %s day %d (%s), %d x %d -> %s%n", scenario.name(), day,
                parameters.timeline().dateOf(day), image.getWidth(), image.getHeight(), out);
        stdout.flush();
        return 0;
    }

    /** The Epstein reference mode's torus after step {@code --day}, a cell as large as the GUI draws it × zoom. */
    private int epstein(Scenario scenario, Parameters parameters) throws IOException {
        if (showHidden) {
            throw new InvalidInputException("--show-hidden: the Epstein reference mode has no hidden infrastructure;"
                    + " allowed: only with a scenario of the Gaza model");
        }
        EpsteinParameters e = parameters.epstein();
        if ((long) e.width() * e.height() > EpsteinWithUI.MAX_CELLS) {
            throw new InvalidInputException("epstein.width x epstein.height: " + e.width() + " x " + e.height()
                    + " is too many cells to draw; allowed: at most " + EpsteinWithUI.MAX_CELLS);
        }
        int cellPixels = (int) Math.max(1, Math.round(zoom * EpsteinGridView.cellPixels(e.width(), e.height())));
        BufferedImage image = EpsteinWithUI.render(scenario, parameters, Seeds.forRun(seed, 1), day, cellPixels);
        MapSnapshot.writePng(image, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("isf-sim snapshot: %s step %d, %d x %d -> %s%n", scenario.name(), day, image.getWidth(),
                image.getHeight(), out);
        stdout.flush();
        return 0;
    }
}
