package org.isfsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.isfsim.model.epstein.EpsteinModel;
import sim.display.GUIState;
import sim.field.grid.IntGrid2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimpleInspector;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.Int2D;
import sim.util.gui.SimpleColorMap;

/**
 * The Epstein torus as the GUI shows it: a copy of what each cell holds (empty, a quiet or an active citizen,
 * a cop), refreshed after each step, drawn as squares in the paper's colours (quiet blue, active red, cops
 * black). Clicking a cell inspects its occupant ({@link EpsteinCell}). The model is only read.
 */
public final class EpsteinGridView {
    /** Colours by cell code: {@link EpsteinModel#EMPTY}, {@code QUIET}, {@code ACTIVE}, {@code COP}. */
    static final Color[] COLOURS = {new Color(0xF5F5F0), new Color(0x1E63C8), Palette.ACTIVE, new Color(0x111111)};
    /** Largest side of the drawn grid, in pixels, before cells shrink below their preferred size. */
    private static final int MAX_SIDE = 640;
    private static final int MAX_CELL = 14;

    private IntGrid2D grid = new IntGrid2D(1, 1);
    private EpsteinModel model;
    private final FastValueGridPortrayal2D portrayal = new FastValueGridPortrayal2D("Occupant") {
        @Override
        public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
            Int2D at = (Int2D) wrapper.getLocation();
            SimpleInspector inspector = new SimpleInspector(new EpsteinCell(() -> model, at.x, at.y), state,
                    "Cell " + at.x + ", " + at.y);
            inspector.setVolatile(true);
            return inspector;
        }
    };

    public EpsteinGridView() {
        portrayal.setMap(new SimpleColorMap(COLOURS));
    }

    /** Points the view at a model (a new run) and copies its grid. */
    public void setup(EpsteinModel newModel) {
        model = newModel;
        if (grid.getWidth() != model.width() || grid.getHeight() != model.height()) {
            grid = new IntGrid2D(model.width(), model.height());
        }
        portrayal.setField(grid);
        refresh();
    }

    /** Copies what each cell holds now (after a step). */
    public void refresh() {
        if (model == null) {
            return;
        }
        int[][] field = grid.field;
        for (int x = 0; x < grid.getWidth(); x++) {
            int[] column = field[x];
            for (int y = 0; y < grid.getHeight(); y++) {
                column[y] = model.stateAt(x, y);
            }
        }
    }

    public FastValueGridPortrayal2D portrayal() {
        return portrayal;
    }

    /** The code last copied for (x, y). */
    public int codeAt(int x, int y) {
        return grid.field[x][y];
    }

    /** The torus's legend, as one line of HTML for a Swing label: a coloured square and a word per code. */
    static String legendHtml() {
        String[] words = {"empty", "quiet citizen", "active citizen", "cop"};
        StringBuilder html = new StringBuilder("<html>The torus: ");
        for (int code = 1; code < COLOURS.length; code++) {
            html.append(String.format("<font color='#%06x'>&#9632;</font> %s &nbsp; ", COLOURS[code].getRGB() & 0xFFFFFF,
                    words[code]));
        }
        return html.append("<br>Jailed citizens are off the grid; a click on a cell inspects it.</html>").toString();
    }

    /** Pixels a cell is drawn with for a grid of this size: as large as fits {@value #MAX_SIDE} pixels. */
    public static int cellPixels(int width, int height) {
        return Math.max(1, Math.min(MAX_CELL, MAX_SIDE / Math.max(width, height)));
    }

    /** The grid as an image, {@code cellPixels} a cell, without a display (for {@code isf-sim snapshot}). */
    public BufferedImage render(int cellPixels) {
        BufferedImage image = new BufferedImage(grid.getWidth() * cellPixels, grid.getHeight() * cellPixels,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            for (int x = 0; x < grid.getWidth(); x++) {
                for (int y = 0; y < grid.getHeight(); y++) {
                    g.setColor(COLOURS[grid.field[x][y]]);
                    g.fillRect(x * cellPixels, y * cellPixels, cellPixels, cellPixels);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
