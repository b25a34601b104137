package org.isfsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.isfsim.experiment.Seeds;
import org.isfsim.model.IsfModel;
import org.isfsim.model.force.Contingent;
import org.isfsim.model.map.GazaMap;
import org.isfsim.model.map.Governorate;
import org.isfsim.model.map.GridCell;
import org.isfsim.scenario.Scenario;
import org.isfsim.scenario.ScenarioCatalog;
import org.junit.jupiter.api.Test;

/**
 * The map's layers drawn into an image without a display, as CI and {@code isf-sim snapshot} draw
 * them: the strip is where the map says, the yellow line runs along the held zone's edge and nowhere
 * else, and a contingent appears in its nation's colour at its cell.
 */
class MapLayersRenderTest {
    /** At zoom 1 a 250 m cell is this many pixels. */
    private static final int CELL = 4;

    private static IsfModelWithUI runTo(String scenarioName, int day) {
        Scenario scenario = ScenarioCatalog.load(scenarioName);
        IsfModelWithUI gui = new IsfModelWithUI(scenario, scenario.resolve(), Seeds.forRun(1, 1));
        gui.start();
        for (int d = 0; d <= day; d++) {
            assertTrue(gui.step());
        }
        return gui;
    }

    private static BufferedImage render(IsfModelWithUI gui, Predicate<MapLayers.Layer> shown) {
        return gui.layers().render(gui, gui.model().map(), 1.0, shown);
    }

