package org.isfsim.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JFrame;
import javax.swing.WindowConstants;
import org.isfsim.InvalidInputException;
import org.isfsim.model.IsfModel;
import org.isfsim.model.map.GazaMap;
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
 * The isf-sim GUI on MASON's Console (HeatBugsWithUI's pattern): a display of the map with its
 * layers ({@link MapLayers}), live charts ({@link LiveCharts}), a Model tab with the scenario
 * chooser, today's values and every parameter ({@link ModelTab}), and an About page with the
 * model's description, its sources and the current scenario. The model is never touched by
 * drawing code: after each day a GUI-side steppable copies what the map shows and hands the day's
 * metrics to the charts, and parameters edited in the Model tab take effect at the next start.
 */
public class IsfModelWithUI extends ScenarioGuiState {
    private static final int CONSOLE_WIDTH = 470;
    private static final int CONSOLE_HEIGHT = 800;
    private final MapLayers layers = new MapLayers();
    private final LiveCharts charts = new LiveCharts();
    private final CoordinationCentreView centreView = new CoordinationCentreView(this::model);
    private final LiveValues live = new LiveValues(this::model);
    private Display2D display;
    private JFrame displayFrame;
    private JFrame chartsFrame;
    private ModelTab modelTab;
    private Stoppable afterDay;
    private int attachedWidth = -1;
    private int attachedHeight = -1;

    /** MASON's entry point: the default scenario in a Console. */
    public static void main(String[] args) {
        new IsfModelWithUI().createController();
    }

    /** The default scenario, seed 1. */
    public IsfModelWithUI() {
        this(ScenarioCatalog.load(ScenarioCatalog.DEFAULT));
    }

    private IsfModelWithUI(Scenario scenario) {
        this(scenario, scenario.resolve(), 1L);
    }

    /**
     * @param scenario the scenario shown and named on the About page
     * @param parameters its parameters, with any overrides applied
     * @param seed the model's seed (the Console shows it and may change it)
     */
    public IsfModelWithUI(Scenario scenario, Parameters parameters, long seed) {
        super(new IsfModel(seed, parameters), scenario, parameters, seed);
    }

    public static String getName() {
        return "isf-sim: the ISF in Gaza";
    }

    public static Object getInfo() {
        return AboutPage.html(null);
    }

    /** The model being run (or about to be). */
    public IsfModel model() {
        return (IsfModel) state;
    }

    public MapLayers layers() {
        return layers;
    }

    public LiveCharts charts() {
        return charts;
    }

    /** The map display, or null without a Console. */
    public Display2D display() {
        return display;
    }

    LiveValues liveValues() {
        return live;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return live;
    }

    /** The Model tab: scenario, today's values (volatile, updated every day) and the parameters. */
    @Override
    public Inspector getInspector() {
        modelTab = new ModelTab(this, live, ParameterGroup.standard(editor(), this::refused));
        modelTab.setVolatile(true);
        return modelTab;
    }

    @Override
    public void start() {
        model().setParameters(editor().parameters());
        useFullSeed();
        super.start();
        scheduleAfterDay();
        setupPortrayals();
        charts.clear();
        if (controller instanceof Console console) {
            console.setWhenShouldEnd(editor().parameters().timeline().days() + 1L);
        }
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        editor().choose(editor().scenario(), model().parameters());
        scheduleAfterDay();
        setupPortrayals();
        charts.clear();
        IsfModel model = model();
        for (int day = 0; day < model.metrics().recordedDays(); day++) {
            charts.record(model.parameters().timeline().dateOf(day), model.metrics().row(day));
        }
    }

    /**
     * After each day (before the display redraws, which is scheduled later): copy what the map
     * shows and hand the day's metrics to the charts.
     */
    private void scheduleAfterDay() {
        if (afterDay != null) {
            afterDay.stop();
        }
        afterDay = scheduleRepeatingImmediatelyAfter(new AfterDay(layers, charts));
    }

    /**
     * The GUI's work after each day: the map's layers copy what they show, the charts take the day's
     * metrics. A named class, like the model's day phases; it runs from this GUI state's own after-step
     * list, not the model's schedule, so a checkpoint (the model alone) never holds it.
     */
    private static final class AfterDay implements Steppable {
        private static final long serialVersionUID = 1L;
        private final MapLayers layers;
        private final LiveCharts charts;

        AfterDay(MapLayers layers, LiveCharts charts) {
            this.layers = layers;
            this.charts = charts;
        }

