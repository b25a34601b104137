package org.isfsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.BorderLayout;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import org.isfsim.model.epstein.EpsteinModel;
import org.isfsim.model.params.Parameters;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;

/**
 * The Epstein reference mode in MASON's Console, as NetLogo's Rebellion shows it: the torus with quiet
 * citizens blue, actives red and cops black ({@link EpsteinGridView}), a chart of the active and jailed
 * shares against time ({@link EpsteinChart}), a Model tab with the live counts and the mode's parameters,
 * and inspectors on clicked cells. As in the Gaza GUI, drawing code only reads the model: after each
 * step a GUI-side steppable copies the grid and hands the step's metrics to the chart.
 */
public class EpsteinWithUI extends ScenarioGuiState {
    /** The largest torus the GUI draws, in cells (1,000 × 1,000): a copy of the grid is refreshed every step. */
    public static final long MAX_CELLS = 1_000_000;
    private static final int CONSOLE_WIDTH = 420;
    private static final int CONSOLE_HEIGHT = 640;
    private final EpsteinGridView grid = new EpsteinGridView();
    private final EpsteinChart chart = new EpsteinChart();
    private final EpsteinLiveValues live = new EpsteinLiveValues(this::model);
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartFrame;
    private Stoppable afterStep;
    private int attachedWidth = -1;
    private int attachedHeight = -1;

    /** MASON's entry point: the epstein-civil-violence scenario in a Console. */
    public static void main(String[] args) {
        new EpsteinWithUI().createController();
    }

    /** The epstein-civil-violence scenario, seed 1. */
    public EpsteinWithUI() {
        this(ScenarioCatalog.load("epstein-civil-violence"));
    }

    private EpsteinWithUI(Scenario scenario) {
        this(scenario, scenario.resolve(), 1L);
    }

    /**
     * @param scenario the scenario shown on the About page (its {@code epstein} section is run)
     * @param parameters its parameters, with any overrides applied
     * @param seed the model's seed (the Console shows it and may change it)
     */
    public EpsteinWithUI(Scenario scenario, Parameters parameters, long seed) {
        super(new EpsteinModel(seed, parameters.epstein(), parameters.timeline().days()), scenario, parameters, seed);
    }

    public static String getName() {
        return "isf-sim: Epstein's civil violence model";
    }

    public static Object getInfo() {
        return AboutPage.html(null);
    }

    /** The model being run (or about to be). */
    public EpsteinModel model() {
        return (EpsteinModel) state;
    }

    public EpsteinGridView grid() {
        return grid;
    }

    public EpsteinChart chart() {
        return chart;
    }

    EpsteinLiveValues liveValues() {
        return live;
    }

    /** The grid's display, or null without a Console. */
    public Display2D display() {
        return display;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return live;
    }

    @Override
    public Inspector getInspector() {
        EpsteinModelTab tab = new EpsteinModelTab(this, live, ParameterGroup.epstein(editor(), this::refused));
        tab.setVolatile(true);
        return tab;
    }

    @Override
    public void start() {
        Parameters p = editor().parameters();
        model().setParameters(p.epstein());
        model().setDays(p.timeline().days());
        useFullSeed();
        super.start();
        scheduleAfterStep();
        setupPortrayals();
        chart.clear();
        if (controller instanceof Console console) {
            console.setWhenShouldEnd(p.timeline().days() + 1L);
        }
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        // The next start reruns the checkpoint's world.
        editor().choose(editor().scenario(),
                editor().parameters().withEpstein(model().parameters()).withDays(model().days()));
        scheduleAfterStep();
        setupPortrayals();
        chart.clear();
        EpsteinModel model = model();
        for (int step = 0; step < model.metrics().recordedDays(); step++) {
            chart.record(step, model.metrics().row(step));
        }
    }

    /** After each step (before the display redraws): copy the grid and chart the step. */
    private void scheduleAfterStep() {
        if (afterStep != null) {
            afterStep.stop();
        }
        afterStep = scheduleRepeatingImmediatelyAfter(new AfterStep(grid, chart));
    }

    /**
     * The GUI's work after each step: the grid's view copies the lattice, the chart takes the step's
     * counts. A named class, like the Gaza GUI's {@code AfterDay}; it runs from this GUI state's own
     * after-step list, not the model's schedule, so a checkpoint (the model alone) never holds it.
     */
    private static final class AfterStep implements Steppable {
        private static final long serialVersionUID = 1L;
        private final EpsteinGridView grid;
        private final EpsteinChart chart;