    private static Color pixelAtCell(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x * CELL + CELL / 2, y * CELL + CELL / 2));
    }

    @Test
    void imageIsTheMapAndThePanelBesideIt() {
        IsfModelWithUI gui = runTo(ScenarioCatalog.DEFAULT, 0);
        GazaMap map = gui.model().map();
        BufferedImage image = render(gui, MapLayers.Layer::shownAtStart);
        assertEquals(map.width() * CELL + MapLayers.PANEL_WIDTH, image.getWidth());
        assertEquals(map.height() * CELL, image.getHeight());
        assertEquals(133, map.width());
        assertEquals(170, map.height());
    }

    @Test
    void theStripIsShadedByGovernorateBetweenSeaAndLand() {
        IsfModelWithUI gui = runTo(ScenarioCatalog.DEFAULT, 0);
        GazaMap map = gui.model().map();
        Set<String> base = Set.of("Sea and land", "Governorates");
        BufferedImage image = render(gui, layer -> base.contains(layer.name()));
        int inside = 0;
        int shaded = 0;
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                Governorate g = map.governorate(x, y);
                if (g != null) {
                    inside++;
                    if (pixelAtCell(image, x, y).equals(Palette.colourOf(g))) {
                        shaded++;
                    }
                }
            }
        }
        assertEquals(inside, shaded, "every inside cell in its governorate's colour");
        assertEquals(Palette.SEA, pixelAtCell(image, 2, 2), "the north-west corner is sea");
        assertEquals(Palette.LAND, pixelAtCell(image, map.width() - 2, map.height() - 2), "the south-east corner is land");
        assertEquals(Palette.LAND, pixelAtCell(image, map.width() - 2, 2), "the north-east corner is Israel");
    }

    @Test
    void theYellowLineRunsAlongTheHeldZonesEdgeAndNowhereElse() {
        IsfModelWithUI gui = runTo(ScenarioCatalog.DEFAULT, 0);
        GazaMap map = gui.model().map();
        BufferedImage image = render(gui, MapLayers.Layer::shownAtStart);
        int[][] held = gui.layers().fields().heldZone().field;
        int lineCells = 0;
        int yellowAtLine = 0;
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                if (held[x][y] == MapFields.YELLOW_LINE) {
                    lineCells++;
                    assertTrue(gui.model().heldZone().isHeld(x, y));
                    if (pixelAtCell(image, x, y).equals(Palette.YELLOW_LINE)) {
                        yellowAtLine++;
                    }
                }
            }
        }
        assertTrue(lineCells > 100, "the line is long: " + lineCells + " cells");
        assertTrue(yellowAtLine > 0.6 * lineCells, "yellow at " + yellowAtLine + " of " + lineCells
                + " line cells (markers may cover a few)");
        int mapWidth = map.width() * CELL;
        for (int py = 0; py < image.getHeight(); py++) {
            for (int px = 0; px < mapWidth; px++) {
                if (new Color(image.getRGB(px, py)).equals(Palette.YELLOW_LINE)) {
                    int x = px / CELL;
                    int y = py / CELL;
                    assertEquals(MapFields.YELLOW_LINE, held[x][y], "yellow pixel (" + px + ", " + py
                            + ") off the line at cell (" + x + ", " + y + ")");
                }
            }
        }
    }

    @Test
    void contingentsAppearInTheirNationsColourWhereTheyAre() {
        IsfModelWithUI gui = runTo("immediate-deployment", 20);
        IsfModel model = gui.model();
        BufferedImage image = render(gui, MapLayers.Layer::shownAtStart);
        List<Contingent> onGround = new ArrayList<>();
        for (Contingent c : model.contingents()) {
            if (c.isOnGround()) {
                onGround.add(c);
            }
        }
        assertTrue(onGround.size() > 5, "contingents in the strip: " + onGround.size());
        int matched = 0;
        for (Contingent c : onGround) {
            GridCell at = c.getPosition();
            boolean nearbyNation = false;
            for (Contingent other : onGround) {
                GridCell o = other.getPosition();
                if (Math.abs(o.x() - at.x()) <= 1 && Math.abs(o.y() - at.y()) <= 1
                        && drawnNear(image, at, gui.layers().palette().colourOf(other.getNation()))) {
                    nearbyNation = true;
                }
            }
            if (nearbyNation) {
                matched++;
            }
        }
        assertTrue(matched >= onGround.size() * 0.8, matched + " of " + onGround.size()
                + " contingents drawn in a nation's colour at their cell");
        BufferedImage alone = render(gui, layer -> layer.name().equals("ISF contingents"));
        int isolated = 0;
        for (Contingent c : onGround) {
            GridCell at = c.getPosition();
            boolean crowded = onGround.stream().anyMatch(o -> !o.getNation().equals(c.getNation())
                    && Math.abs(o.getPosition().x() - at.x()) <= 4 && Math.abs(o.getPosition().y() - at.y()) <= 4);
            if (!crowded) {
                isolated++;
                assertTrue(drawnNear(alone, at, gui.layers().palette().colourOf(c.getNation())), c + " at " + at);
            }
        }
        assertTrue(isolated > 0, "some contingent stands apart from other nations'");
    }

    @Test
    void hiddenInfrastructureIsDrawnOnlyWhenItsLayerIsOn() {
        IsfModelWithUI gui = runTo(ScenarioCatalog.DEFAULT, 0);
        assertTrue(gui.layers().fields().hiddenSites().size() > 0, "sites start hidden");
        BufferedImage off = render(gui, MapLayers.Layer::shownAtStart);
        BufferedImage on = render(gui, layer -> layer.shownAtStart()
                || layer.name().equals(MapLayers.HIDDEN_INFRASTRUCTURE));
        assertEquals(0, count(off, Palette.SITE_HIDDEN, MapLayers.mapWidth(gui.model().map())));
        assertTrue(count(on, Palette.SITE_HIDDEN, MapLayers.mapWidth(gui.model().map())) > 100);
    }

    /** The secured layer marks exactly the cells secured_share counts, on a day when the ISF holds ground. */
    @Test
    void theSecuredLayerIsTheGroundTheMetricCounts() {
        IsfModelWithUI gui = runTo("immediate-deployment", 150);
        GazaMap map = gui.model().map();
        double[][] secured = gui.layers().fields().secured().field;
        int count = 0;
        for (int x = 0; x < map.width(); x++) {
            for (int y = 0; y < map.height(); y++) {
                count += (int) secured[x][y];
            }
        }
        double share = gui.model().metrics().value(150, org.isfsim.model.metrics.Metric.SECURED_SHARE);
        assertTrue(share > 0.05, "some ground secured by day 150: " + share);
        assertEquals(share, count / (double) map.insideCellCount(), 1e-12);
    }

    @Test
    void theHeldZoneIsRedrawnWhenItMoves() {
        IsfModelWithUI gui = runTo(ScenarioCatalog.DEFAULT, 0);
        int before = countLevel(gui, MapFields.HELD) + countLevel(gui, MapFields.YELLOW_LINE);
        assertEquals(gui.model().heldZone().heldCellCount(), before);
        gui.model().israel().reviewWithdrawal(1.0, 1.0);
        gui.layers().refresh(gui.model());
        int after = countLevel(gui, MapFields.HELD) + countLevel(gui, MapFields.YELLOW_LINE);
        assertEquals(gui.model().heldZone().heldCellCount(), after);
        assertTrue(after < before, "the zone shrank from " + before + " to " + after + " cells");
    }

    /** Whether a pixel within two of the cell's centre has exactly the colour (outlines blend at edges). */
    private static boolean drawnNear(BufferedImage image, GridCell cell, Color colour) {
        int cx = cell.x() * CELL + CELL / 2;
        int cy = cell.y() * CELL + CELL / 2;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (image.getRGB(cx + dx, cy + dy) == colour.getRGB()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int countLevel(IsfModelWithUI gui, int level) {
        int n = 0;
        for (int[] column : gui.layers().fields().heldZone().field) {
            for (int v : column) {
                n += v == level ? 1 : 0;
            }
        }
        return n;
    }

    private static int count(BufferedImage image, Color colour, int width) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                n += image.getRGB(x, y) == colour.getRGB() ? 1 : 0;
            }
        }
        return n;
    }
}
