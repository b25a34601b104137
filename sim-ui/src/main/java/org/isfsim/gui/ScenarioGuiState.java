package org.isfsim.gui;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import sim.display.Console;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.util.gui.HTMLBrowser;

/**
 * What the Gaza GUI and the Epstein GUI share: the scenario and the parameters of the next run
 * ({@link ParameterEditor}), the run's full 64-bit seed, the About page, the warning when the model refuses
 * an edited value, and the windows to close on quit.
 */
public abstract class ScenarioGuiState extends GUIState {
    private final ParameterEditor editor;
    private final long seed;
    private final List<JFrame> frames = new ArrayList<>();

    /**
     * @param model the model, made with {@code seed}
     * @param scenario the scenario named on the About page
     * @param parameters its parameters, with any overrides applied
     * @param seed the model's seed (the Console shows it and may change it)
     */
    ScenarioGuiState(SimState model, Scenario scenario, Parameters parameters, long seed) {
        super(model);
        this.seed = seed;
        editor = new ParameterEditor(scenario, parameters);
    }

    public ParameterEditor editor() {
        return editor;
    }

    /**
     * MASON's Console keeps seeds in 32 bits and reseeds the model with them before each start; while its
     * seed is still ours, reseed with all 64 bits, so that the run is the one {@code isf-sim run} makes.
     * Call before {@code super.start()}.
     */
    protected void useFullSeed() {
        if (state.seed() == (int) seed) {
            state.setSeed(seed);
        }
    }

    /** Registers a window of this GUI with the Console; it is disposed of on quit. */
    protected void register(JFrame frame) {
        frames.add(frame);
        controller.registerFrame(frame);
    }

    /** Puts the current scenario's text on the Console's About page. */
    protected void showAbout() {
        if (controller instanceof Console console) {
            Component about = console.getTabPane().getComponentAt(0);
            if (about instanceof HTMLBrowser browser) {
                browser.setText(AboutPage.html(editor.scenario()));
            }
        }
    }

    /** A value the model refused in the Model tab: say why, over the first window. */
    void refused(String message) {
        if (GraphicsEnvironment.isHeadless() || controller == null) {
            return;
        }
        Component parent = frames.isEmpty() ? null : frames.get(0);
        SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent, message, "Value refused",
                JOptionPane.WARNING_MESSAGE));
    }

    @Override
    public void quit() {
        super.quit();
        frames.forEach(JFrame::dispose);
        frames.clear();
    }
}
