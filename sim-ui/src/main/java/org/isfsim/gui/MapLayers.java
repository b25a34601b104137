package org.isfsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.isfsim.model.IsfModel;
import org.isfsim.model.aid.AidConvoy;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.params.Pledge;
import org.isfsim.model.police.PoliceUnit;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.grid.DoubleGrid2D;
import sim.field.grid.IntGrid2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.SimplePortrayal2D;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.portrayal.grid.SparseGridPortrayal2D;
import sim.util.Bag;

/**
 * The layers of the map, bottom to top, with their portrayals: the strip shaded by governorate
 * on land and sea, the civilians' and armed groups' heat layers, the IDF-held zone and its yellow
 * line, the outline, then crossings, infrastructure, armed groups, convoys, police and contingents,
 * and beside the strip the coordination centre and the legend. The Console's display and the
 * headless snapshot draw the same list, so what a report shows is what the GUI shows.
 */
public final class MapLayers {
    /** Pixels per km at zoom 1: a 250 m cell is 4 pixels wide. */
    public static final double PIXELS_PER_KM = 16;
    /** Width of the side panel (coordination centre and legend) at zoom 1. */
    public static final int PANEL_WIDTH = 250;
    /** Name of the layer of hidden infrastructure, off by default (the force does not see it). */
    public static final String HIDDEN_INFRASTRUCTURE = "Infrastructure: hidden";

    /** One layer: its name in the display's layer menu, where it is drawn and whether it starts shown. */
    public record Layer(String name, FieldPortrayal2D portrayal, boolean inPanel, boolean shownAtStart) {
    }

    private final List<Layer> layers = new ArrayList<>();
    private final SeaPortrayal sea = new SeaPortrayal();
    private final FastValueGridPortrayal2D governorates = new ValueLayer("Governorate", true, false);
    private final FastValueGridPortrayal2D activeShare = new ValueLayer("Active civilians (share)", false, true);
    private final FastValueGridPortrayal2D armedControl = new ValueLayer("Armed-group control", false, true);
    private final FastValueGridPortrayal2D secured = new ValueLayer("Secured by the ISF and police", false, true);
    private final FastValueGridPortrayal2D heldZone = new ValueLayer("IDF-held zone", false, false);
    private final OutlinePortrayal outline = new OutlinePortrayal();
    private final SparseGridPortrayal2D crossings = new SparseGridPortrayal2D();
    private final SparseGridPortrayal2D discoveredSites = new SparseGridPortrayal2D();
    private final SparseGridPortrayal2D hiddenSites = new SparseGridPortrayal2D();
    private final SparseGridPortrayal2D armedGroups = new SparseGridPortrayal2D();
    private final SparseGridPortrayal2D convoys = new SparseGridPortrayal2D();
    private final SparseGridPortrayal2D police = new SparseGridPortrayal2D();
    private final SparseGridPortrayal2D contingents = new SparseGridPortrayal2D();
    private final LegendPortrayal legend = new LegendPortrayal();
    private final CoordinationCentrePortrayal coordinationCentre = new CoordinationCentrePortrayal();
    private MapFields fields;
    private Palette palette = new Palette(List.of());
    private String scenarioName = "";

    public MapLayers() {
        layers.add(new Layer("Sea and land", sea, false, true));
        layers.add(new Layer("Governorates", governorates, false, true));
        layers.add(new Layer("Secured ground", secured, false, true));
        layers.add(new Layer("Civilians: active share", activeShare, false, true));
        layers.add(new Layer("Armed-group control", armedControl, false, true));
        layers.add(new Layer("IDF-held zone and yellow line", heldZone, false, true));
        layers.add(new Layer("Coast, borders, governorates", outline, false, true));
        layers.add(new Layer("Crossings", crossings, false, true));
        layers.add(new Layer("Infrastructure: discovered", discoveredSites, false, true));
        layers.add(new Layer(HIDDEN_INFRASTRUCTURE, hiddenSites, false, false));
        layers.add(new Layer("Armed groups", armedGroups, false, true));
        layers.add(new Layer("Aid convoys", convoys, false, true));
        layers.add(new Layer("Police", police, false, true));
        layers.add(new Layer("ISF contingents", contingents, false, true));
        layers.add(new Layer("Legend", legend, true, true));
        layers.add(new Layer("Coordination centre", coordinationCentre, true, true));

        governorates.setMap(Palette.governorateMap());
        activeShare.setMap(Palette.heat(Palette.ACTIVE, 1.0, 140));
        armedControl.setMap(Palette.heat(Palette.CONTROL, 1.0, 150));
        secured.setMap(Palette.heat(Palette.SECURED, 1.0, Palette.SECURED_ALPHA));
        heldZone.setMap(Palette.heldZoneMap());
        crossings.setPortrayalForAll(new Marker(Marker.Form.SQUARE, 3.0,
                o -> ((CrossingMarker) o).isOpen() ? Palette.CROSSING_OPEN : Palette.CROSSING_CLOSED, Color.BLACK));
        discoveredSites.setPortrayalForAll(new Marker(Marker.Form.DIAMOND, 2.2, o -> Palette.SITE_DISCOVERED, Color.BLACK));
        hiddenSites.setPortrayalForAll(new Marker(Marker.Form.DIAMOND, 1.6, o -> Palette.SITE_HIDDEN, null));
        armedGroups.setPortrayalForAll(new Marker(Marker.Form.TRIANGLE, 2.8, o -> Palette.ARMED_GROUP, Color.BLACK));
        convoys.setPortrayalForAll(new Marker(Marker.Form.RECTANGLE, 2.6, o -> Palette.CONVOY, Palette.CONVOY_OUTLINE,
                o -> ((AidConvoy) o).isEscorted() ? Palette.ESCORT : null));
        SimplePortrayal2D nothing = new SimplePortrayal2D();
        police.setPortrayalForClass(PoliceUnit.class, new Marker(Marker.Form.SQUARE, 2.4, o -> Palette.POLICE, Color.WHITE));
        police.setPortrayalForRemainder(nothing);
        contingents.setPortrayalForClass(Contingent.class, new Marker(Marker.Form.CIRCLE, 3.4,
                o -> palette.colourOf(((Contingent) o).getNation()), Color.DARK_GRAY));
        contingents.setPortrayalForRemainder(nothing);
    }