        AfterStep(EpsteinGridView grid, EpsteinChart chart) {
            this.grid = grid;
            this.chart = chart;
        }

        @Override
        public void step(SimState state) {
            EpsteinModel model = (EpsteinModel) state;
            grid.refresh();
            int step = model.stepsCompleted() - 1;
            if (step >= 0 && step < model.metrics().recordedDays()) {
                chart.record(step, model.metrics().row(step));
            }
        }
    }

    private void setupPortrayals() {
        grid.setup(model());
        if (display != null) {
            attachGrid(model().width(), model().height());
            display.reset();
            display.repaint();
        }
    }

    /** Attaches the grid's portrayal, again at another size if the grid's size changed. */
    private void attachGrid(int width, int height) {
        int px = EpsteinGridView.cellPixels(width, height);
        if (width * px == attachedWidth && height * px == attachedHeight) {
            return;
        }
        if (attachedWidth >= 0) {
            display.detatchAll();
        }
        display.insideDisplay.width = width * px;
        display.insideDisplay.height = height * px;
        display.attach(grid.portrayal(), "Citizens and cops");
        attachedWidth = width * px;
        attachedHeight = height * px;
        display.insideDisplay.revalidate();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        Parameters p = editor().parameters();
        int width = p.epstein().width();
        int height = p.epstein().height();
        int px = EpsteinGridView.cellPixels(width, height);
        display = new Display2D(width * px, height * px, this);
        display.setBackdrop(EpsteinGridView.COLOURS[EpsteinModel.EMPTY]);
        attachGrid(width, height);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Epstein civil violence — the torus");
        register(displayFrame);

        chartFrame = new JFrame("isf-sim — civil violence over time");
        chartFrame.getContentPane().add(chart.panel(), BorderLayout.CENTER);
        chartFrame.getContentPane().add(new JLabel(EpsteinGridView.legendHtml(), SwingConstants.CENTER),
                BorderLayout.SOUTH);
        chartFrame.pack();
        chartFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        register(chartFrame);

        if (c instanceof Console console) {
            console.setWhenShouldEnd(p.timeline().days() + 1L);
            placeFrames(console);
            showAbout();
        }
        displayFrame.setVisible(true);
        chartFrame.setVisible(true);
    }

    /** Console, grid and chart side by side as far as the screen allows (Xvfb has no window manager). */
    private void placeFrames(Console console) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        console.setLocation(screen.x, screen.y);
        console.setSize(Math.max(console.getWidth(), CONSOLE_WIDTH), Math.min(screen.height, CONSOLE_HEIGHT));
        int gridX = screen.x + console.getWidth() + 4;
        displayFrame.setLocation(gridX, screen.y);
        int chartX = gridX + displayFrame.getWidth() + 4;
        if (chartX + chartFrame.getWidth() > screen.x + screen.width) {
            chartX = Math.max(screen.x, screen.x + screen.width - chartFrame.getWidth());
            chartFrame.setLocation(chartX, screen.y + Math.min(displayFrame.getHeight(), screen.height / 2));
        } else {
            chartFrame.setLocation(chartX, screen.y);
        }
    }

    /**
     * The grid after step {@code step} of run 1 of {@code isf-sim run --seed S}, drawn without a display.
     *
     * @param seed the run's seed ({@code Seeds.forRun(S, 1)})
     * @param cellPixels pixels a cell
     */
    public static BufferedImage render(Scenario scenario, Parameters parameters, long seed, int step, int cellPixels) {
        EpsteinWithUI gui = new EpsteinWithUI(scenario, parameters, seed);
        gui.start();
        for (int s = 0; s <= step; s++) {
            if (!gui.step()) {
                throw new IllegalStateException("the schedule ran out on step " + s);
            }
        }
        BufferedImage image = gui.grid().render(cellPixels);
        gui.finish();
        return image;
    }

    @Override
    public void quit() {
        super.quit();
        if (afterStep != null) {
            afterStep.stop();
            afterStep = null;
        }
        displayFrame = null;
        chartFrame = null;
        display = null;
    }
}