        @Override
        public void step(SimState state) {
            IsfModel model = (IsfModel) state;
            layers.refresh(model);
            int day = model.day();
            if (day >= 0 && day < model.metrics().recordedDays()) {
                charts.record(model.date(), model.metrics().row(day));
            }
        }
    }

    /** Points the portrayals at the current model; from {@link #start()} and {@link #load}. */
    public void setupPortrayals() {
        layers.setup(model(), editor().scenario().name(), centreView);
        if (display != null) {
            attachLayers(model().map());
            display.reset();
            display.repaint();
        }
    }

    /** Attaches the layers, again if the map's size changed (another cell size). */
    private void attachLayers(GazaMap map) {
        int w = MapLayers.mapWidth(map) + MapLayers.PANEL_WIDTH;
        int h = MapLayers.mapHeight(map);
        if (w == attachedWidth && h == attachedHeight) {
            return;
        }
        if (attachedWidth >= 0) {
            display.detatchAll();
        }
        display.insideDisplay.width = w;
        display.insideDisplay.height = h;
        layers.attachTo(display, map);
        attachedWidth = w;
        attachedHeight = h;
        display.insideDisplay.revalidate();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        Parameters p = editor().parameters();
        GazaMap map = GazaMap.build(p.map().cellSizeMeters(), p.map().idfHeldShare(), 0,
                p.population().shelterPeoplePerKm2());
        display = new Display2D(MapLayers.mapWidth(map) + MapLayers.PANEL_WIDTH, MapLayers.mapHeight(map), this);
        display.setBackdrop(Palette.LAND);
        attachLayers(map);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Gaza Strip — map");
        register(displayFrame);

        chartsFrame = new JFrame("isf-sim — charts");
        chartsFrame.getContentPane().add(charts.panel());
        chartsFrame.pack();
        chartsFrame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        register(chartsFrame);

        if (c instanceof Console console) {
            console.setWhenShouldEnd(p.timeline().days() + 1L);
            placeFrames(console);
            showAbout();
        }
        displayFrame.setVisible(true);
        chartsFrame.setVisible(true);
    }

    /**
     * Places the windows side by side, Console, map, charts, as far as the screen allows (on a narrow
     * screen the charts overlap the map's lower right): without a window manager (Xvfb) all
     * frames would sit at (0, 0) on top of each other.
     */
    private void placeFrames(Console console) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        console.setLocation(screen.x, screen.y);
        console.setSize(Math.max(console.getWidth(), CONSOLE_WIDTH), Math.min(screen.height, CONSOLE_HEIGHT));
        Dimension consoleSize = console.getSize();
        int mapX = screen.x + consoleSize.width + 4;
        displayFrame.setLocation(mapX, screen.y);
        int chartsX = mapX + displayFrame.getWidth() + 4;
        Dimension charts = chartsFrame.getSize();
        if (chartsX + charts.width <= screen.x + screen.width) {
            chartsFrame.setLocation(chartsX, screen.y);
            chartsFrame.setSize(charts.width, Math.min(charts.height, screen.height));
        } else {
            int y = screen.y + screen.height / 3;
            chartsFrame.setLocation(screen.x + screen.width - charts.width, y);
            chartsFrame.setSize(Math.min(charts.width, screen.width), Math.min(charts.height, screen.y + screen.height - y));
        }
    }

    /**
     * Chooses another scenario (a built-in name or a file) for the next run: its parameters replace
     * those in the Model tab and the About page shows its text.
     *
     * @throws InvalidInputException if it cannot be loaded, or is the Epstein mode, which has no map
     */
    public void chooseScenario(String nameOrPath) {
        Scenario scenario = ScenarioCatalog.load(nameOrPath);
        Parameters parameters = scenario.resolve();
        if (parameters.epstein().enabled()) {
            throw new InvalidInputException(scenario.name() + " is the Epstein reference mode, which has no map of Gaza;"
                    + " open it in its own window with 'isf-sim gui -s " + scenario.name() + "'");
        }
        editor().choose(scenario, parameters);
        if (controller instanceof Console console) {
            console.setWhenShouldEnd(parameters.timeline().days() + 1L);
        }
        showAbout();
        if (modelTab != null) {
            modelTab.refreshParameters();
        }
    }

    /** Writes every chart as PNG into a folder (the charts window has a button for the same). */
    public void saveCharts(Path folder) throws IOException {
        charts.saveAll(folder, 800, 500);
    }

    @Override
    public void quit() {
        super.quit();
        if (afterDay != null) {
            afterDay.stop();
            afterDay = null;
        }
        displayFrame = null;
        chartsFrame = null;
        display = null;
    }
}