    /**
     * Points every layer at a freshly started (or restored) model and copies its state.
     *
     * @param model the model, started
     * @param scenario the scenario's name, for the panel's title
     * @param centre the coordination centre's inspector bean
     */
    public void setup(IsfModel model, String scenario, CoordinationCentreView centre) {
        scenarioName = scenario;
        List<String> nations = new ArrayList<>();
        for (Pledge pledge : model.parameters().force().pledges()) {
            nations.add(pledge.nation());
        }
        nations.add("Reinforcements");
        palette = new Palette(nations);
        fields = new MapFields(model);
        fields.refresh(model);
        sea.setField(model.map());
        governorates.setField(fields.governorates());
        activeShare.setField(fields.activeShare());
        armedControl.setField(fields.armedControl());
        secured.setField(fields.secured());
        heldZone.setField(fields.heldZone());
        outline.setField(model.map());
        crossings.setField(fields.crossings());
        discoveredSites.setField(fields.discoveredSites());
        hiddenSites.setField(fields.hiddenSites());
        armedGroups.setField(fields.armedGroups());
        convoys.setField(fields.convoys());
        police.setField(model.units());
        contingents.setField(model.units());
        legend.setField(this);
        coordinationCentre.setField(centre);
    }

    /** Copies the model's state after a day (called by the GUI after each step). */
    public void refresh(IsfModel model) {
        if (fields != null) {
            fields.refresh(model);
        }
    }

    /** The layers, bottom first. */
    public List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    public MapFields fields() {
        return fields;
    }

    public Palette palette() {
        return palette;
    }

    public String scenarioName() {
        return scenarioName;
    }

    /** Width of the map area at zoom 1, in pixels. */
    public static int mapWidth(GazaMap map) {
        return (int) Math.round(map.width() * map.cellSizeMeters() / 1000.0 * PIXELS_PER_KM);
    }

    /** Height of the map area (and of the display) at zoom 1, in pixels. */
    public static int mapHeight(GazaMap map) {
        return (int) Math.round(map.height() * map.cellSizeMeters() / 1000.0 * PIXELS_PER_KM);
    }

    /** Where a layer is drawn at zoom 1: the map area, or the side panel to its right. */
    public static Rectangle2D.Double bounds(Layer layer, GazaMap map) {
        int w = mapWidth(map);
        return layer.inPanel() ? new Rectangle2D.Double(w, 0, PANEL_WIDTH, mapHeight(map))
                : new Rectangle2D.Double(0, 0, w, mapHeight(map));
    }

    /** Attaches every layer to a display, in order, each at its place and starting visibility. */
    public void attachTo(Display2D display, GazaMap map) {
        for (Layer layer : layers) {
            display.attach(layer.portrayal(), layer.name(), bounds(layer, map), layer.shownAtStart());
        }
    }

    /**
     * Draws the layers into a new image without a display, as the Console would show them.
     *
     * @param gui the GUI state the portrayals draw for (it need not have a Console)
     * @param map the model's map
     * @param zoom the display's scale (1: a 250 m cell is 4 pixels)
     * @param shown which layers to draw, by layer
     * @return the image, map and panel side by side
     */
    public BufferedImage render(GUIState gui, GazaMap map, double zoom, Predicate<Layer> shown) {
        int w = (int) Math.round((mapWidth(map) + PANEL_WIDTH) * zoom);
        int h = (int) Math.round(mapHeight(map) * zoom);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        synchronized (gui.state.schedule) {
            for (Layer layer : layers) {
                if (shown.test(layer)) {
                    Rectangle2D.Double b = bounds(layer, map);
                    Rectangle2D.Double r = new Rectangle2D.Double(b.x * zoom, b.y * zoom, b.width * zoom, b.height * zoom);
                    layer.portrayal().draw(layer.portrayal().getField(), g, new DrawInfo2D(gui, layer.portrayal(), r, r));
                }
            }
        }
        g.dispose();
        return image;
    }

    /**
     * A raster layer of values copied from the model: a click shows a cell's value (where that is of
     * use), but the value cannot be edited, since the copy is not the model's state.
     */
    private static final class ValueLayer extends FastValueGridPortrayal2D {
        private final boolean pickable;

        ValueLayer(String name, boolean immutable, boolean pickable) {
            super(name, immutable);
            this.pickable = pickable;
        }

        @Override
        public void hitObjects(DrawInfo2D range, Bag putInHere) {
            if (pickable) {
                super.hitObjects(range, putInHere);
            }
        }

        @Override
        public double newValue(int x, int y, double value) {
            Object grid = getField();
            return grid instanceof DoubleGrid2D d ? d.field[x][y] : ((IntGrid2D) grid).field[x][y];
        }
    }
}
